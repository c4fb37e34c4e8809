using Graph.Ingestion.Recognizers;

namespace Graph.Ingestion.Events;

/// <summary>
/// The entities a mention stands for, for <c>foreach</c> without allocating: every entity of its
/// <see cref="Mention.Group"/> when it has one, else its <see cref="Mention.Entity"/>, else none.
/// </summary>
internal readonly struct MentionEntities(Mention mention)
{
    public Enumerator GetEnumerator() => new(mention);

    public struct Enumerator
    {
        private readonly List<DocEntity>? _group;
        private readonly DocEntity? _single;
        private int _index;

        internal Enumerator(Mention m)
        {
            _group = m.Group;
            _single = m.Group is null ? m.Entity : null;
            _index = -1;
        }

        public DocEntity Current => _group is not null ? _group[_index] : _single!;

        public bool MoveNext()
        {
            _index++;
            return _group is not null ? _index < _group.Count : _index == 0 && _single is not null;
        }
    }
}
