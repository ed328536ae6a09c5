namespace MineRose.Core.Solar;

/// <summary>Transposition models: irradiance on a tilted plane from the horizontal components.</summary>
/// <remarks>
/// Angles: tilt β from horizontal, azimuths clockwise from north (see <see cref="Incidence"/>). Every sky-diffuse model
/// returns zero when DHI is zero, and on a horizontal plane returns DHI (Perez for z ≤ 85°, Hay–Davies for z ≤ 89°, where
/// their cos z floors do not act).
/// </remarks>
public static class Transposition
{
    /// <summary>Sky diffuse irradiance on a tilted plane under a uniform (isotropic) sky, Liu and Jordan [23].</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²], ≥ 0.</param>
    /// <returns>Plane-of-array sky diffuse irradiance = DHI·(1 + cos β)/2 [W/m²].</returns>
    public static double Isotropic(double surfaceTiltDeg, double dhiWm2)
    {
        Guard.InRange(surfaceTiltDeg, 0, 180, "surface tilt");
        Guard.NonNegative(dhiWm2, "DHI");
        return IsotropicCore(dhiWm2, Math.Cos(surfaceTiltDeg * DegToRad));
    }

    /// <summary>Sky diffuse irradiance on a tilted plane by the Hay and Davies (1980) model [22].</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth the surface faces, clockwise from north [°], in [−360, 360].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²], in [1000, 1600].</param>
    /// <param name="sunZenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°], in [−360, 360].</param>
    /// <returns>Plane-of-array sky diffuse irradiance [W/m²].</returns>
    /// <remarks>
    /// A_i = DNI/I₀ (anisotropy index); R_b = max(cos θ, 0)/max(cos z, 0.01745);
    /// E_sky = max(DHI·(1 − A_i)·(1 + cos β)/2, 0) + max(DHI·A_i·R_b, 0) [22]; the cos z floor (≈89°) follows pvlib [28].
    /// </remarks>
    public static double HayDavies(
        double surfaceTiltDeg, double surfaceAzimuthDeg, double dhiWm2, double dniWm2, double dniExtraWm2,
        double sunZenithDeg, double sunAzimuthDeg)
    {
        GuardGeometry(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        GuardBeamAndDiffuse(dhiWm2, dniWm2, dniExtraWm2);
        if (dhiWm2 == 0)
            return 0.0;
        var g = IncidenceGeometry.Of(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        return HayDaviesCore(dhiWm2, dniWm2, dniExtraWm2, g);
    }

    /// <summary>Sky diffuse irradiance on a tilted plane by the Perez et al. (1990) model [21], 'allsitescomposite1990' coefficients.</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth the surface faces, clockwise from north [°], in [−360, 360].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²], in [1000, 1600].</param>
    /// <param name="sunZenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°], in [−360, 360].</param>
    /// <param name="relativeAirMass">Relative (not pressure-corrected) air mass m [-], e.g. <see cref="AirMass.RelativeKastenYoung"/>; NaN means the sun is down.</param>
    /// <returns>Plane-of-array sky diffuse irradiance [W/m²].</returns>
    /// <remarks>
    /// Sky clearness ε = ((DHI + DNI)/DHI + κ·z³)/(1 + κ·z³), κ = 1.041, z in radians; sky brightness Δ = DHI·m/I₀.
    /// ε selects one of eight bins with lower edges 1, 1.065, 1.230, 1.500, 1.950, 2.800, 4.500, 6.200 [21, Table 1];
    /// F₁ = max(0, f₁₁ + f₁₂·Δ + f₁₃·z), F₂ = f₂₁ + f₂₂·Δ + f₂₃·z (F₂ may be negative: horizon darkening);
    /// a = max(cos θ, 0), b = max(cos z, cos 85°);
    /// E_sky = max(0, DHI·((1 − F₁)·(1 + cos β)/2 + F₁·a/b + F₂·sin β)) [21].
    /// When the air mass is NaN (sun below the horizon) the Perez coefficients are undefined and the isotropic sky is
    /// used, so twilight diffuse light is kept (pvlib [28] returns zero there).
    /// </remarks>
    public static double Perez(
        double surfaceTiltDeg, double surfaceAzimuthDeg, double dhiWm2, double dniWm2, double dniExtraWm2,
        double sunZenithDeg, double sunAzimuthDeg, double relativeAirMass)
    {
        GuardGeometry(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        GuardBeamAndDiffuse(dhiWm2, dniWm2, dniExtraWm2);
        GuardAirMass(relativeAirMass);
        if (dhiWm2 == 0)
            return 0.0;
        var g = IncidenceGeometry.Of(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        return PerezCore(dhiWm2, dniWm2, dniExtraWm2, relativeAirMass, g);
    }

    /// <summary>Irradiance reflected from a uniform, diffusely reflecting ground onto a tilted plane [23, 24].</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="albedo">Ground reflectance ρ [-], in [0, 1] (grass ≈0.2–0.25, fresh snow ≈0.8).</param>
    /// <returns>Ground-reflected irradiance on the plane = ρ·GHI·(1 − cos β)/2 [W/m²].</returns>
    public static double GroundReflectedWm2(double surfaceTiltDeg, double ghiWm2, double albedo)
    {
        Guard.InRange(surfaceTiltDeg, 0, 180, "surface tilt");
        Guard.NonNegative(ghiWm2, "GHI");
        Guard.InRange(albedo, 0, 1, "albedo");
        return GroundCore(ghiWm2, albedo, Math.Cos(surfaceTiltDeg * DegToRad));
    }

    /// <summary>All plane-of-array components: beam, sky diffuse by the chosen model, and ground-reflected.</summary>
    /// <param name="model">Sky-diffuse model.</param>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth the surface faces, clockwise from north [°], in [−360, 360].</param>
    /// <param name="sunZenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°], in [−360, 360].</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²], ≥ 0.</param>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²], in [1000, 1600] (used by Hay–Davies and Perez).</param>
    /// <param name="relativeAirMass">Relative air mass [-] (used by Perez); NaN when the sun is down.</param>
    /// <param name="albedo">Ground reflectance [-], in [0, 1].</param>
    /// <returns>Plane-of-array irradiance by component [W/m²].</returns>
    /// <remarks>E_beam = DNI·max(cos θ, 0); E_global = E_beam + E_sky + E_ground. cos θ is computed once and shared.</remarks>
    public static PlaneOfArrayIrradiance PlaneOfArray(
        SkyDiffuseModel model,
        double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg,
        double dniWm2, double ghiWm2, double dhiWm2, double dniExtraWm2, double relativeAirMass, double albedo)
    {
        if ((uint)model > (uint)SkyDiffuseModel.Perez)
            throw new InvalidInputException("sky diffuse model", model.ToString(), "Isotropic, HayDavies or Perez");
        GuardGeometry(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        GuardBeamAndDiffuse(dhiWm2, dniWm2, dniExtraWm2);
        Guard.NonNegative(ghiWm2, "GHI");
        Guard.InRange(albedo, 0, 1, "albedo");
        if (model == SkyDiffuseModel.Perez)
            GuardAirMass(relativeAirMass);
        // Night: nothing to transpose, skip the trigonometry.
        if (dhiWm2 == 0 && dniWm2 == 0 && ghiWm2 == 0)
            return default;
        var g = IncidenceGeometry.Of(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg);
        return PlaneOfArray(model, g, dniWm2, ghiWm2, dhiWm2, dniExtraWm2, relativeAirMass, albedo);
    }

    /// <summary>Plane-of-array irradiance from precomputed angles: the hot path of year-long loops (no trigonometry, no guards on angles).</summary>
    /// <param name="model">Sky-diffuse model.</param>
    /// <param name="g">Surface and sun angles of this time step.</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²], ≥ 0.</param>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²].</param>
    /// <param name="relativeAirMass">Relative air mass [-]; NaN when the sun is down.</param>
    /// <param name="albedo">Ground reflectance [-].</param>
    /// <returns>Plane-of-array irradiance by component [W/m²].</returns>
    public static PlaneOfArrayIrradiance PlaneOfArray(SkyDiffuseModel model, in IncidenceGeometry g,
        double dniWm2, double ghiWm2, double dhiWm2, double dniExtraWm2, double relativeAirMass, double albedo)
    {
        if (dhiWm2 == 0 && dniWm2 == 0 && ghiWm2 == 0)
            return default;
        double sky = model switch
        {
            SkyDiffuseModel.HayDavies => HayDaviesCore(dhiWm2, dniWm2, dniExtraWm2, g),
            SkyDiffuseModel.Perez => PerezCore(dhiWm2, dniWm2, dniExtraWm2, relativeAirMass, g),
            _ => IsotropicCore(dhiWm2, g.CosTilt),
        };
        double beam = dniWm2 * Math.Max(g.CosAoi, 0.0);
        double ground = GroundCore(ghiWm2, albedo, g.CosTilt);
        return new PlaneOfArrayIrradiance(beam + sky + ground, beam, sky, ground);
    }

    private static double IsotropicCore(double dhiWm2, double cosTilt) => dhiWm2 * 0.5 * (1.0 + cosTilt);

    private static double GroundCore(double ghiWm2, double albedo, double cosTilt) => albedo * ghiWm2 * 0.5 * (1.0 - cosTilt);

    private static double HayDaviesCore(double dhiWm2, double dniWm2, double dniExtraWm2, in IncidenceGeometry g)
    {
        if (dhiWm2 <= 0)
            return 0.0;
        double anisotropy = dniWm2 / dniExtraWm2;
        double rb = Math.Max(g.CosAoi, 0.0) / Math.Max(g.CosZenith, HayDaviesMinCosZenith);
        double isotropic = Math.Max(dhiWm2 * (1.0 - anisotropy) * 0.5 * (1.0 + g.CosTilt), 0.0);
        double circumsolar = Math.Max(dhiWm2 * anisotropy * rb, 0.0);
        return isotropic + circumsolar;
    }

    private static double PerezCore(double dhiWm2, double dniWm2, double dniExtraWm2, double relativeAirMass, in IncidenceGeometry g)
    {
        if (dhiWm2 <= 0)
            return 0.0;
        if (double.IsNaN(relativeAirMass))
            return IsotropicCore(dhiWm2, g.CosTilt);

        double z = g.ZenithRad;
        double kappaZ3 = PerezKappa * z * z * z;
        double clearness = ((dhiWm2 + dniWm2) / dhiWm2 + kappaZ3) / (1.0 + kappaZ3);
        double brightness = dhiWm2 * relativeAirMass / dniExtraWm2;
        var f = PerezCoefficients.Slice(PerezBin(clearness) * 6, 6);
        double f1 = Math.Max(0.0, f[0] + f[1] * brightness + f[2] * z);
        double f2 = f[3] + f[4] * brightness + f[5] * z;
        double a = Math.Max(g.CosAoi, 0.0);
        double b = Math.Max(g.CosZenith, PerezMinCosZenith);
        double sum = (1.0 - f1) * 0.5 * (1.0 + g.CosTilt) + f1 * a / b + f2 * g.SinTilt;
        return Math.Max(0.0, dhiWm2 * sum);
    }

    /// <summary>Zero-based sky-clearness bin of [21, Table 1].</summary>
    private static int PerezBin(double clearness) =>
        clearness < 1.065 ? 0 : clearness < 1.230 ? 1 : clearness < 1.500 ? 2 : clearness < 1.950 ? 3
        : clearness < 2.800 ? 4 : clearness < 4.500 ? 5 : clearness < 6.200 ? 6 : 7;

    /// <summary>
    /// f₁₁, f₁₂, f₁₃, f₂₁, f₂₂, f₂₃ for the eight ε bins: the "all sites composite" fit of Perez et al. (1990) [21, Table 6],
    /// named 'allsitescomposite1990' in pvlib [28].
    /// </summary>
    private static ReadOnlySpan<double> PerezCoefficients =>
    [
        //  f11      f12      f13      f21      f22      f23          ε bin
        -0.008,  0.588,  -0.062,  -0.060,  0.072,  -0.022,   // 1: 1.000–1.065 (overcast)
         0.130,  0.683,  -0.151,  -0.019,  0.066,  -0.029,   // 2: 1.065–1.230
         0.330,  0.487,  -0.221,   0.055, -0.064,  -0.026,   // 3: 1.230–1.500
         0.568,  0.187,  -0.295,   0.109, -0.152,  -0.014,   // 4: 1.500–1.950
         0.873, -0.392,  -0.362,   0.226, -0.462,   0.001,   // 5: 1.950–2.800
         1.132, -1.237,  -0.412,   0.288, -0.823,   0.056,   // 6: 2.800–4.500
         1.060, -1.600,  -0.359,   0.264, -1.127,   0.131,   // 7: 4.500–6.200
         0.678, -0.327,  -0.250,   0.156, -1.377,   0.251,   // 8: ≥ 6.200 (clear)
    ];

    private static void GuardGeometry(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg)
    {
        Guard.InRange(surfaceTiltDeg, 0, 180, "surface tilt");
        Guard.InRange(surfaceAzimuthDeg, -360, 360, "surface azimuth");
        Guard.InRange(sunZenithDeg, 0, 180, "solar zenith");
        Guard.InRange(sunAzimuthDeg, -360, 360, "solar azimuth");
    }

    private static void GuardBeamAndDiffuse(double dhiWm2, double dniWm2, double dniExtraWm2)
    {
        Guard.NonNegative(dhiWm2, "DHI");
        Guard.NonNegative(dniWm2, "DNI");
        Guard.InRange(dniExtraWm2, 1000, 1600, "extraterrestrial normal irradiance");
    }

    private static void GuardAirMass(double relativeAirMass)
    {
        if (!double.IsNaN(relativeAirMass))
            Guard.InRange(relativeAirMass, 0.5, 50, "relative air mass");
    }

    private const double PerezKappa = 1.041;
    private const double DegToRad = Math.PI / 180.0;
    private static readonly double PerezMinCosZenith = Math.Cos(85.0 * DegToRad);
    private const double HayDaviesMinCosZenith = 0.01745;
}
