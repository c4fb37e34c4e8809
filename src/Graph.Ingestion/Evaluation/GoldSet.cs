using Graph.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// The gold annotations of a set of documents, one YAML file per document (see the README next to the gold files
/// for the format and the annotation guidelines). Loading checks every file completely and reports all problems in
/// one <see cref="GoldFormatException"/>.
/// </summary>
public sealed class GoldSet
{
    public GoldSet(IReadOnlyList<GoldDocument> documents)
    {
        var duplicate = documents.GroupBy(d => d.File, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new GoldFormatException([$"{duplicate.Key}: annotated twice"]);
        Documents = documents.OrderBy(d => d.File, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The annotated documents, ordered by file name.</summary>
    public IReadOnlyList<GoldDocument> Documents { get; }

    /// <summary>Loads every *.yaml file of the folder (not its subfolders).</summary>
    public static GoldSet Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new GoldFormatException([$"{folder}: no such folder"]);
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new GoldFormatException([$"{folder}: holds no .yaml gold file"]);
        var problems = new List<string>();
        var documents = new List<GoldDocument>();
        foreach (var file in files)
        {
            try
            {
                documents.Add(Parse(File.ReadAllText(file), Path.GetFileName(file)));
            }
            catch (GoldFormatException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        if (problems.Count > 0) throw new GoldFormatException(problems);
        return new GoldSet(documents);
    }

    /// <summary>Parses the YAML of one gold file; <paramref name="sourceName"/> only labels the problems.</summary>
    public static GoldDocument Parse(string yaml, string sourceName)
    {
        GoldFileYaml? raw;
        try
        {
            raw = Deserializer.Deserialize<GoldFileYaml>(yaml);
        }
        catch (YamlException e)
        {
            throw new GoldFormatException([$"{sourceName}: line {e.Start.Line}: {Innermost(e).Message}"]);
        }
        if (raw is null) throw new GoldFormatException([$"{sourceName}: is empty"]);
        return new GoldFileReader(sourceName).Read(raw);
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    /// <summary>Turns the raw YAML shape into checked records, collecting every problem.</summary>
    private sealed class GoldFileReader(string source)
    {
        private readonly List<string> _problems = [];

        public GoldDocument Read(GoldFileYaml raw)
        {
            var file = Required(raw.Document, "document");
            var title = Required(raw.Title, "title");
            var entities = new List<GoldEntity>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (e, i) in (raw.Entities ?? []).Select((e, i) => (e, i)))
            {
                var path = $"entities[{i}]";
                var name = Required(e.Name, path + ".name");
                var kind = ParseEnum<NodeKind>(e.Kind, path + ".kind");
                if (kind is { } k && !k.IsEntity()) Problem(path + ".kind", $"'{k}' is not an entity kind");
                if (name.Length > 0 && !names.Add(name)) Problem(path + ".name", $"'{name}' is annotated twice");
                entities.Add(new GoldEntity(name, kind ?? NodeKind.Place, e.Aliases ?? [], e.Subtype, Required(e.Quote, path + ".quote")));
            }
            if (entities.Count == 0) Problem("entities", "a document needs at least one entity");

            var offices = new List<GoldOffice>();
            foreach (var (o, i) in (raw.Offices ?? []).Select((o, i) => (o, i)))
            {
                var path = $"offices[{i}]";
                var person = Reference(o.Person, path + ".person", names);
                var of = Reference(o.Of, path + ".of", names);
                var time = o.Time is null ? null : Date(o.Time, null, false, path + ".time");
                offices.Add(new GoldOffice(person, Required(o.Title, path + ".title"), o.TitleAliases ?? [], of, o.Acting, time, Required(o.Quote, path + ".quote")));
                CheckKind(entities, person, path + ".person", NodeKind.Person);
                CheckKind(entities, of, path + ".of", NodeKind.State, NodeKind.Organization);
            }

            var events = new List<GoldEvent>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (ev, i) in (raw.Events ?? []).Select((ev, i) => (ev, i)))
            {
                var path = $"events[{i}]";
                var key = Required(ev.Key, path + ".key");
                if (key.Length > 0 && !keys.Add(key)) Problem(path + ".key", $"'{key}' is used twice in one document");
                var type = ParseEnum<EventType>(ev.Type, path + ".type");
                var precision = ev.Precision is null ? null : ParseEnum<DatePrecision>(ev.Precision, path + ".precision");
                var time = ev.Date is null ? null : Date(ev.Date, precision, ev.Inferred, path + ".date");
                var roles = new List<GoldRole>();
                foreach (var (r, j) in (ev.Roles ?? []).Select((r, j) => (r, j)))
                {
                    var rp = $"{path}.roles[{j}]";
                    var role = ParseEnum<RelationType>(r.Role, rp + ".role");
                    if (role is { } rt && !rt.IsEventRole()) Problem(rp + ".role", $"'{rt}' is not an event role");
                    var entity = Reference(r.Entity, rp + ".entity", names);
                    if (role == RelationType.Location) CheckKind(entities, entity, rp + ".entity", NodeKind.Place, NodeKind.State);
                    if (role is { } ok && roles.Contains(new GoldRole(ok, entity))) Problem(rp, "is annotated twice");
                    roles.Add(new GoldRole(role ?? RelationType.Participant, entity));
                }
                var quantities = new List<GoldQuantity>();
                foreach (var (q, j) in (ev.Quantities ?? []).Select((q, j) => (q, j)))
                {
                    var qp = $"{path}.quantities[{j}]";
                    if (q.Value is not { } value || !double.IsFinite(value)) Problem(qp + ".value", "needs a finite number");
                    var claimedBy = q.ClaimedBy is null ? null : Reference(q.ClaimedBy, qp + ".claimedBy", names);
                    quantities.Add(new GoldQuantity(q.Value ?? 0, Required(q.Counted, qp + ".counted"), q.Approximate, claimedBy));
                }
                if (roles.Count == 0 && quantities.Count == 0) Problem(path, "an event needs at least one role or quantity");
                events.Add(new GoldEvent(key, type ?? EventType.Statement, Required(ev.Name, path + ".name"), time, roles, quantities, Required(ev.Quote, path + ".quote")));
            }

            var relations = new List<GoldRelation>();
            foreach (var (r, i) in (raw.Relations ?? []).Select((r, i) => (r, i)))
            {
                var path = $"relations[{i}]";
                var type = ParseEnum<RelationType>(r.Type, path + ".type");
                if (type is { } t && (t.IsEventRole() || t == RelationType.HoldsOffice))
                    Problem(path + ".type", $"'{t}' is not a structural relation (offices go under 'offices', event roles under 'events')");
                var from = Reference(r.From, path + ".from", names);
                var to = Reference(r.To, path + ".to", names);
                if (from.Length > 0 && from == to) Problem(path, "links an entity to itself");
                relations.Add(new GoldRelation(type ?? RelationType.PartOf, from, to, Required(r.Quote, path + ".quote")));
            }

            if (_problems.Count > 0) throw new GoldFormatException(_problems);
            return new GoldDocument(file, title, entities, offices, events, relations);
        }

        private string Required(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value)) { Problem(path, "is required"); return ""; }
            return value.Trim();
        }

        private string Reference(string? name, string path, HashSet<string> names)
        {
            var value = Required(name, path);
            if (value.Length > 0 && !names.Contains(value)) Problem(path, $"'{value}' is not the name of an entity of this document");
            return value;
        }

        private void CheckKind(List<GoldEntity> entities, string name, string path, params NodeKind[] kinds)
        {
            var entity = entities.FirstOrDefault(e => e.Name == name);
            if (entity is not null && !kinds.Contains(entity.Kind))
                Problem(path, $"'{name}' is a {entity.Kind}, expected {string.Join(" or ", kinds)}");
        }

        private T? ParseEnum<T>(string? value, string path) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value)) { Problem(path, "is required"); return null; }
            var trimmed = value.Trim();
            if (char.IsLetter(trimmed[0]) && Enum.TryParse<T>(trimmed, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)) return parsed;
            Problem(path, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
            return null;
        }

        private TimeRange? Date(string text, DatePrecision? precision, bool inferred, string path)
        {
            if (GoldDate.TryParse(text, precision, inferred, out var range, out var error)) return range;
            Problem(path, error!);
            return null;
        }

        private void Problem(string path, string message) => _problems.Add($"{source}: {path}: {message}");
    }
}
