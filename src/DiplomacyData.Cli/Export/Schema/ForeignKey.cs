using System.Collections.Generic;

namespace DiplomacyData.Cli.Export.Schema;

/// <summary>A reference from some columns of a table to columns (the key) of another table, as Table Schema's <c>foreignKeys</c>.</summary>
/// <param name="Fields">The referring columns, in order.</param>
/// <param name="Table">The referenced table's name (<see cref="IExportTable.Name"/>).</param>
/// <param name="ReferencedFields">The referenced columns, in the order of <paramref name="Fields"/>.</param>
internal sealed record ForeignKey(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> ReferencedFields);
