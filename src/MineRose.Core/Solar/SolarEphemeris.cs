using System.Globalization;
using System.Runtime.Intrinsics;
using MineRose.Core.Time;

namespace MineRose.Core.Solar;

/// <summary>The time-only part of the NREL SPA [1] at the midpoint of every interval of a time grid, shared by all sites.</summary>
/// <remarks>
/// <para>Everything in the SPA that does not depend on the observer — Julian dates, Earth's heliocentric
/// position (≈250 periodic terms), nutation, obliquity, aberration, geocentric right ascension α and
/// declination δ, apparent sidereal time ν, equation of time and Earth–sun distance R — is computed here
/// once per grid. <see cref="SunPath.For"/> then adds the cheap per-site topocentric step.</para>
/// <para>On grids finer than a day the full SPA is evaluated once per <see cref="SampleSpacingDays"/>
/// (plus three end nodes) and α, δ, R, the nutation term Δψ·cos ε of ν and the equation of time are
/// interpolated to each midpoint with four-point (cubic) Lagrange polynomials; these quantities change
/// slowly and smoothly (the fastest terms are the 13.7-day nutation and the 29.5-day lunar perturbation,
/// both below 0.002°), so the interpolation error stays below 10⁻⁶° (measured against the full SPA at
/// every hour of a year in the tests). The fast part of ν, the mean sidereal time ν₀ (eq. 28), is
/// evaluated exactly at every midpoint. On grids of a day or coarser the SPA is evaluated at every midpoint.</para>
/// <para>Arrays are exposed read-only because one ephemeris is shared across sites and threads.</para>
/// </remarks>
public sealed class SolarEphemeris
{
    /// <summary>Spacing of the full SPA evaluations on grids finer than this [d].</summary>
    public const double SampleSpacingDays = 1.0;

    private const double DegToRad = Math.PI / 180.0;

    private readonly double[] julianDay;
    private readonly double[] rightAscensionDeg;
    private readonly double[] declinationDeg;
    private readonly double[] apparentSiderealTimeDeg;
    private readonly double[] earthSunDistanceAu;
    private readonly double[] equationOfTimeMinutes;

    private SolarEphemeris(TimeGrid grid, double? deltaTSeconds, int spaEvaluations)
    {
        Grid = grid;
        DeltaTSeconds = deltaTSeconds;
        SpaEvaluations = spaEvaluations;
        var n = grid.Count;
        julianDay = new double[n];
        rightAscensionDeg = new double[n];
        declinationDeg = new double[n];
        apparentSiderealTimeDeg = new double[n];
        earthSunDistanceAu = new double[n];
        equationOfTimeMinutes = new double[n];
        SinDeclination = new double[n];
        CosDeclination = new double[n];
        SinGreenwichHourAngle = new double[n];
        CosGreenwichHourAngle = new double[n];
        SinParallax = new double[n];
    }

    /// <summary>The time grid; every array has <c>Grid.Count</c> elements, one per interval midpoint.</summary>
    public TimeGrid Grid { get; }

    /// <summary>ΔT = TT − UT as given [s], or null where it was estimated with <see cref="DeltaT.Estimate"/> at each instant.</summary>
    public double? DeltaTSeconds { get; }

    /// <summary>How many times the full time-only SPA was evaluated to build this ephemeris.</summary>
    public int SpaEvaluations { get; }

    /// <summary>Julian day of each interval midpoint (UT) [d].</summary>
    public ReadOnlySpan<double> JulianDay => julianDay;

    /// <summary>Geocentric right ascension of the sun α [1, eq. 30] [°], in [0, 360).</summary>
    public ReadOnlySpan<double> RightAscensionDeg => rightAscensionDeg;

    /// <summary>Geocentric declination of the sun δ [1, eq. 31] [°].</summary>
    public ReadOnlySpan<double> DeclinationDeg => declinationDeg;

    /// <summary>Apparent sidereal time at Greenwich ν [1, eq. 29] [°], in [0, 360).</summary>
    public ReadOnlySpan<double> ApparentSiderealTimeDeg => apparentSiderealTimeDeg;

    /// <summary>Earth–sun distance R [1, section 3.2.8] [AU].</summary>
    public ReadOnlySpan<double> EarthSunDistanceAu => earthSunDistanceAu;

    /// <summary>Equation of time E [1, Appendix A.1] [min].</summary>
    public ReadOnlySpan<double> EquationOfTimeMinutes => equationOfTimeMinutes;

    /// <summary>sin δ [-].</summary>
    internal double[] SinDeclination { get; }

