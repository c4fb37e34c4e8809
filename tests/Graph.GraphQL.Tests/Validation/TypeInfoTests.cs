using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Validation;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>What <see cref="TypeInfo"/> reports at each node of a walk, seen through a custom rule.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void TracksOutputTypesParentTypesAndFieldDefinitions()
    {
        var seen = Record("""
            {
              dog {
                name
                ... on Pet { nickname }
                owner { __typename }
              }
              __schema { queryType { name } }
            }
            """);
        Assert.Equal(
            new[]
            {
                "Field dog: type=Dog parent=QueryRoot def=dog",
                "Field name: type=String! parent=Dog def=name",
                "InlineFragment: type=Pet parent=Dog",
                "Field nickname: type=String parent=Pet def=nickname",
                "Field owner: type=Human parent=Dog def=owner",
                "Field __typename: type=String! parent=Human def=__typename",
                "Field __schema: type=__Schema! parent=QueryRoot def=__schema",
                "Field queryType: type=__Type! parent=__Schema def=queryType",
                "Field name: type=String parent=__Type def=name",
            },
            seen.Where(s => s.StartsWith("Field", StringComparison.Ordinal) || s.StartsWith("InlineFragment", StringComparison.Ordinal)));
    }

    [Fact]
    public void LeavesUnknownThingsNull()
    {
        var seen = Record("""
            {
              nope { deeper }
              dog { ... on Nope { name } ... { name } }
            }
            """);
        Assert.Contains("Field nope: type=null parent=QueryRoot def=null", seen);
        Assert.Contains("Field deeper: type=null parent=null def=null", seen);
        Assert.Contains("InlineFragment: type=null parent=Dog", seen);
        Assert.Contains("InlineFragment: type=Dog parent=Dog", seen);
    }

    [Fact]
    public void TracksInputTypesThroughArgumentsListsAndObjects()
    {
        var seen = Record("""
            query ($v: [String] = ["a"]) {
              complicatedArgs {
                complexArgField(complexArg: { stringListField: ["x", $v], nested: { intField: 1 } })
                enumArgField(enumArg: BROWN)
              }
              dog @include(if: true) { isHouseTrained(atOtherHomes: false) }
            }
            """);
        Assert.Equal(
            new[]
            {
                "VariableDefinition: input=[String] parentInput=null",
                "Variable v: input=[String] parentInput=null",
                "ListValue: input=String parentInput=[String] default=False",
                "StringValue \"a\": input=String parentInput=[String]",
                "Argument complexArg: input=ComplexInput parentInput=null arg=complexArg default=False",
                "ObjectField stringListField: input=[String] parentInput=ComplexInput default=False",
                "ListValue: input=String parentInput=[String] default=False",
                "StringValue \"x\": input=String parentInput=[String]",
                "Variable v: input=String parentInput=[String]",
                "ObjectField nested: input=ComplexInput parentInput=ComplexInput default=False",
                "ObjectField intField: input=Int parentInput=ComplexInput default=False",
                "Argument enumArg: input=FurColor parentInput=null arg=enumArg default=False",
                "EnumValue BROWN: input=FurColor enum=BROWN",
                "Directive include: directive=include",
                "Argument if: input=Boolean! parentInput=null arg=if default=False",
                "Argument atOtherHomes: input=Boolean parentInput=null arg=atOtherHomes default=True",
            },
            seen.Where(s => !s.StartsWith("Field", StringComparison.Ordinal) && !s.StartsWith("IntValue", StringComparison.Ordinal)
                            && !s.StartsWith("BooleanValue", StringComparison.Ordinal)));
    }

    [Fact]
    public void ResolvesArgumentsOfUnknownDirectivesAgainstTheField()
    {
        // graphql-js looks up the field's arguments when the directive is unknown; so does this TypeInfo.
        var seen = Record("{ complicatedArgs { intArgField(intArg: 1) @unknown(intArg: 2) } }");
        Assert.Contains("Directive unknown: directive=null", seen);
        Assert.Equal(2, seen.Count(s => s == "Argument intArg: input=Int parentInput=null arg=intArg default=False"));
    }

    [Fact]
    public void RootTypesFollowTheOperation()
    {
        var seen = Record("""
            mutation { renameDog(name: "Rex") { name } }
            subscription { newDog { name } }
            """);
        Assert.Contains("Field renameDog: type=Dog parent=MutationRoot def=renameDog", seen);
        Assert.Contains("Field newDog: type=Dog parent=SubscriptionRoot def=newDog", seen);
    }

    private static List<string> Record(string query)
    {
        var recorder = new RecordingRule();
        Validator.Validate(Schema, Parser.Parse(query), new IValidationRule[] { recorder });
        return recorder.Seen;
    }

    private sealed class RecordingRule : IValidationRule
    {
        public List<string> Seen { get; } = new();

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, Seen);

        private sealed class Visitor : ValidationVisitor
        {
            private readonly List<string> _seen;

            public Visitor(ValidationContext context, List<string> seen)
                : base(context, KindSet.All)
            {
                _seen = seen;
            }

            public override bool Enter(Node node)
            {
                var info = Context.TypeInfo;
                string? line = node switch
                {
                    Field f => $"Field {f.Name.Value}: type={Show(info.Type)} parent={Show(info.ParentType)} def={info.FieldDef?.Name ?? "null"}",
                    InlineFragment => $"InlineFragment: type={Show(info.Type)} parent={Show(info.ParentType)}",
                    VariableDefinition => $"VariableDefinition: input={Show(info.InputType)} parentInput={Show(info.ParentInputType)}",
                    Argument a => $"Argument {a.Name.Value}: input={Show(info.InputType)} parentInput={Show(info.ParentInputType)} arg={info.Argument?.Name ?? "null"} default={info.HasDefaultValue}",
                    ListValue => $"ListValue: input={Show(info.InputType)} parentInput={Show(info.ParentInputType)} default={info.HasDefaultValue}",
                    ObjectField o => $"ObjectField {o.Name.Value}: input={Show(info.InputType)} parentInput={Show(info.ParentInputType)} default={info.HasDefaultValue}",
                    StringValue s => $"StringValue \"{s.Value}\": input={Show(info.InputType)} parentInput={Show(info.ParentInputType)}",
                    Variable v => $"Variable {v.Name.Value}: input={Show(info.InputType)} parentInput={Show(info.ParentInputType)}",
                    EnumValue e => $"EnumValue {e.Value}: input={Show(info.InputType)} enum={info.EnumValue?.Name ?? "null"}",
                    Directive d => $"Directive {d.Name.Value}: directive={info.Directive?.Name ?? "null"}",
                    IntValue => "IntValue",
                    BooleanValue => "BooleanValue",
                    _ => null,
                };
                if (line is not null)
                {
                    _seen.Add(line);
                }

                return true;
            }

            private static string Show(object? value) => value?.ToString() ?? "null";
        }
    }
}
