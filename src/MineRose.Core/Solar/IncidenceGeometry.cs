namespace MineRose.Core.Solar;

/// <summary>The angles between a tilted surface and the sun that one time step of a transposition needs, computed once.</summary>
/// <remarks>Build it with <see cref="Of"/> from degrees, or with <see cref="FromTrig"/> in a year-long loop where the
/// surface's sine and cosine are fixed and the sun's cosines come from the sun path.</remarks>
public readonly struct IncidenceGeometry
{
    private const double DegToRad = Math.PI / 180.0;

    private IncidenceGeometry(double cosTilt, double sinTilt, double zenithRad, double cosZenith, double cosAoi)
    {
        CosTilt = cosTilt;
        SinTilt = sinTilt;
        ZenithRad = zenithRad;
        CosZenith = cosZenith;
        CosAoi = cosAoi;
    }

    /// <summary>Cosine of the surface tilt [—].</summary>
    public double CosTilt { get; }

    /// <summary>Sine of the surface tilt [—].</summary>
    public double SinTilt { get; }

    /// <summary>Solar zenith angle [rad].</summary>
    public double ZenithRad { get; }

    /// <summary>Cosine of the solar zenith angle [—].</summary>
    public double CosZenith { get; }

    /// <summary>Cosine of the angle of incidence of the beam on the surface [—]; negative when the sun is behind it.</summary>
    public double CosAoi { get; }

    /// <summary>The angles from degrees (azimuths clockwise from north).</summary>
    /// <param name="surfaceTiltDeg">Surface tilt from horizontal [°].</param>
    /// <param name="surfaceAzimuthDeg">Surface azimuth [°].</param>
    /// <param name="sunZenithDeg">Solar zenith [°].</param>
    /// <param name="sunAzimuthDeg">Solar azimuth [°].</param>
    public static IncidenceGeometry Of(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg)
    {
        var (sinTilt, cosTilt) = Math.SinCos(surfaceTiltDeg * DegToRad);
        double zenithRad = sunZenithDeg * DegToRad;
        var (sinZenith, cosZenith) = Math.SinCos(zenithRad);
        double cosAoi = Incidence.CosAoiFromTrig(cosZenith, sinZenith, cosTilt, sinTilt, (sunAzimuthDeg - surfaceAzimuthDeg) * DegToRad);
        return new IncidenceGeometry(cosTilt, sinTilt, zenithRad, cosZenith, cosAoi);
    }

    /// <summary>The angles from sines and cosines already known: no trigonometric call.</summary>
    /// <param name="cosTilt">Cosine of the surface tilt [—].</param>
    /// <param name="sinTilt">Sine of the surface tilt [—].</param>
    /// <param name="zenithRad">Solar zenith [rad].</param>
    /// <param name="cosZenith">Cosine of the solar zenith [—].</param>
    /// <param name="cosAoi">Cosine of the angle of incidence [—].</param>
    public static IncidenceGeometry FromTrig(double cosTilt, double sinTilt, double zenithRad, double cosZenith, double cosAoi) =>
        new(cosTilt, sinTilt, zenithRad, cosZenith, cosAoi);
}
