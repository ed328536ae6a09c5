namespace MineRose.Core.Weather;

/// <summary>The climate of one calendar month at a site: irradiation and mean conditions of a typical month.</summary>
/// <param name="Month">Month number, 1 = January.</param>
/// <param name="GhiKwhM2">Global horizontal irradiation over the month [kWh/m²].</param>
/// <param name="DiffuseKwhM2">Diffuse horizontal irradiation over the month [kWh/m²], or null if unknown.</param>
/// <param name="TempMeanC">Mean air temperature [°C].</param>
/// <param name="TempDailyMinC">Mean of the daily minimum air temperatures [°C].</param>
/// <param name="TempDailyMaxC">Mean of the daily maximum air temperatures [°C].</param>
/// <param name="RelativeHumidityPercent">Mean relative humidity [%].</param>
/// <param name="WindSpeedMs">Mean wind speed at 10 m [m/s].</param>
public sealed record MonthlyNormal(
    int Month,
    double GhiKwhM2,
    double? DiffuseKwhM2,
    double TempMeanC,
    double TempDailyMinC,
    double TempDailyMaxC,
    double RelativeHumidityPercent,
    double WindSpeedMs);