    /// <summary>cos δ [-].</summary>
    internal double[] CosDeclination { get; }

    /// <summary>sin(ν − α), the Greenwich hour angle of the geocentric sun [-].</summary>
    internal double[] SinGreenwichHourAngle { get; }

    /// <summary>cos(ν − α) [-].</summary>
    internal double[] CosGreenwichHourAngle { get; }

    /// <summary>sin ξ, the sine of the equatorial horizontal parallax [1, eq. 33] [-].</summary>
    internal double[] SinParallax { get; }

    /// <summary>The time-only SPA quantities at the midpoint of every interval of <paramref name="grid"/>.</summary>
    /// <param name="grid">The time grid.</param>
    /// <param name="deltaTSeconds">ΔT = TT − UT [s], in [−8000, 8000]; null estimates it with <see cref="DeltaT.Estimate"/>.</param>
    /// <returns>The ephemeris, to be shared by every site on the grid.</returns>
    /// <exception cref="InvalidInputException">ΔT is outside its range, or is null and the grid lies outside 1900–2150,
    /// or the grid ends after the year 6000.</exception>
    public static SolarEphemeris For(TimeGrid grid, double? deltaTSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (deltaTSeconds is { } given)
            Guard.InRange(given, -8000, 8000, "ΔT [s]");
        if (grid.EndUtc.Year > 6000)
            throw new InvalidInputException("time grid end", grid.EndUtc.ToString("O", CultureInfo.InvariantCulture), "a year up to 6000, the SPA's range");

        var stepDays = grid.Step.Ticks / (double)TimeSpan.TicksPerDay;
        var firstJulianDay = SpaEquations.JulianDay(grid.MidpointOf(0));
        if (deltaTSeconds is null)
        {
            // refuse, naming the year, a grid that leaves the range of the ΔT polynomials
            DeltaT.Estimate(SpaEquations.DecimalYear(firstJulianDay));
            DeltaT.Estimate(SpaEquations.DecimalYear(SpaEquations.JulianDay(grid.MidpointOf(grid.Count - 1))));
        }
        var nodes = (int)Math.Floor((grid.Count - 1) * stepDays / SampleSpacingDays) + 4;
        SolarEphemeris ephemeris;
        if (nodes < grid.Count)
        {
            ephemeris = new SolarEphemeris(grid, deltaTSeconds, nodes);
            ephemeris.FillInterpolated(firstJulianDay, stepDays, nodes, deltaTSeconds);
        }
        else
        {
            ephemeris = new SolarEphemeris(grid, deltaTSeconds, grid.Count);
            ephemeris.FillExact(deltaTSeconds);
        }
        ephemeris.FillObserverTerms();
        return ephemeris;
    }

    private static SpaGeocentricSun Evaluate(double julianDay, double? deltaTSeconds) =>
        SpaEquations.Geocentric(julianDay, deltaTSeconds ?? DeltaT.Estimate(SpaEquations.DecimalYear(julianDay)));

    /// <summary>An interpolation node, which may lie up to two days outside the grid.</summary>
    private static SpaGeocentricSun EvaluateNode(double julianDay, double? deltaTSeconds)
    {
        // The grid itself was checked against the ΔT range; a node just beyond 1900.0 or 2150.0 takes the
        // value at the end of the range (ΔT changes by under 0.01 s in two days).
        var year = Math.Clamp(SpaEquations.DecimalYear(julianDay), DeltaT.FirstYear, DeltaT.LastYear);
        return SpaEquations.Geocentric(julianDay, deltaTSeconds ?? DeltaT.Estimate(year));
    }

    private void FillExact(double? deltaTSeconds)
    {
        for (var i = 0; i < julianDay.Length; i++)
        {
            var sun = Evaluate(SpaEquations.JulianDay(Grid.MidpointOf(i)), deltaTSeconds);
            julianDay[i] = sun.JulianDay;
            rightAscensionDeg[i] = sun.RightAscensionDeg;
            declinationDeg[i] = sun.DeclinationDeg;
            apparentSiderealTimeDeg[i] = sun.ApparentSiderealTimeDeg;
            earthSunDistanceAu[i] = sun.EarthSunDistanceAu;
            equationOfTimeMinutes[i] = sun.EquationOfTimeMinutes;
        }
    }

