using System.Runtime.CompilerServices;

namespace MineRose.Core.Pv;

/// <summary>Light reaching the ground between and under infinite rows of modules, averaged over one row pitch [57], [59], [61].</summary>
/// <remarks>
/// <para>Beam: a row of slant width w casts on level ground, per unit length of row, a shadow of width
/// w·|cos θ|/cos z, θ being the angle of incidence on the row and z the solar zenith; over one pitch p = w/GCR the
/// shaded fraction is f_sh = min(1, GCR·|cos θ|/cos z) (shadows of neighbouring rows overlap beyond 1) [57], [59].
/// This is energy conservation: the rows intercept DNI·GCR·|cos θ| per unit ground area of the DNI·cos z falling on it.
/// Ground beam = DNI·cos z·(1 − (1 − τ)·f_sh), τ = <see cref="ArrayGeometry.RowTransmittance"/>.</para>
/// <para>Diffuse: isotropic sky; ground diffuse = DHI·(F_sky + τ·(1 − F_sky)), F_sky the pitch-averaged ground-to-sky view
/// factor of <see cref="GroundViewFactors"/>. Rows are opaque unless τ &gt; 0, and transmitted light keeps its direction.
/// Circumsolar and horizon brightening are treated as isotropic, which overstates ground diffuse slightly on clear days
/// when the circumsolar region is behind a row.</para>
/// <para>Open field: GHI = DNI·cos z + DHI, the light the same ground would get without the array; the ratio is the
/// shading the crop sees, the quantity agrivoltaic studies trade against electricity (land equivalent ratio) [61].</para>
/// </remarks>
public static class AgrivoltaicLight
{
    private const double DegToRad = Math.PI / 180.0;

    /// <summary>Ground light for one time step, from the sun's position: two sine-cosine pairs by day, none at night [57], [59].</summary>
    /// <param name="viewFactors">View factors of the array geometry, created once with <see cref="GroundViewFactors.For"/>.</param>
    /// <param name="sunZenithDeg">Solar zenith angle [°]; at or below the horizon (≥ 90°) there is no beam.</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°].</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²].</param>
    /// <returns>Pitch-averaged ground light.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GroundLight GroundIrradiance(GroundViewFactors viewFactors, double sunZenithDeg, double sunAzimuthDeg,
        double dniWm2, double dhiWm2)
    {
        ArgumentNullException.ThrowIfNull(viewFactors);
        // Sun down: no beam, and the azimuth does not matter (half the hours of a year skip the trigonometry).
        if (sunZenithDeg >= 90) return GroundIrradianceFromCosines(viewFactors, 0.0, 0.0, dniWm2, dhiWm2);
        (double sinZenith, double cosZenith) = Math.SinCos(sunZenithDeg * DegToRad);
        (double sinAzimuth, double cosAzimuth) = Math.SinCos(sunAzimuthDeg * DegToRad);
        // cos(γ_sun − γ_array) expanded, so the array's azimuth enters through precomputed sine and cosine.
        double cosAzimuthDifference = cosAzimuth * viewFactors.CosAzimuth + sinAzimuth * viewFactors.SinAzimuth;
        double cosIncidence = viewFactors.CosTilt * cosZenith + viewFactors.SinTilt * sinZenith * cosAzimuthDifference;
        return GroundIrradianceFromCosines(viewFactors, cosZenith, cosIncidence, dniWm2, dhiWm2);
    }

    /// <summary>Ground light for one time step, from cosines the PV chain has already computed: a few flops [57], [59].</summary>
    /// <param name="viewFactors">View factors of the array geometry.</param>
    /// <param name="cosZenith">Cosine of the solar zenith angle [—]; ≤ 0 means no beam.</param>
    /// <param name="cosIncidence">Cosine of the angle of incidence of the beam on the module front [—]; negative when the sun is behind the modules.</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²].</param>
    /// <returns>Pitch-averaged ground light.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GroundLight GroundIrradianceFromCosines(GroundViewFactors viewFactors, double cosZenith, double cosIncidence,
        double dniWm2, double dhiWm2)
    {
        ArgumentNullException.ThrowIfNull(viewFactors);
        // Comparisons, not Math.Max, so that a NaN input stays visible in the output.
        double cosZ = cosZenith < 0 ? 0.0 : cosZenith;
        // Beam intercepted by the rows per unit ground area, as a fraction of DNI: GCR·|cos θ|, at most cos z.
        double intercepted = viewFactors.GroundCoverageRatio * Math.Abs(cosIncidence);
        if (intercepted > cosZ) intercepted = cosZ;
        double beamWm2 = dniWm2 * (cosZ - (1.0 - viewFactors.RowTransmittance) * intercepted);
        double diffuseWm2 = dhiWm2 * viewFactors.SkyDiffuseReachingGroundFraction;
        double globalWm2 = beamWm2 + diffuseWm2;
        double openFieldWm2 = dniWm2 * cosZ + dhiWm2;
        double fraction = openFieldWm2 > 0 ? globalWm2 / openFieldWm2 : 0.0;
        return new GroundLight(globalWm2, beamWm2, diffuseWm2, fraction);
    }

    /// <summary>Ground light for one time step, computing the view factors of <paramref name="geometry"/> first.</summary>
    /// <remarks>Convenient for a single call; the view factors cost thousands of flops, so loops over hours should create
    /// <see cref="GroundViewFactors"/> once and call the other overload.</remarks>
    /// <param name="geometry">The row geometry.</param>
    /// <param name="sunZenithDeg">Solar zenith angle [°].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°].</param>
    /// <param name="dniWm2">Direct normal irradiance [W/m²].</param>
    /// <param name="dhiWm2">Diffuse horizontal irradiance [W/m²].</param>
    /// <returns>Pitch-averaged ground light.</returns>
    /// <exception cref="InvalidInputException">When a field of the geometry is out of range.</exception>
    public static GroundLight GroundIrradiance(ArrayGeometry geometry, double sunZenithDeg, double sunAzimuthDeg,
        double dniWm2, double dhiWm2) =>
        GroundIrradiance(GroundViewFactors.For(geometry), sunZenithDeg, sunAzimuthDeg, dniWm2, dhiWm2);

    /// <summary>Fraction of the ground, over one pitch, outside the rows' shadows: 1 − min(1, GCR·|cos θ|/cos z) [—] [57], [59].</summary>
    /// <param name="viewFactors">View factors of the array geometry.</param>
    /// <param name="sunZenithDeg">Solar zenith angle [°]; 0 is returned with the sun at or below the horizon.</param>
    /// <param name="sunAzimuthDeg">Solar azimuth, clockwise from north [°].</param>
    /// <returns>Unshaded fraction in [0, 1] [—].</returns>
    public static double UnshadedGroundFraction(GroundViewFactors viewFactors, double sunZenithDeg, double sunAzimuthDeg)
    {
        ArgumentNullException.ThrowIfNull(viewFactors);
        (double sinZenith, double cosZenith) = Math.SinCos(sunZenithDeg * DegToRad);
        if (!(cosZenith > 0)) return 0.0;
        (double sinAzimuth, double cosAzimuth) = Math.SinCos(sunAzimuthDeg * DegToRad);
        double cosAzimuthDifference = cosAzimuth * viewFactors.CosAzimuth + sinAzimuth * viewFactors.SinAzimuth;
        double cosIncidence = viewFactors.CosTilt * cosZenith + viewFactors.SinTilt * sinZenith * cosAzimuthDifference;
        return 1.0 - Math.Min(1.0, viewFactors.GroundCoverageRatio * Math.Abs(cosIncidence) / cosZenith);
    }
}
