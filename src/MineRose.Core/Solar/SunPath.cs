using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Solar;

/// <summary>The sun's topocentric position at one site for every interval midpoint of a time grid (NREL SPA [1]).</summary>
/// <remarks>
/// <para>The per-site half of the SPA, on top of a shared <see cref="SolarEphemeris"/>. It evaluates the same
/// geometry as the paper's eqs. 32–46 in vector form, which needs no trigonometric call for the hour angle,
/// the parallax or the declination: with g = ν − α the Greenwich hour angle, H = g + σ the local hour angle,
/// x and y the observer terms (eqs. 34–36) and ξ the parallax (eq. 33), the topocentric direction of the sun
/// in the equatorial frame of the meridian is</para>
/// <para>A = cos δ cos H − x sin ξ, B = cos δ sin H, C = sin δ − y sin ξ,</para>
/// <para>(so that tan H′ = B/A and tan δ′ = C/√(A² + B²), identical to eqs. 37–40), and in the horizon frame
/// U = C sin φ + A cos φ (up), N = C cos φ − A sin φ (north), W = B (west). Then e₀ = atan2(U, √(N² + W²))
/// (eq. 41) and Φ = atan2(−W, N) reduced to [0, 360) (eqs. 45–46). Refraction follows eq. 42 exactly.
/// The results agree with <see cref="SolarPositionAlgorithm.Spa"/> within 10⁻⁶° (tested over a year at three
/// latitudes).</para>
/// <para>Arrays are owned by this result: treat them as read-only.</para>
/// </remarks>
public sealed class SunPath
{
    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;

    private SunPath(SolarEphemeris ephemeris, Site site, double pressureHpa, double temperatureC, double refractionDeg)
    {
        Ephemeris = ephemeris;
        Site = site;
        PressureHpa = pressureHpa;
        TemperatureC = temperatureC;
        RefractionDeg = refractionDeg;
        var n = ephemeris.Grid.Count;
        ZenithDeg = new double[n];
        ApparentZenithDeg = new double[n];
        AzimuthDeg = new double[n];
        CosZenith = new double[n];
        EarthSunDistanceAu = ephemeris.EarthSunDistanceAu.ToArray();
    }

    /// <summary>The time grid; every array has <c>Grid.Count</c> elements, one per interval midpoint.</summary>
    public TimeGrid Grid => Ephemeris.Grid;

    /// <summary>The shared time-only ephemeris this path was computed from.</summary>
    public SolarEphemeris Ephemeris { get; }

    /// <summary>The site.</summary>
    public Site Site { get; }

    /// <summary>Annual average local pressure used for refraction [hPa].</summary>
    public double PressureHpa { get; }

    /// <summary>Annual average local temperature used for refraction [°C].</summary>
    public double TemperatureC { get; }

    /// <summary>Atmospheric refraction at sunrise and sunset [°].</summary>
    public double RefractionDeg { get; }

    /// <summary>Topocentric zenith angle without refraction θ₀ [°], in [0, 180]; above 90° at night.</summary>
    public double[] ZenithDeg { get; }

    /// <summary>Topocentric zenith angle with refraction θ [°].</summary>
    public double[] ApparentZenithDeg { get; }

    /// <summary>Topocentric azimuth Φ, clockwise from north [°], in [0, 360).</summary>
    public double[] AzimuthDeg { get; }

    /// <summary>Cosine of the apparent (refracted) zenith angle, cos θ [-]; negative at night.</summary>
    public double[] CosZenith { get; }

    /// <summary>Earth–sun distance R [AU] (extraterrestrial normal irradiance is the solar constant / R²).</summary>
    public double[] EarthSunDistanceAu { get; }