    private void FillInterpolated(double firstJulianDay, double stepDays, int nodes, double? deltaTSeconds)
    {
        // Node m lies at firstJulianDay + (m − 1)·h, so every midpoint has one node before and two after it.
        const double h = SampleSpacingDays;
        var alpha = new double[nodes];
        var delta = new double[nodes];
        var radius = new double[nodes];
        var nutationInRa = new double[nodes];
        var eot = new double[nodes];
        for (var m = 0; m < nodes; m++)
        {
            var sun = EvaluateNode(firstJulianDay + (m - 1) * h, deltaTSeconds);
            alpha[m] = sun.RightAscensionDeg;
            if (m > 0)
                alpha[m] += 360.0 * Math.Round((alpha[m - 1] - alpha[m]) / 360.0); // unwrap 360 → 0
            delta[m] = sun.DeclinationDeg;
            radius[m] = sun.EarthSunDistanceAu;
            nutationInRa[m] = sun.ApparentSiderealTimeDeg - sun.MeanSiderealTimeDeg;
            eot[m] = sun.EquationOfTimeMinutes;
        }

        var startTicks = Grid.MidpointOf(0).Ticks;
        var stepTicks = Grid.Step.Ticks;
        for (var i = 0; i < julianDay.Length; i++)
        {
            var jd = SpaEquations.JulianDay(startTicks + stepTicks * i);
            var s = i * stepDays / h;
            var j = (int)s;
            var f = s - j;
            // cubic Lagrange weights for nodes at −1, 0, 1, 2 (in units of h) around f ∈ [0, 1)
            var fm1 = f - 1.0;
            var fm2 = f - 2.0;
            var fp1 = f + 1.0;
            var w0 = -f * fm1 * fm2 / 6.0;
            var w1 = fp1 * fm1 * fm2 / 2.0;
            var w2 = -fp1 * f * fm2 / 2.0;
            var w3 = fp1 * f * fm1 / 6.0;

            var jc = (jd - SpaEquations.J2000JulianDay) / 36525.0;
            var nu0 = SpaEquations.MeanSiderealTimeDeg(jd, jc);
            julianDay[i] = jd;
            rightAscensionDeg[i] = SpaEquations.LimitDegrees(w0 * alpha[j] + w1 * alpha[j + 1] + w2 * alpha[j + 2] + w3 * alpha[j + 3]);
            declinationDeg[i] = w0 * delta[j] + w1 * delta[j + 1] + w2 * delta[j + 2] + w3 * delta[j + 3];
            earthSunDistanceAu[i] = w0 * radius[j] + w1 * radius[j + 1] + w2 * radius[j + 2] + w3 * radius[j + 3];
            apparentSiderealTimeDeg[i] = SpaEquations.LimitDegrees(
                nu0 + w0 * nutationInRa[j] + w1 * nutationInRa[j + 1] + w2 * nutationInRa[j + 2] + w3 * nutationInRa[j + 3]);
            equationOfTimeMinutes[i] = w0 * eot[j] + w1 * eot[j + 1] + w2 * eot[j + 2] + w3 * eot[j + 3];
        }
    }

    /// <summary>Sines and cosines the per-site step needs, so that it does no trigonometry of its own for them.</summary>
    private void FillObserverTerms()
    {
        var n = julianDay.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var delta = Vector256.Create(declinationDeg.AsSpan(i)) * DegToRad;
                var g = (Vector256.Create(apparentSiderealTimeDeg.AsSpan(i)) - Vector256.Create(rightAscensionDeg.AsSpan(i))) * DegToRad;
                var (sinDelta, cosDelta) = SpaFastMath.SinCos(delta);
                var (sinG, cosG) = SpaFastMath.SinCos(g);
                sinDelta.CopyTo(SinDeclination.AsSpan(i));
                cosDelta.CopyTo(CosDeclination.AsSpan(i));
                sinG.CopyTo(SinGreenwichHourAngle.AsSpan(i));
                cosG.CopyTo(CosGreenwichHourAngle.AsSpan(i));
            }
        }
        for (; i < n; i++)
        {
            (SinDeclination[i], CosDeclination[i]) = Math.SinCos(declinationDeg[i] * DegToRad);
            (SinGreenwichHourAngle[i], CosGreenwichHourAngle[i]) =
                Math.SinCos((apparentSiderealTimeDeg[i] - rightAscensionDeg[i]) * DegToRad);
        }
        for (i = 0; i < n; i++)
        {
            // ξ ≈ 4.3·10⁻⁵ rad: sin ξ = ξ − ξ³/6 to 10⁻²³
            var xi = SpaEquations.EquatorialHorizontalParallaxDeg(earthSunDistanceAu[i]) * DegToRad;
            SinParallax[i] = xi - xi * xi * xi / 6.0;
        }
    }
}
