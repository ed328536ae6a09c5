using System.Globalization;

namespace MineRose.IO.Mines;

/// <summary>Reading the cells of mine lists: numbers with a decimal comma or point, whole numbers, optional text.</summary>
internal static class MineFieldText
{
    /// <summary>Reads a number written with a decimal comma ("43,7025", as GEM's European-locale export writes it) or a
    /// decimal point; spaces inside it (thousands groups such as "5 500", or "2. 5926") are ignored.</summary>
    /// <remarks>No thousands separator other than a space is accepted: with a decimal comma, "1,234" is 1.234.</remarks>
    public static bool TryDecimalCommaOrPoint(string text, out double value)
    {
        value = double.NaN;
        if (text.Length == 0 || text.Length > 64)
            return false;
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        var separators = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                continue;
            if (c is ',' or '.')
            {
                separators++;
                buffer[n++] = '.';
            }
            else
                buffer[n++] = c;
        }
        return n > 0 && separators <= 1
            && double.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Reads a number written with a decimal point only (users' lists).</summary>
    public static bool TryDecimalPoint(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A number that is a whole number, as an int; null otherwise.</summary>
    public static int? Whole(double? value) =>
        value is { } v && v == Math.Floor(v) && Math.Abs(v) <= int.MaxValue ? (int)v : null;

    /// <summary>Trimmed text, or null when empty.</summary>
    public static string? TextOrNull(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A header cell with every run of white space (line breaks included) collapsed to one space.</summary>
    public static string NormaliseHeader(string cell)
    {
        var parts = cell.Replace("\uFEFF", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts);
    }
}
