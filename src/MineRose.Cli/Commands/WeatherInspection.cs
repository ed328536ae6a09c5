using System.Text.Json.Serialization;
using MineRose.Core.Weather;

namespace MineRose.Cli.Commands;

/// <summary>The JSON of <c>weather inspect --json</c>; its key names are part of the command-line contract.</summary>
internal sealed record WeatherInspection(
    string Source,
    string Name,
    double Latitude,
    double Longitude,
    double ElevationM,
    double UtcOffsetHours,
    DateTime FirstTimeUtc,
    DateTime LastTimeUtc,
    double Hours,
    double GhiKwhM2,
    double DniKwhM2,
    double DhiKwhM2,
    double TempAirMeanC,
    [property: JsonPropertyName("wind_speed_mean_m_s")] double WindSpeedMeanMS,
    double? RelativeHumidityMeanPercent,
    int MissingValues,
    int ImplausibleValues,
    IReadOnlyList<WeatherInspection.MonthEntry> Monthly)
{
    public static WeatherInspection From(WeatherSummary s) => new(
        s.Source, s.Site.Name, s.Site.LatitudeDeg, s.Site.LongitudeDeg, s.Site.ElevationM, s.Site.UtcOffsetHours,
        s.FirstTimeUtc, s.LastTimeUtc, s.Hours, s.AnnualGhiKwhM2, s.AnnualDniKwhM2, s.AnnualDhiKwhM2,
        s.MeanTempAirC, s.MeanWindSpeedMs, s.MeanRelativeHumidityPercent, s.MissingValues, s.ImplausibleValues,
        [.. s.Months.Select(m => new MonthEntry(m.Month, m.GhiKwhM2, m.DniKwhM2, m.DhiKwhM2, m.TempMeanC,
            m.TempDailyMinC, m.TempDailyMaxC, m.RelativeHumidityPercent, m.WindSpeedMs))]);

    /// <summary>One calendar month (local standard time).</summary>
    internal sealed record MonthEntry(
        int Month,
        double GhiKwhM2,
        double DniKwhM2,
        double DhiKwhM2,
        double TempAirMeanC,
        double TempDailyMinC,
        double TempDailyMaxC,
        double? RelativeHumidityPercent,
        [property: JsonPropertyName("wind_speed_mean_m_s")] double WindSpeedMeanMS);
}
