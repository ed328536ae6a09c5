using System.Globalization;

namespace MineRose.IO.Weather;

/// <summary>The physically plausible range of each weather quantity, checked on every value a reader parses.</summary>
/// <remarks>
/// Irradiance limits are loose bounds in the spirit of the BSRN "physically possible" tests [40]: no surface GHI exceeds
/// 1500 W/m², no DNI the solar constant (≈1367 W/m²) by much, no DHI ≈0.95 of it plus 50 W/m². Temperature and
/// relative humidity follow the EnergyPlus weather file ranges [30]; wind allows any surface gust record; pressure
/// follows the EnergyPlus range (31–120 kPa).
/// </remarks>
internal static class WeatherLimits
{
    public static readonly (double Min, double Max) GhiWm2 = (0, 1500);
    public static readonly (double Min, double Max) DniWm2 = (0, 1400);
    public static readonly (double Min, double Max) DhiWm2 = (0, 1400);
    public static readonly (double Min, double Max) TempAirC = (-70, 70);
    public static readonly (double Min, double Max) RelativeHumidityPercent = (0, 110);
    public static readonly (double Min, double Max) WindSpeedMs = (0, 80);
    public static readonly (double Min, double Max) PressurePa = (31_000, 120_000);

    /// <summary>Parses a value, returns NaN if it is at or above the format's missing code, else checks its range.</summary>
    /// <param name="text">The field's text.</param>
    /// <param name="limit">The plausible range, in the file's unit times <paramref name="scale"/>.</param>
    /// <param name="missingCode">The format's missing-value code (a value at or above it is missing), or +∞ if none.</param>
    /// <param name="lines">The reader, for the file and line of an error.</param>
    /// <param name="field">The field's name in the file.</param>
    /// <param name="scale">Factor from the file's unit to the series' unit (e.g. 100 from mbar to Pa).</param>
    public static double Parse(ReadOnlySpan<char> text, (double Min, double Max) limit, double missingCode,
        NumberedLineReader lines, string field, double scale = 1) =>
        Parse(text, limit, missingCode, exact: false, lines, field, scale);

    /// <summary>As <see cref="Parse(ReadOnlySpan{char}, ValueTuple{double, double}, double, NumberedLineReader, string, double)"/>,
    /// except that a number above the plausible maximum is stored as missing (NaN) and counted in
    /// <paramref name="implausible"/> instead of failing the file.</summary>
    /// <remarks>For direct normal irradiance only: files whose DNI was derived as (GHI − DHI)/cos θz, such as China Standard
    /// Weather Data (CSWD) [30], hold values far above the solar constant at a grazing sun (e.g. 4,808 W/m² at 18:00 on
    /// 14 January in Zhengzhou's CSWD file, with GHI 50 W/m²); such an hour's DNI carries no information, so it is treated
    /// as missing, filled by <see cref="WeatherGapFilling"/> and reported as implausible. A negative value or text still fails.</remarks>
    public static double ParseOrImplausible(ReadOnlySpan<char> text, (double Min, double Max) limit, double missingCode,
        NumberedLineReader lines, string field, ref int implausible)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value > limit.Max && value < missingCode)
        {
            implausible++;
            return double.NaN;
        }
        return Parse(text, limit, missingCode, lines, field);
    }

    /// <summary>As <see cref="Parse(ReadOnlySpan{char}, ValueTuple{double, double}, double, NumberedLineReader, string, double)"/>,
    /// with a format whose missing code is one exact value (e.g. TMY3's −9900).</summary>
    public static double ParseExactMissing(ReadOnlySpan<char> text, (double Min, double Max) limit, double missingValue,
        NumberedLineReader lines, string field, double scale = 1) =>
        Parse(text, limit, missingValue, exact: true, lines, field, scale);

    private static double Parse(ReadOnlySpan<char> text, (double Min, double Max) limit, double missingCode, bool exact,
        NumberedLineReader lines, string field, double scale)
    {
        // The message text is built only on failure: a year of rows parses without allocating.
        var trimmed = text.Trim();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw lines.Error(field, trimmed.ToString(), FieldParser.RangeText(limit.Min / scale, limit.Max / scale));
        if (exact ? value == missingCode : value >= missingCode)
            return double.NaN;
        var scaled = value * scale;
        if (scaled < limit.Min || scaled > limit.Max)
            throw lines.Error(field, trimmed.ToString(), FieldParser.RangeText(limit.Min / scale, limit.Max / scale));
        return scaled;
    }
}
