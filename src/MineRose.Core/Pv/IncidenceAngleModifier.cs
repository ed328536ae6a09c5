namespace MineRose.Core.Pv;

/// <summary>Incidence angle modifiers: the fraction of plane-of-array light that the module's cover transmits, relative to normal incidence.</summary>
/// <remarks>Both models are 1 at normal incidence and 0 at and beyond 90°; use <see cref="DiffuseEquivalentAngles"/> for diffuse light.</remarks>
public static class IncidenceAngleModifier
{
    /// <summary>Physical IAM of a glass cover: Fresnel reflection of unpolarised light plus Bouguer absorption, De Soto et al. (2006) [25].</summary>
    /// <param name="aoiDeg">Angle of incidence θ [°], in [0, 180].</param>
    /// <param name="refractiveIndex">Refractive index of the cover n [-], in [1, 3]; 1.526 for glass [25].</param>
    /// <param name="extinctionPerM">Extinction coefficient of the cover K [1/m], in [0, 1000]; 4 for water-white glass [25].</param>
    /// <param name="glazingThicknessM">Cover thickness L [m], in [0, 0.1]; 2 mm [25].</param>
    /// <returns>IAM [-] in [0, 1].</returns>
    /// <remarks>
    /// Snell: sin θᵣ = sin θ / n. Fresnel reflectances r_s = ((cos θ − n cos θᵣ)/(cos θ + n cos θᵣ))²,
    /// r_p = ((cos θᵣ − n cos θ)/(cos θᵣ + n cos θ))²; τ(θ) = (1 − (r_s + r_p)/2)·exp(−K·L/cos θᵣ);
    /// τ(0) = (1 − ((n − 1)/(n + 1))²)·exp(−K·L); IAM = τ(θ)/τ(0) [25; 24, ch. 5]. Averaging the two polarisations'
    /// transmittances (as pvlib [28]) equals De Soto's ½(sin²(θᵣ−θ)/sin²(θᵣ+θ) + tan²(θᵣ−θ)/tan²(θᵣ+θ)) form, without its 0/0 at θ = 0.
    /// </remarks>
    public static double Physical(double aoiDeg, double refractiveIndex = 1.526, double extinctionPerM = 4, double glazingThicknessM = 0.002)
    {
        Guard.InRange(aoiDeg, 0, 180, "angle of incidence");
        Guard.InRange(refractiveIndex, 1, 3, "refractive index");
        Guard.InRange(extinctionPerM, 0, 1000, "glazing extinction coefficient");
        Guard.InRange(glazingThicknessM, 0, 0.1, "glazing thickness");
        if (aoiDeg >= 90)
            return 0.0;
        var (sinTheta, cosTheta) = Math.SinCos(aoiDeg * DegToRad);
        double n = refractiveIndex;
        double sinRefracted = sinTheta / n;
        double cosRefracted = Math.Sqrt(1.0 - sinRefracted * sinRefracted);
        double rs = Square((cosTheta - n * cosRefracted) / (cosTheta + n * cosRefracted));
        double rp = Square((cosRefracted - n * cosTheta) / (cosRefracted + n * cosTheta));
        double absorptionPath = extinctionPerM * glazingThicknessM;
        double tau = (1.0 - 0.5 * (rs + rp)) * Math.Exp(-absorptionPath / cosRefracted);
        double tauNormal = (1.0 - Square((n - 1.0) / (n + 1.0))) * Math.Exp(-absorptionPath);
        return Math.Clamp(tau / tauNormal, 0.0, 1.0);
    }

    /// <summary>ASHRAE IAM of Souka and Safwat (1966) [26].</summary>
    /// <param name="aoiDeg">Angle of incidence θ [°], in [0, 180].</param>
    /// <param name="b0">Incidence angle modifier coefficient b₀ [-], in [0, 1]; 0.05 is the usual value for glass.</param>
    /// <returns>IAM = max(0, 1 − b₀·(1/cos θ − 1)) [-] for θ &lt; 90°, else 0 [26].</returns>
    public static double Ashrae(double aoiDeg, double b0 = 0.05)
    {
        Guard.InRange(aoiDeg, 0, 180, "angle of incidence");
        Guard.InRange(b0, 0, 1, "ASHRAE b0");
        if (aoiDeg >= 90)
            return 0.0;
        return Math.Max(0.0, 1.0 - b0 * (1.0 / Math.Cos(aoiDeg * DegToRad) - 1.0));
    }

    private static double Square(double x) => x * x;

    private const double DegToRad = Math.PI / 180.0;
}
