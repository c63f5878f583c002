using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Read;

/// <summary>One dataset file after the Read step: its syntax tree (null when unreadable) and its own problems.</summary>
internal sealed record ParsedYamlFile(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public LocationInfo At(TextPosition position) => new(Path, position);
}
