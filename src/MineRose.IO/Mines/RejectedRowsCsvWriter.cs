using System.Globalization;

namespace MineRose.IO.Mines;

/// <summary>Writes rejected.csv: every row a mine-list reader could not use, with file, line, field, value and reason.</summary>
public static class RejectedRowsCsvWriter
{
    /// <summary>Writes the rows.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rejected rows.</param>
    /// <param name="credit">Credit line written first as a '#' comment (GEM's for GEM rows), or null.</param>
    public static void Write(TextWriter writer, IReadOnlyList<RejectedRow> rows, string? credit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        if (credit is not null)
            writer.Write("# Data: " + credit + "\n");
        writer.Write("file,line,field,value,reason\n");
        foreach (var r in rows)
            writer.Write(string.Join(',', Q(r.File), r.Line.ToString(CultureInfo.InvariantCulture), Q(r.Field), Q(r.Value), Q(r.Reason)) + "\n");
    }

    private static string Q(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
