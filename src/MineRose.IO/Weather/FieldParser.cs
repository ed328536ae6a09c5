using System.Globalization;

namespace MineRose.IO.Weather;

/// <summary>Parses numbers and integers out of file fields, culture-independently, failing with file, line and field.</summary>
internal static class FieldParser
{
    /// <summary>A finite decimal number, or an <see cref="InputFileException"/> naming the field.</summary>
    public static double Number(ReadOnlySpan<char> text, NumberedLineReader lines, string field, string expected)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw lines.Error(field, trimmed.ToString(), expected);
    }

    /// <summary>An integer, or an <see cref="InputFileException"/> naming the field.</summary>
    public static int Integer(ReadOnlySpan<char> text, NumberedLineReader lines, string field, string expected)
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        throw lines.Error(field, trimmed.ToString(), expected);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], e.g. a site's latitude in a header.</summary>
    public static double InRange(ReadOnlySpan<char> text, NumberedLineReader lines, string field, double min, double max)
    {
        var expected = RangeText(min, max);
        var value = Number(text, lines, field, expected);
        if (value < min || value > max)
            throw lines.Error(field, text.Trim().ToString(), expected);
        return value;
    }

    /// <summary>"a number in [min, max]" written the same way on every machine.</summary>
    public static string RangeText(double min, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"a number in [{min:G6}, {max:G6}]");
}
