using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export.Schema;

/// <summary>An item of a record's list, with the record it belongs to and its 1-based position there.</summary>
internal sealed record Child<TParent, TItem>(TParent Parent, int Position, TItem Item);

/// <summary>Flattens a record's lists into child rows.</summary>
internal static class Children
{
    /// <summary>Each item of each parent's list, with its 1-based position, parents in the order given.</summary>
    public static IEnumerable<Child<TParent, TItem>> Of<TParent, TItem>(IEnumerable<TParent> parents, System.Func<TParent, IReadOnlyList<TItem>> list) =>
        parents.SelectMany(parent => list(parent).Select((item, index) => new Child<TParent, TItem>(parent, index + 1, item)));
}
