namespace MineRose.Core.Solar;

/// <summary>Angle of incidence of the sun's beam on a tilted plane.</summary>
/// <remarks>Azimuths are measured clockwise from north: 0 = north, 90 = east, 180 = south, 270 = west.</remarks>
public static class Incidence
{
    /// <summary>Cosine of the angle between the sun's rays and the normal of a plane [24].</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth γ the surface faces, clockwise from north [°], in [−360, 360].</param>
    /// <param name="sunZenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth γₛ, clockwise from north [°], in [−360, 360].</param>
    /// <returns>cos θ [-] in [−1, 1]; negative when the sun is behind the plane.</returns>
    /// <remarks>cos θ = cos z·cos β + sin z·sin β·cos(γₛ − γ) [24, §1.6], clipped to [−1, 1] against rounding.</remarks>
    public static double CosAngleOfIncidence(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg)
    {
        Guard.InRange(surfaceTiltDeg, 0, 180, "surface tilt");
        Guard.InRange(surfaceAzimuthDeg, -360, 360, "surface azimuth");
        Guard.InRange(sunZenithDeg, 0, 180, "solar zenith");
        Guard.InRange(sunAzimuthDeg, -360, 360, "solar azimuth");
        var (sinZenith, cosZenith) = Math.SinCos(sunZenithDeg * DegToRad);
        var (sinTilt, cosTilt) = Math.SinCos(surfaceTiltDeg * DegToRad);
        return CosAoiFromTrig(cosZenith, sinZenith, cosTilt, sinTilt, (sunAzimuthDeg - surfaceAzimuthDeg) * DegToRad);
    }

    /// <summary>Angle between the sun's rays and the normal of a plane.</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth γ the surface faces, clockwise from north [°], in [−360, 360].</param>
    /// <param name="sunZenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth γₛ, clockwise from north [°], in [−360, 360].</param>
    /// <returns>Angle of incidence θ [°] in [0, 180]; above 90° the sun is behind the plane.</returns>
    public static double AngleOfIncidenceDeg(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg) =>
        Math.Acos(CosAngleOfIncidence(surfaceTiltDeg, surfaceAzimuthDeg, sunZenithDeg, sunAzimuthDeg)) / DegToRad;

    /// <summary>cos θ from precomputed sines and cosines, without guards (callers have checked the angles).</summary>
    internal static double CosAoiFromTrig(double cosZenith, double sinZenith, double cosTilt, double sinTilt, double azimuthDifferenceRad) =>
        Math.Clamp(cosZenith * cosTilt + sinZenith * sinTilt * Math.Cos(azimuthDifferenceRad), -1.0, 1.0);

    private const double DegToRad = Math.PI / 180.0;
}
