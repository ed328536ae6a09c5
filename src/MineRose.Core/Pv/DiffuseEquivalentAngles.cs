namespace MineRose.Core.Pv;

/// <summary>
/// Effective beam angles of incidence for isotropic sky and ground diffuse light on a tilted plane, after Brandemuehl and
/// Beckman (1980) as given by Duffie and Beckman [24, §5.4]: evaluate an IAM at these angles to weight diffuse light.
/// </summary>
public static class DiffuseEquivalentAngles
{
    /// <summary>Effective angle of incidence of isotropic sky diffuse light.</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 90] (the range of the fit).</param>
    /// <returns>θ_e,sky = 59.7 − 0.1388·β + 0.001497·β² [°] [24, §5.4].</returns>
    public static double SkyDeg(double surfaceTiltDeg)
    {
        Guard.InRange(surfaceTiltDeg, 0, 90, "surface tilt");
        return 59.7 + surfaceTiltDeg * (-0.1388 + 0.001497 * surfaceTiltDeg);
    }

    /// <summary>Effective angle of incidence of ground-reflected diffuse light.</summary>
    /// <param name="surfaceTiltDeg">Surface tilt β from horizontal [°], in [0, 90] (the range of the fit).</param>
    /// <returns>θ_e,ground = 90 − 0.5788·β + 0.002693·β² [°] [24, §5.4].</returns>
    public static double GroundDeg(double surfaceTiltDeg)
    {
        Guard.InRange(surfaceTiltDeg, 0, 90, "surface tilt");
        return 90.0 + surfaceTiltDeg * (-0.5788 + 0.002693 * surfaceTiltDeg);
    }
}
