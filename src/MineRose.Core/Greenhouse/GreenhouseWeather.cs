namespace MineRose.Core.Greenhouse;

/// <summary>Outside conditions over one step, and the local time at which the step starts.</summary>
/// <param name="OutsideTemperatureC">Outside air temperature [°C].</param>
/// <param name="GlobalRadiationWm2">Global horizontal irradiance outside, averaged over the step [W/m²].</param>
/// <param name="WindSpeedMs">Wind speed [m/s].</param>
/// <param name="OutsideRelativeHumidityPercent">Outside relative humidity [%].</param>
/// <param name="LocalHourOfDay">Local standard time at the start of the step [h], in [0, 24).</param>
public readonly record struct GreenhouseWeather(
    double OutsideTemperatureC,
    double GlobalRadiationWm2,
    double WindSpeedMs,
    double OutsideRelativeHumidityPercent,
    double LocalHourOfDay);
