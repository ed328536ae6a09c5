namespace MineRose.Core.Greenhouse;

/// <summary>Water vapour in air: saturation pressure, vapour density and the FAO-56 dew-point fallback.</summary>
public static class Psychrometrics
{
    /// <summary>Molar mass of water [kg/mol].</summary>
    public const double WaterMolarMassKgMol = 0.018015;

    /// <summary>Universal gas constant [J/(mol·K)].</summary>
    public const double GasConstantJMolK = 8.314462;

    /// <summary>Saturation vapour pressure over water, Magnus form with the coefficients of Alduchov and Eskridge [96].</summary>
    /// <remarks><c>e_s = 610.94 · exp(17.625·T / (T + 243.04))</c>; within 0.4 % of Wexler's formulation from −40 to 50 °C [96].</remarks>
    /// <param name="temperatureC">Air temperature [°C].</param>
    /// <returns>Saturation vapour pressure [Pa].</returns>
    public static double SaturationVapourPressurePa(double temperatureC) =>
        610.94 * Math.Exp(17.625 * temperatureC / (temperatureC + 243.04));

    /// <summary>Slope of the saturation vapour pressure curve, the derivative of <see cref="SaturationVapourPressurePa"/> [Pa/K].</summary>
    /// <param name="temperatureC">Air temperature [°C].</param>
    public static double SaturationSlopePaK(double temperatureC) => SaturationSlopePaK(temperatureC, SaturationVapourPressurePa(temperatureC));

    /// <summary>The slope with e_s(T) already known (same arithmetic, one exponential fewer) [Pa/K].</summary>
    internal static double SaturationSlopePaK(double temperatureC, double saturationPa)
    {
        var d = temperatureC + 243.04;
        return saturationPa * 17.625 * 243.04 / (d * d);
    }

    /// <summary>Vapour density from the ideal gas law, <c>ρ_v = e·M_w / (R·T)</c> [kg/m³].</summary>
    /// <param name="vapourPressurePa">Partial pressure of water vapour [Pa].</param>
    /// <param name="temperatureC">Air temperature [°C].</param>
    public static double VapourDensityKgM3(double vapourPressurePa, double temperatureC) =>
        vapourPressurePa * WaterMolarMassKgMol / (GasConstantJMolK * (temperatureC + PhysicalConstants.ZeroCelsiusK));

    /// <summary>Relative humidity [%] assumed when a weather source has none: the dew point equals the day's minimum temperature (FAO-56 eq. 48 [97]).</summary>
    /// <param name="temperatureC">Air temperature of the step [°C].</param>
    /// <param name="dailyMinimumTemperatureC">Minimum air temperature of the same local day [°C].</param>
    public static double RelativeHumidityFromDailyMinimumPercent(double temperatureC, double dailyMinimumTemperatureC) =>
        Math.Min(100, 100 * SaturationVapourPressurePa(Math.Min(dailyMinimumTemperatureC, temperatureC)) / SaturationVapourPressurePa(temperatureC));
}
