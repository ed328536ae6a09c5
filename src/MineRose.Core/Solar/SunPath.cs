using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// (eq. 41) and Φ = atan2(−W, N) reduced to [0, 360) (eqs. 45–46). Refraction is eq. 42 with its tangent
/// expanded by the addition formula, so that it needs no trigonometric call either.</para>
/// <para>Four instants are computed per vector instruction (System.Runtime.Intrinsics.Vector256) with a
/// polynomial atan2 accurate to 10⁻¹⁵ rad; the only allocations are the result arrays. The results agree with
/// <see cref="SolarPositionAlgorithm.Spa"/> within 10⁻⁶° (tested over a year at three latitudes and as a
/// property anywhere on Earth).</para>
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
        // every element is written by Compute, so the arrays need not be zeroed first
        var n = ephemeris.Grid.Count;
        ZenithDeg = GC.AllocateUninitializedArray<double>(n);
        ApparentZenithDeg = GC.AllocateUninitializedArray<double>(n);
        AzimuthDeg = GC.AllocateUninitializedArray<double>(n);
        CosZenith = GC.AllocateUninitializedArray<double>(n);
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
        var site = new SiteTerms(Site, PressureHpa, TemperatureC, RefractionDeg);
        var e = Ephemeris;
        var n = ZenithDeg.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var sinG = ref MemoryMarshal.GetArrayDataReference(e.SinGreenwichHourAngle);
            ref var cosG = ref MemoryMarshal.GetArrayDataReference(e.CosGreenwichHourAngle);
            ref var sinDec = ref MemoryMarshal.GetArrayDataReference(e.SinDeclination);
            ref var cosDec = ref MemoryMarshal.GetArrayDataReference(e.CosDeclination);
            ref var sinXi = ref MemoryMarshal.GetArrayDataReference(e.SinParallax);
            ref var zenith = ref MemoryMarshal.GetArrayDataReference(ZenithDeg);
            ref var apparentZenith = ref MemoryMarshal.GetArrayDataReference(ApparentZenithDeg);
            ref var azimuth = ref MemoryMarshal.GetArrayDataReference(AzimuthDeg);
            ref var cosZenith = ref MemoryMarshal.GetArrayDataReference(CosZenith);
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var offset = (nuint)i;
                var (z, za, az, cz) = Step(site,
                    Vector256.LoadUnsafe(ref sinG, offset), Vector256.LoadUnsafe(ref cosG, offset),
                    Vector256.LoadUnsafe(ref sinDec, offset), Vector256.LoadUnsafe(ref cosDec, offset),
                    Vector256.LoadUnsafe(ref sinXi, offset));
                z.StoreUnsafe(ref zenith, offset);
                za.StoreUnsafe(ref apparentZenith, offset);
                az.StoreUnsafe(ref azimuth, offset);
                cz.StoreUnsafe(ref cosZenith, offset);
            }
        }
        for (; i < n; i++)
        {
            var (z, za, az, cz) = Step(site,
                Vector256.Create(e.SinGreenwichHourAngle[i]), Vector256.Create(e.CosGreenwichHourAngle[i]),
                Vector256.Create(e.SinDeclination[i]), Vector256.Create(e.CosDeclination[i]),
                Vector256.Create(e.SinParallax[i]));
            ZenithDeg[i] = z.GetElement(0);
            ApparentZenithDeg[i] = za.GetElement(0);
            AzimuthDeg[i] = az.GetElement(0);
            CosZenith[i] = cz.GetElement(0);
        }
    }

    /// <summary>The topocentric step for four instants at once (the same arithmetic in every lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> Zenith, Vector256<double> ApparentZenith, Vector256<double> Azimuth, Vector256<double> CosZenith) Step(
        in SiteTerms site, Vector256<double> sinG, Vector256<double> cosG, Vector256<double> sinDec, Vector256<double> cosDec,
        Vector256<double> sinXi)
    {
        // local hour angle H = g + σ by the angle-addition formulas
        var sinH = sinG * site.CosLon + cosG * site.SinLon;
        var cosH = cosG * site.CosLon - sinG * site.SinLon;

        // topocentric direction (parallax, eqs. 37–40): equatorial components A, B (west), C
        var a = cosDec * cosH - site.X * sinXi;
        var b = cosDec * sinH;
        var c = sinDec - site.Y * sinXi;

        // horizon frame: up, north, west (= b)
        var up = c * site.SinLat + a * site.CosLat;
        var north = c * site.CosLat - a * site.SinLat;
        var horizontal = Vector256.Sqrt(north * north + b * b);
        var length = Vector256.Sqrt(up * up + horizontal * horizontal);

        var e0Deg = SpaFastMath.Atan2(up, horizontal) * RadToDeg;
        var azimuthDeg = SpaFastMath.Atan2(-b, north) * RadToDeg;
        azimuthDeg = Vector256.ConditionalSelect(Vector256.LessThan(azimuthDeg, Vector256<double>.Zero), azimuthDeg + Vector256.Create(360.0), azimuthDeg);
        // a tiny negative angle plus 360 can round to 360 itself
        azimuthDeg = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(azimuthDeg, Vector256.Create(360.0)), Vector256<double>.Zero, azimuthDeg);

        // refraction (eq. 42): Δe = k / tan(e₀ + c) with c = 10.3/(e₀ + 5.11) degrees; by the addition formula
        // 1/tan(e₀ + c) = (cos e₀ − sin e₀ tan c)/(sin e₀ + cos e₀ tan c), and cos e₀ : sin e₀ = horizontal : up.
        // Zero below the threshold, where the whole disc is below the horizon.
        var tanC = SpaFastMath.TanSmall(Vector256.Create(10.3 * DegToRad) / (e0Deg + Vector256.Create(5.11)));
        var deltaEDeg = site.RefractionFactor * (horizontal - up * tanC) / (up + horizontal * tanC);
        deltaEDeg = Vector256.ConditionalSelect(Vector256.LessThan(e0Deg, site.RefractionThresholdDeg), Vector256<double>.Zero, deltaEDeg);

        // cos θ = sin(e₀ + Δe) by angle addition, with short series in the small angle Δe (|Δe| < 0.03 rad)
        var d = deltaEDeg * DegToRad;
        var d2 = d * d;
        var sinD = d * (Vector256<double>.One - d2 * (1.0 / 6) * (Vector256<double>.One - d2 * (1.0 / 20)));
        var cosD = Vector256<double>.One - d2 * 0.5 * (Vector256<double>.One - d2 * (1.0 / 12));
        var ninety = Vector256.Create(90.0);
        return (ninety - e0Deg, ninety - (e0Deg + deltaEDeg), azimuthDeg, (up * cosD + horizontal * sinD) / length);
    }

    /// <summary>Everything the per-instant step needs from the site, broadcast to vector lanes.</summary>
    private readonly struct SiteTerms
    {
        public SiteTerms(Site site, double pressureHpa, double temperatureC, double refractionDeg)
        {
            var (sinLat, cosLat) = Math.SinCos(site.LatitudeDeg * DegToRad);
            var (sinLon, cosLon) = Math.SinCos(site.LongitudeDeg * DegToRad);
            var (x, y) = SpaEquations.ObserverTerms(site.LatitudeDeg, site.ElevationM);
            SinLat = Vector256.Create(sinLat);
            CosLat = Vector256.Create(cosLat);
            SinLon = Vector256.Create(sinLon);
            CosLon = Vector256.Create(cosLon);
            X = Vector256.Create(x);
            Y = Vector256.Create(y);
            RefractionFactor = Vector256.Create(SpaEquations.RefractionFactor(pressureHpa, temperatureC));
            RefractionThresholdDeg = Vector256.Create(-(SpaEquations.SunRadiusDeg + refractionDeg));
        }

        public Vector256<double> SinLat { get; }
        public Vector256<double> CosLat { get; }
        public Vector256<double> SinLon { get; }
        public Vector256<double> CosLon { get; }
        public Vector256<double> X { get; }
        public Vector256<double> Y { get; }
        public Vector256<double> RefractionFactor { get; }
        public Vector256<double> RefractionThresholdDeg { get; }
    }
}
