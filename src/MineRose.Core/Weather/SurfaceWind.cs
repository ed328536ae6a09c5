namespace MineRose.Core.Weather;

/// <summary>Wind speed variability for a synthetic year: a Weibull-distributed daily factor and a diurnal cycle.</summary>
/// <remarks>
/// <para>Daily factor: F = (−ln(1 − u))^(1/k) for u uniform in [0, 1), a Weibull deviate of shape k and unit scale;
/// k = 2 (the Rayleigh distribution) is the distribution IEC 61400-1 assumes for the mean wind speed of wind-turbine
/// classes [128]. The generator rescales each month to its mean wind speed, so the scale does not matter.</para>
/// <para>Diurnal factor: 1 + a·cos(2π(t − t_peak)/24), t the apparent solar hour; its daily mean is 1. Near the ground
/// the wind is strongest in the afternoon, when convection mixes momentum down from aloft; the default amplitude and
/// peak hour are measured (see <see cref="SyntheticYearOptions"/>).</para>
/// </remarks>
public static class SurfaceWind
{
    /// <summary>A Weibull deviate of unit scale, the day's wind factor before the monthly rescaling.</summary>
    /// <param name="shape">Weibull shape k [-], in [1, 10].</param>
    /// <param name="random">The random stream (advanced).</param>
    /// <returns>F = (−ln(1 − u))^(1/k) [-], ≥ 0.</returns>
    public static double WeibullDailyFactor(double shape, ref Xoshiro256StarStar random)
    {
        Guard.InRange(shape, 1, 10, "Weibull shape");
        return Math.Pow(-Math.Log(1.0 - random.NextDouble()), 1.0 / shape);
    }

    /// <summary>The diurnal wind factor at an apparent solar hour.</summary>
    /// <param name="solarHour">Apparent solar time [h].</param>
    /// <param name="amplitude">Relative amplitude a [-], in [0, 0.9].</param>
    /// <param name="peakSolarHour">Apparent solar hour of the strongest wind t_peak [h], in [0, 24].</param>
    /// <returns>1 + a·cos(2π(t − t_peak)/24) [-].</returns>
    public static double DiurnalFactor(double solarHour, double amplitude, double peakSolarHour)
    {
        Guard.InRange(amplitude, 0, 0.9, "wind diurnal amplitude");
        Guard.InRange(peakSolarHour, 0, 24, "wind peak solar hour");
        return 1.0 + amplitude * Math.Cos(2.0 * Math.PI * (solarHour - peakSolarHour) / 24.0);
    }
}
