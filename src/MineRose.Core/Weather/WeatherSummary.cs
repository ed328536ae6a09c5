using System.Globalization;

namespace MineRose.Core.Weather;

/// <summary>What a weather series holds, in the figures a planner checks first: irradiation, temperature, wind, by year and by month.</summary>
/// <remarks>
/// Irradiation H = Σ G·Δt/1000 [kWh/m²] with Δt the grid step [h], so 15-min and hourly series are treated alike;
/// means are weighted by Δt. Months are calendar months of LOCAL standard time (UTC + <see cref="Site.UtcOffsetHours"/>),
/// each interval counted in the month of its start. The daily minimum and maximum are taken per local calendar day
/// having at least 12 h of data. For a series of one year the totals are annual; for other lengths they are totals
/// over the series. The series must have no missing values (fill them first).
/// </remarks>
/// <param name="Source">The series' source description.</param>
/// <param name="Site">The series' site.</param>
/// <param name="Intervals">Number of intervals.</param>
/// <param name="Hours">Length of the series [h].</param>
/// <param name="FirstTimeUtc">Start of the first interval [UTC].</param>
/// <param name="LastTimeUtc">Start of the last interval [UTC].</param>
/// <param name="AnnualGhiKwhM2">Global horizontal irradiation over the series [kWh/m²].</param>
/// <param name="AnnualDniKwhM2">Direct normal irradiation over the series [kWh/m²].</param>
/// <param name="AnnualDhiKwhM2">Diffuse horizontal irradiation over the series [kWh/m²].</param>
/// <param name="MeanTempAirC">Time-weighted mean air temperature [°C].</param>
/// <param name="MeanWindSpeedMs">Time-weighted mean wind speed [m/s].</param>
/// <param name="MeanRelativeHumidityPercent">Time-weighted mean relative humidity [%], or null if the series has none.</param>
/// <param name="MissingValues">Number of values the source marked missing (and that were filled).</param>
/// <param name="Months">Twelve entries, January to December.</param>
public sealed record WeatherSummary(
    string Source,
    Site Site,
    int Intervals,
    double Hours,
    DateTime FirstTimeUtc,
    DateTime LastTimeUtc,
    double AnnualGhiKwhM2,
    double AnnualDniKwhM2,
    double AnnualDhiKwhM2,
    double MeanTempAirC,
    double MeanWindSpeedMs,
    double? MeanRelativeHumidityPercent,
    int MissingValues,
    IReadOnlyList<MonthlyWeather> Months)
{
    /// <summary>Number of values beyond their physical limit that the reader treated as missing and filled
    /// (<see cref="WeatherSeries.ImplausibleValues"/>).</summary>
    public int ImplausibleValues { get; init; }

    /// <summary>Shortest part of a local day that yields a daily minimum and maximum [h].</summary>
    public const double MinHoursForDailyExtremes = 12;

    /// <summary>Summarises <paramref name="series"/> (see remarks).</summary>
    /// <param name="series">A weather series without missing values.</param>
    /// <exception cref="InvalidInputException">The series still has missing values (NaN).</exception>
    public static WeatherSummary Of(WeatherSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        RequireComplete(series.GhiWm2, "ghi");
        RequireComplete(series.DniWm2, "dni");
        RequireComplete(series.DhiWm2, "dhi");
        RequireComplete(series.TempAirC, "temp_air");
        RequireComplete(series.WindSpeedMs, "wind_speed");
        var rh = series.RelativeHumidityPercent;
        if (rh is not null)
            RequireComplete(rh, "relative_humidity");

        var grid = series.Grid;
        var dt = grid.StepHours;
        var offset = TimeSpan.FromHours(series.Site.UtcOffsetHours);
        var hours = new double[13];
        var ghi = new double[13];
        var dni = new double[13];
        var dhi = new double[13];
        var temp = new double[13];
        var wind = new double[13];
        var humidity = new double[13];
        var dayMinSum = new double[13];
        var dayMaxSum = new double[13];
        var days = new int[13];
        double totalGhi = 0, totalDni = 0, totalDhi = 0, totalTemp = 0, totalWind = 0, totalRh = 0;

        var day = DateTime.MinValue;
        double dayHours = 0, dayMin = double.PositiveInfinity, dayMax = double.NegativeInfinity;
        void CloseDay()
        {
            if (dayHours >= MinHoursForDailyExtremes)
            {
                dayMinSum[day.Month] += dayMin;
                dayMaxSum[day.Month] += dayMax;
                days[day.Month]++;
            }
        }

        for (var i = 0; i < grid.Count; i++)
        {
            var local = grid.StartOf(i) + offset;
            var m = local.Month;
            var t = series.TempAirC[i];
            hours[m] += dt;
            ghi[m] += series.GhiWm2[i] * dt;
            dni[m] += series.DniWm2[i] * dt;
            dhi[m] += series.DhiWm2[i] * dt;
            temp[m] += t * dt;
            wind[m] += series.WindSpeedMs[i] * dt;
            totalGhi += series.GhiWm2[i] * dt;
            totalDni += series.DniWm2[i] * dt;
            totalDhi += series.DhiWm2[i] * dt;
            totalTemp += t * dt;
            totalWind += series.WindSpeedMs[i] * dt;
            if (rh is not null)
            {
                humidity[m] += rh[i] * dt;
                totalRh += rh[i] * dt;
            }
            if (local.Date != day)
            {
                if (i > 0)
                    CloseDay();
                day = local.Date;
                dayHours = 0;
                dayMin = double.PositiveInfinity;
                dayMax = double.NegativeInfinity;
            }
            dayHours += dt;
            dayMin = Math.Min(dayMin, t);
            dayMax = Math.Max(dayMax, t);
        }
        CloseDay();

        var months = new MonthlyWeather[12];
        for (var m = 1; m <= 12; m++)
        {
            var h = hours[m];
            months[m - 1] = new MonthlyWeather(
                m, h, ghi[m] / 1000, dni[m] / 1000, dhi[m] / 1000,
                h > 0 ? temp[m] / h : double.NaN,
                days[m] > 0 ? dayMinSum[m] / days[m] : double.NaN,
                days[m] > 0 ? dayMaxSum[m] / days[m] : double.NaN,
                rh is null ? null : h > 0 ? humidity[m] / h : double.NaN,
                h > 0 ? wind[m] / h : double.NaN);
        }
        var totalHours = grid.Count * dt;
        return new WeatherSummary(
            series.Source, series.Site, grid.Count, totalHours, grid.StartUtc, grid.StartOf(grid.Count - 1),
            totalGhi / 1000, totalDni / 1000, totalDhi / 1000,
            totalTemp / totalHours, totalWind / totalHours, rh is null ? null : totalRh / totalHours,
            series.MissingValues, months)
        {
            ImplausibleValues = series.ImplausibleValues,
        };
    }

    private static void RequireComplete(double[] values, string field)
    {
        var i = Array.FindIndex(values, double.IsNaN);
        if (i >= 0)
        {
            throw new InvalidInputException(field, string.Create(CultureInfo.InvariantCulture, $"missing (NaN) at interval {i}"),
                "a series without missing values: fill them first (MineRose.IO.Weather.WeatherGapFilling.Fill)");
        }
    }
}
