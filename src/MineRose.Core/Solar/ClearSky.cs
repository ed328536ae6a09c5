namespace MineRose.Core.Solar;

/// <summary>Clear-sky irradiance models: the irradiance a cloudless sky would deliver.</summary>
public static class ClearSky
{
    /// <summary>
    /// Provisional Linke turbidity T_L(AM2) [-] for the Dakuishan area (hazy North China Plain), one value for the whole year.
    /// </summary>
    /// <remarks>
    /// The worldwide climatology of Remund et al. [29] gives T_L ≈ 4–6 over eastern China; clear-sky measurements at
    /// Wuhan give annual means of 3–7 with 78 % of values in 3.3–7.7, highest in spring and summer [27]. 4.5 is the
    /// middle of that range. It was not read from the climatology at the site itself: keep it configurable, and prefer
    /// a site-specific monthly value when one is available.
    /// </remarks>
    public const double DakuishanLinkeTurbidity = 4.5;

    /// <summary>Clear-sky GHI, DNI and DHI of Ineichen and Perez (2002) [14, 15], as pvlib's ineichen [28].</summary>
    /// <param name="apparentZenithDeg">Refraction-corrected solar zenith angle z [°], in [0, 180].</param>
    /// <param name="absoluteAirMass">Pressure-corrected air mass AM [-] (e.g. <see cref="AirMass.Absolute"/> of Kasten–Young); NaN means the sun is down.</param>
    /// <param name="linkeTurbidity">Linke turbidity factor T_L at air mass 2 [-], in [1, 10].</param>
    /// <param name="elevationM">Site elevation h [m], in [−500, 9000].</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²], in [1000, 1600].</param>
    /// <param name="perezEnhancement">Apply the factor exp(0.01·AM^1.8) to GHI from [15] (pvlib's perez_enhancement, off by default there too).</param>
    /// <returns>The clear-sky components [W/m²]; all zero when the sun is at or below the horizon.</returns>
    /// <remarks>
    /// f_h1 = exp(−h/8000), f_h2 = exp(−h/1250), c_g1 = 5.09e-5·h + 0.868, c_g2 = 3.92e-5·h + 0.0387;
    /// GHI = c_g1·I₀·cos z·exp(−c_g2·AM·(f_h1 + f_h2·(T_L − 1)))  [·exp(0.01·AM^1.8)];
    /// b = 0.664 + 0.163/f_h1; DNI₁ = b·I₀·exp(−0.09·AM·(T_L − 1));
    /// DNI₂ = GHI·(1 − (0.1 − 0.2·exp(−T_L))/(0.1 + 0.882/f_h1))/cos z  (the empirical correction of [15]);
    /// DNI = min(DNI₁, DNI₂); DHI = GHI − DNI·cos z [14, 15].
    /// </remarks>
    public static ClearSkyIrradiance Ineichen(
        double apparentZenithDeg,
        double absoluteAirMass,
        double linkeTurbidity,
        double elevationM,
        double dniExtraWm2,
        bool perezEnhancement = false)
    {
        Guard.InRange(apparentZenithDeg, 0, 180, "apparent solar zenith");
        Guard.InRange(linkeTurbidity, 1, 10, "Linke turbidity");
        Guard.InRange(elevationM, -500, 9000, "elevation");
        Guard.InRange(dniExtraWm2, 1000, 1600, "extraterrestrial normal irradiance");
        double cosZenith = Math.Cos(apparentZenithDeg * DegToRad);
        if (double.IsNaN(absoluteAirMass) || cosZenith <= 0)
            return ClearSkyIrradiance.Dark;
        Guard.Positive(absoluteAirMass, "absolute air mass");

        double fh1 = Math.Exp(-elevationM / 8000.0);
        double fh2 = Math.Exp(-elevationM / 1250.0);
        double cg1 = 5.09e-5 * elevationM + 0.868;
        double cg2 = 3.92e-5 * elevationM + 0.0387;
        double ghi = cg1 * dniExtraWm2 * cosZenith
            * Math.Exp(-cg2 * absoluteAirMass * (fh1 + fh2 * (linkeTurbidity - 1.0)));
        if (perezEnhancement)
            ghi *= Math.Exp(0.01 * Math.Pow(absoluteAirMass, 1.8));

        double b = 0.664 + 0.163 / fh1;
        double dniFromTurbidity = b * dniExtraWm2 * Math.Exp(-0.09 * absoluteAirMass * (linkeTurbidity - 1.0));
        // The correction keeps the beam from exceeding what the modelled GHI allows at low sun [15].
        double beamFraction = (1.0 - (0.1 - 0.2 * Math.Exp(-linkeTurbidity)) / (0.1 + 0.882 / fh1)) / cosZenith;
        double dniFromGhi = ghi * Math.Max(beamFraction, 0.0);
        double dni = Math.Min(dniFromTurbidity, dniFromGhi);
        return new ClearSkyIrradiance(ghi, dni, ghi - dni * cosZenith);
    }

    /// <summary>Clear-sky GHI of Haurwitz (1945) [16] as evaluated by Reno et al. [17] and pvlib [28].</summary>
    /// <param name="apparentZenithDeg">Refraction-corrected solar zenith angle z [°], in [0, 180].</param>
    /// <returns>Clear-sky global horizontal irradiance [W/m²]; zero when the sun is at or below the horizon.</returns>
    /// <remarks>GHI = 1098·cos z·exp(−0.059/cos z) for cos z &gt; 0 [16, 17]; 1098 W/m² is the prefactor, so GHI(z = 0) = 1035.1 W/m².</remarks>
    public static double HaurwitzGhiWm2(double apparentZenithDeg)
    {
        Guard.InRange(apparentZenithDeg, 0, 180, "apparent solar zenith");
        double cosZenith = Math.Cos(apparentZenithDeg * DegToRad);
        return cosZenith > 0 ? 1098.0 * cosZenith * Math.Exp(-0.059 / cosZenith) : 0.0;
    }

    private const double DegToRad = Math.PI / 180.0;
}
