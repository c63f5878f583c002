namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// The edits a curator makes to one data file that keep every id, each applied to the first engagement of the first
/// source file: the edits issue 21 names, from the cheapest (a value of the same length) to those that move every
/// later position in the file (a value made longer or shorter, a line added or removed, a comment added).
/// </summary>
public enum DataEdit
{
    /// <summary>A title's word replaced by one of the same length ("receives" → "welcomes").</summary>
    SameLengthValue,

    /// <summary>A title made longer ("receives" → "warmly receives").</summary>
    LongerValue,

    /// <summary>A title made shorter ("receives" → "meets").</summary>
    ShorterValue,

    /// <summary>A line added: a <c>notes:</c> key on the first engagement.</summary>
    LineAdded,

    /// <summary>A line removed: the first engagement's <c>location:</c>.</summary>
    LineRemoved,

    /// <summary>A comment line added before the first engagement.</summary>
    CommentAdded,
}

/// <summary>Applies a <see cref="DataEdit"/> to the text of a synthetic source file.</summary>
public static class DataEdits
{
    public static string Apply(DataEdit edit, string yaml) => edit switch
    {
        DataEdit.SameLengthValue => ReplaceFirst(yaml, " receives ", " welcomes "),
        DataEdit.LongerValue => ReplaceFirst(yaml, " receives ", " warmly receives "),
        DataEdit.ShorterValue => ReplaceFirst(yaml, " receives ", " meets "),
        DataEdit.LineAdded => ReplaceFirst(yaml, "    status: happened\n", "    status: happened\n    notes: Checked against the article.\n"),
        DataEdit.LineRemoved => RemoveFirstLineStartingWith(yaml, "    location: "),
        DataEdit.CommentAdded => ReplaceFirst(yaml, "engagements:\n", "engagements:\n  # Reviewed.\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
    };

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"'{from.Trim()}' is not in the file") : string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private static string RemoveFirstLineStartingWith(string text, string start)
    {
        var at = text.IndexOf("\n" + start, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"no line starts with '{start.Trim()}'");
        }

        var end = text.IndexOf('\n', at + 1);
        return string.Concat(text.AsSpan(0, at), text.AsSpan(end));
    }
}
