using System.Globalization;

namespace MineRose.Core.Solar;

/// <summary>ΔT = TT − UT, the difference between terrestrial (dynamical) time and Earth-rotation time [s].</summary>
/// <remarks>
/// The SPA evaluates the heliocentric series in terrestrial time TT = UT + ΔT [1, eq. 5]. Measured values
/// of ΔT are published by the IERS; for a model that must run on any date we use the polynomial expressions
/// of Espenak and Meeus [5], which reproduce the historical record within about a second over the twentieth
/// century and extrapolate it after 2005. The extrapolation overestimates recent ΔT (the polynomial gives
/// ≈71.6 s for 2020.0; the IERS measured ≈69.4 s), an error of ≈2 s that moves the sun by ≈3·10⁻⁵°.
/// Pass a measured ΔT to <see cref="SolarPositionAlgorithm.Spa"/> where a better value is known.
/// </remarks>
public static class DeltaT
{
    /// <summary>Earliest decimal year the estimate accepts [a].</summary>
    public const double FirstYear = 1900.0;

    /// <summary>Latest decimal year the estimate accepts [a].</summary>
    public const double LastYear = 2150.0;

    /// <summary>ΔT estimated from the Espenak–Meeus polynomials [5] for 1900 ≤ y ≤ 2150 [s].</summary>
    /// <remarks>
    /// With y the decimal year and t = y − (epoch of the segment):
    /// <list type="bullet">
    /// <item>1900–1920, t = y − 1900: ΔT = −2.79 + 1.494119 t − 0.0598939 t² + 0.0061966 t³ − 0.000197 t⁴</item>
    /// <item>1920–1941, t = y − 1920: ΔT = 21.20 + 0.84493 t − 0.076100 t² + 0.0020936 t³</item>
    /// <item>1941–1961, t = y − 1950: ΔT = 29.07 + 0.407 t − t²/233 + t³/2547</item>
    /// <item>1961–1986, t = y − 1975: ΔT = 45.45 + 1.067 t − t²/260 − t³/718</item>
    /// <item>1986–2005, t = y − 2000: ΔT = 63.86 + 0.3345 t − 0.060374 t² + 0.0017275 t³ + 0.000651814 t⁴ + 0.00002373599 t⁵</item>
    /// <item>2005–2050, t = y − 2000: ΔT = 62.92 + 0.32217 t + 0.005589 t²</item>
    /// <item>2050–2150: ΔT = −20 + 32 u² − 0.5628 (2150 − y), u = (y − 1820)/100</item>
    /// </list>
    /// Espenak and Meeus define y = year + (month − 0.5)/12; any finer decimal year may be used.
    /// </remarks>
    /// <param name="decimalYear">Decimal year y, e.g. 2025.5 for the start of July 2025 [a], in [1900, 2150].</param>
    /// <returns>ΔT [s].</returns>
    /// <exception cref="InvalidInputException">The year is outside [1900, 2150]: pass ΔT explicitly there.</exception>
    public static double Estimate(double decimalYear)
    {
        if (!double.IsFinite(decimalYear) || decimalYear < FirstYear || decimalYear > LastYear)
            throw new InvalidInputException("decimal year for the ΔT estimate",
                decimalYear.ToString("G6", CultureInfo.InvariantCulture),
                "a year in [1900, 2150] (Espenak–Meeus polynomials); give ΔT explicitly outside that range");

        var y = decimalYear;
        if (y < 1920)
        {
            var t = y - 1900;
            return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 + t * -0.000197)));
        }
        if (y < 1941)
        {
            var t = y - 1920;
            return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
        }
        if (y < 1961)
        {
            var t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233.0 + t * t * t / 2547.0;
        }
        if (y < 1986)
        {
            var t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260.0 - t * t * t / 718.0;
        }
        if (y < 2005)
        {
            var t = y - 2000;
            return 63.86 + t * (0.3345 + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
        }
        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + t * (0.32217 + t * 0.005589);
        }
        var u = (y - 1820) / 100.0;
        return -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y);
    }
}
