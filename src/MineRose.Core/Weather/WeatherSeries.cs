using MineRose.Core.Time;

namespace MineRose.Core.Weather;

/// <summary>Hourly (or finer) weather on a UTC <see cref="TimeGrid"/>: interval averages, one value per interval.</summary>
/// <remarks>
/// Irradiance values are averages over each interval [W/m²]; readers convert each file's own time
/// convention (e.g. EPW's hour-ending local standard time) to this one. A value the file marked as
/// missing is stored as <see cref="double.NaN"/> and counted in <see cref="MissingValues"/>; readers
/// document how they fill it where a model needs a number.
/// </remarks>
/// <param name="Site">Where the series applies.</param>
/// <param name="Grid">The time axis; every array has <c>Grid.Count</c> elements.</param>
/// <param name="GhiWm2">Global horizontal irradiance [W/m²].</param>
/// <param name="DniWm2">Direct normal irradiance [W/m²].</param>
/// <param name="DhiWm2">Diffuse horizontal irradiance [W/m²].</param>
/// <param name="TempAirC">Dry-bulb air temperature [°C].</param>
/// <param name="WindSpeedMs">Wind speed at the station's height (usually 10 m) [m/s].</param>
/// <param name="RelativeHumidityPercent">Relative humidity [%], or null if the source has none.</param>
/// <param name="PressurePa">Station pressure [Pa], or null if the source has none.</param>
/// <param name="Source">Where the series came from (file name and format, or "synthetic …").</param>
/// <param name="MissingValues">Number of values the source marked as missing.</param>
public sealed record WeatherSeries(
    Site Site,
    TimeGrid Grid,
    double[] GhiWm2,
    double[] DniWm2,
    double[] DhiWm2,
    double[] TempAirC,
    double[] WindSpeedMs,
    double[]? RelativeHumidityPercent,
    double[]? PressurePa,
    string Source,
    int MissingValues)
{
    /// <summary>Number of values the source gave but that lie beyond their physical limit (e.g. a direct normal irradiance
    /// above the solar constant), which the reader treated as missing and filled like <see cref="MissingValues"/>.</summary>
    public int ImplausibleValues { get; init; }

    /// <summary>Number of intervals.</summary>
    public int Count => Grid.Count;
}
