using System.Globalization;

namespace MineRose.Core.Weather;

/// <summary>Twelve monthly climate normals at a site: the input from which a synthetic typical year is generated.</summary>
/// <remarks>
/// Checked on construction: exactly 12 months in order 1–12; GHI in [0, 400] kWh/m² (no place on Earth receives more
/// in a month); diffuse in [0, GHI]; temperatures in [−70, 70] °C with daily min ≤ mean ≤ daily max; relative
/// humidity in [0, 100] %; wind in [0, 40] m/s.
/// </remarks>
public sealed record MonthlyClimateNormals
{
    /// <summary>Normals for <paramref name="site"/>, checked (see remarks).</summary>
    /// <param name="site">Where the normals apply.</param>
    /// <param name="months">Twelve months, January first.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <exception cref="InvalidInputException">A month is missing, out of order or out of range.</exception>
    public MonthlyClimateNormals(Site site, IReadOnlyList<MonthlyNormal> months, string source)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(months);
        Site = site.Validated();
        if (months.Count != 12)
            throw new InvalidInputException("months", months.Count.ToString(CultureInfo.InvariantCulture), "12 monthly normals, January to December");
        for (var i = 0; i < 12; i++)
            Validate(months[i], i + 1);
        Months = [.. months];
        Source = source;
    }

    /// <summary>Where the normals apply.</summary>
    public Site Site { get; }

    /// <summary>Twelve months, January first.</summary>
    public IReadOnlyList<MonthlyNormal> Months { get; }

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Annual global horizontal irradiation, the sum of the months [kWh/m²].</summary>
    public double AnnualGhiKwhM2 => Months.Sum(m => m.GhiKwhM2);

    /// <summary>Normals derived from the summary of a weather file, applied at <paramref name="site"/>.</summary>
    /// <remarks>
    /// Each month's irradiation is scaled to a full month of a common year: H_normal = H·(24·d_m)/h_m, with d_m the
    /// days of month m in a common year and h_m the hours of data in it, so a leap-year February or a multi-year series
    /// gives the mean month. Temperatures, humidity and wind are the summary's monthly means. Every month needs at
    /// least 24 h of data, a daily minimum and maximum, and relative humidity.
    /// </remarks>
    /// <param name="summary">The weather summary (e.g. of a TMY file near the site).</param>
    /// <param name="site">Where the normals are to apply.</param>
    /// <exception cref="InvalidInputException">A month lacks data or the series lacks humidity.</exception>
    public static MonthlyClimateNormals FromSummary(WeatherSummary summary, Site site)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var months = new MonthlyNormal[12];
        foreach (var w in summary.Months)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"month {w.Month} of {summary.Source}");
            if (w.Hours < 24)
                throw new InvalidInputException(label, string.Create(CultureInfo.InvariantCulture, $"{w.Hours:G4} h of data"), "at least 24 h of data in every month");
            if (double.IsNaN(w.TempDailyMinC) || double.IsNaN(w.TempDailyMaxC))
                throw new InvalidInputException(label, "no day with 12 h of data", "at least one day with a daily minimum and maximum");
            var rh = w.RelativeHumidityPercent ?? throw new InvalidInputException(label, "no relative humidity", "a weather series with relative humidity");
            var scale = 24.0 * DateTime.DaysInMonth(2001, w.Month) / w.Hours;
            months[w.Month - 1] = new MonthlyNormal(w.Month, w.GhiKwhM2 * scale, w.DhiKwhM2 * scale,
                w.TempMeanC, w.TempDailyMinC, w.TempDailyMaxC, rh, w.WindSpeedMs);
        }
        return new MonthlyClimateNormals(site, months, $"derived from {summary.Source}");
    }

    private static void Validate(MonthlyNormal? n, int month)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"month {month} ");
        if (n is null)
            throw new InvalidInputException(prefix.Trim(), "absent", "a monthly normal");
        if (n.Month != month)
            throw new InvalidInputException(prefix + "number", n.Month.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{month} (months in order 1 to 12)"));
        Guard.InRange(n.GhiKwhM2, 0, 400, prefix + "ghi_kwh_m2");
        if (n.DiffuseKwhM2 is { } diffuse)
            Guard.InRange(diffuse, 0, n.GhiKwhM2, prefix + "dhi_kwh_m2");
        Guard.InRange(n.TempMeanC, -70, 70, prefix + "temp_mean_c");
        Guard.InRange(n.TempDailyMinC, -70, n.TempMeanC, prefix + "temp_min_c");
        Guard.InRange(n.TempDailyMaxC, n.TempMeanC, 70, prefix + "temp_max_c");
        Guard.InRange(n.RelativeHumidityPercent, 0, 100, prefix + "relative_humidity");
        Guard.InRange(n.WindSpeedMs, 0, 40, prefix + "wind_speed");
    }
}
