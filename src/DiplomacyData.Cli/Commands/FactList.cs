using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Output;
using DiplomacyData.Unicode;

namespace DiplomacyData.Cli.Commands;

/// <summary>"Label:  value" lines with the values aligned; facts without a value are left out.</summary>
internal sealed class FactList
{
    private readonly List<(string Label, string Value)> _facts = new();

    public void Add(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _facts.Add((label, value));
        }
    }

    public void Write(TextWriter output, ConsoleStyle style)
    {
        var width = _facts.Count == 0 ? 0 : _facts.Max(f => f.Label.Length) + 1;
        foreach (var (label, value) in _facts)
        {
            output.WriteLine(style.Dim((label + ":").PadRight(width)) + "  " + BidiIsolation.IsolateRuns(value));
        }
    }
}