    /// <summary>The sun's topocentric path at <paramref name="site"/> over the ephemeris' grid.</summary>
    /// <param name="ephemeris">The time-only part of the SPA for the grid, shared by all sites.</param>
    /// <param name="site">The site (latitude, longitude, elevation are used).</param>
    /// <param name="pressureHpa">Annual average local pressure P [hPa = mbar], in [0, 1200]; 0 disables refraction.</param>
    /// <param name="temperatureC">Annual average local temperature T [°C], in [−90, 70].</param>
    /// <param name="refractionDeg">Atmospheric refraction at sunrise and sunset [°], in [0, 2].</param>
    /// <returns>Zenith, apparent zenith, azimuth and cos(apparent zenith) for every interval midpoint.</returns>
    /// <exception cref="InvalidInputException">A parameter or a field of the site is outside its range.</exception>
    public static SunPath For(SolarEphemeris ephemeris, Site site, double pressureHpa = 1013.25, double temperatureC = 12,
        double refractionDeg = SolarPositionAlgorithm.DefaultRefractionDeg)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);
        ArgumentNullException.ThrowIfNull(site);
        site.Validated();
        Guard.InRange(pressureHpa, 0, 1200, "pressure [hPa]");
        Guard.InRange(temperatureC, -90, 70, "temperature [°C]");
        Guard.InRange(refractionDeg, 0, 2, "refraction at sunrise [°]");

        var path = new SunPath(ephemeris, site, pressureHpa, temperatureC, refractionDeg);
        path.Compute();
        return path;
    }

    private void Compute()
    {
        var (sinLat, cosLat) = Math.SinCos(Site.LatitudeDeg * DegToRad);
        var (sinLon, cosLon) = Math.SinCos(Site.LongitudeDeg * DegToRad);
        var (x, y) = SpaEquations.ObserverTerms(Site.LatitudeDeg, Site.ElevationM);
        var refractionFactor = SpaEquations.RefractionFactor(PressureHpa, TemperatureC);
        var refractionThresholdDeg = -(SpaEquations.SunRadiusDeg + RefractionDeg);

        ReadOnlySpan<double> sinG = Ephemeris.SinGreenwichHourAngle;
        ReadOnlySpan<double> cosG = Ephemeris.CosGreenwichHourAngle;
        ReadOnlySpan<double> sinDec = Ephemeris.SinDeclination;
        ReadOnlySpan<double> cosDec = Ephemeris.CosDeclination;
        ReadOnlySpan<double> sinXi = Ephemeris.SinParallax;
        var zenith = ZenithDeg.AsSpan();
        var apparentZenith = ApparentZenithDeg.AsSpan();
        var azimuth = AzimuthDeg.AsSpan();
        var cosZenith = CosZenith.AsSpan();

        for (var i = 0; i < zenith.Length; i++)
        {
            // local hour angle H = g + σ by the angle-addition formulas
            var sinH = sinG[i] * cosLon + cosG[i] * sinLon;
            var cosH = cosG[i] * cosLon - sinG[i] * sinLon;

            // topocentric direction (parallax, eqs. 37–40): equatorial components A, B (west), C
            var a = cosDec[i] * cosH - x * sinXi[i];
            var b = cosDec[i] * sinH;
            var c = sinDec[i] - y * sinXi[i];

            // horizon frame: up, north, west (= b)
            var up = c * sinLat + a * cosLat;
            var north = c * cosLat - a * sinLat;
            var horizontal = Math.Sqrt(north * north + b * b);
            var length = Math.Sqrt(up * up + horizontal * horizontal);

            var e0Deg = Math.Atan2(up, horizontal) * RadToDeg;
            var azimuthDeg = Math.Atan2(-b, north) * RadToDeg;
            azimuth[i] = azimuthDeg < 0 ? azimuthDeg + 360.0 : azimuthDeg;
            zenith[i] = 90.0 - e0Deg;

            if (e0Deg < refractionThresholdDeg)
            {
                apparentZenith[i] = 90.0 - e0Deg;
                cosZenith[i] = up / length;
                continue;
            }

            // refraction (eq. 42); sin(e₀ + Δe) by angle addition with short series in the small angle Δe
            var deltaEDeg = refractionFactor / Math.Tan((e0Deg + 10.3 / (e0Deg + 5.11)) * DegToRad);
            var d = deltaEDeg * DegToRad;
            var d2 = d * d;
            var sinD = d * (1.0 - d2 / 6.0 * (1.0 - d2 / 20.0));
            var cosD = 1.0 - d2 / 2.0 * (1.0 - d2 / 12.0);
            apparentZenith[i] = 90.0 - (e0Deg + deltaEDeg);
            cosZenith[i] = (up * cosD + horizontal * sinD) / length;
        }
    }
}
