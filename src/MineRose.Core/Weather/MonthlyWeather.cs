namespace MineRose.Core.Weather;

/// <summary>One calendar month of a weather series: irradiation totals and mean conditions, in local standard time.</summary>
/// <param name="Month">Month number, 1 = January.</param>
/// <param name="Hours">Hours of data that fall in this month [h].</param>
/// <param name="GhiKwhM2">Global horizontal irradiation over the month's data [kWh/m²].</param>
/// <param name="DniKwhM2">Direct normal irradiation over the month's data [kWh/m²].</param>
/// <param name="DhiKwhM2">Diffuse horizontal irradiation over the month's data [kWh/m²].</param>
/// <param name="TempMeanC">Time-weighted mean air temperature [°C]; NaN if <paramref name="Hours"/> is 0.</param>
/// <param name="TempDailyMinC">Mean over the month's days of each day's minimum air temperature [°C]; NaN if no day has ≥ 12 h of data.</param>
/// <param name="TempDailyMaxC">Mean over the month's days of each day's maximum air temperature [°C]; NaN if no day has ≥ 12 h of data.</param>
/// <param name="RelativeHumidityPercent">Time-weighted mean relative humidity [%], or null if the series has none.</param>
/// <param name="WindSpeedMs">Time-weighted mean wind speed [m/s]; NaN if <paramref name="Hours"/> is 0.</param>
public sealed record MonthlyWeather(
    int Month,
    double Hours,
    double GhiKwhM2,
    double DniKwhM2,
    double DhiKwhM2,
    double TempMeanC,
    double TempDailyMinC,
    double TempDailyMaxC,
    double? RelativeHumidityPercent,
    double WindSpeedMs);
