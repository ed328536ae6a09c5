using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Writes ranked.csv: one row per mine (RFC 4180 [212]), best score first, the mines that could not be evaluated last
/// with their reason; the columns of <see cref="ScreeningColumns"/>. When the list carries GEM data, the first line is a
/// '#' comment with GEM's credit (as the mine-list readers skip '#' lines).</summary>
public static class RankedCsvWriter
{
    /// <summary>Writes the ranking.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="mines">The ranked mines.</param>
    /// <param name="credit">Credit line to write first (GEM's for GEM data), or null.</param>
    public static void Write(TextWriter writer, IReadOnlyList<RankedMine> mines, string? credit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mines);
        if (credit is not null)
            writer.Write("# Data: " + credit + "\n");
        writer.Write(string.Join(',', ScreeningColumns.Names) + "\n");
        foreach (var m in mines)
            writer.Write(string.Join(',', ScreeningColumns.Values(m).Select(v => v.Number ? v.Text : Csv(v.Text))) + "\n");
    }

    /// <summary>A CSV cell: quoted when it holds a comma, quote or line break.</summary>
    /// <param name="text">The text.</param>
    public static string Csv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
