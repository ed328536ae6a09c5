namespace MineRose.Core.Pv;

/// <summary>Light reaching the ground of an agrivoltaic array in one time step, averaged over one row pitch.</summary>
/// <param name="GroundGlobalWm2">Beam plus sky-diffuse irradiance on the ground [W/m²].</param>
/// <param name="GroundBeamWm2">Beam irradiance on the ground, including beam transmitted through the rows [W/m²].</param>
/// <param name="GroundDiffuseWm2">Sky-diffuse irradiance on the ground, including diffuse transmitted through the rows [W/m²].</param>
/// <param name="FractionOfOpenField">Ground global over the open-field global horizontal irradiance DNI·cos z + DHI,
/// in [0, 1] [—]; 0 when the open field gets no light.</param>
/// <remarks>Second-order light is not included: ground-reflected light sent back down by the module undersides (of order
/// albedo × rear reflectance × (1 − F_sky) of the ground light) and sky light reflected by the module fronts.</remarks>
public readonly record struct GroundLight(double GroundGlobalWm2, double GroundBeamWm2, double GroundDiffuseWm2, double FractionOfOpenField)
{
    /// <summary>Photosynthetic photon flux density on the ground [µmol/(m²·s)] [63].</summary>
    /// <remarks>Global irradiance times <see cref="PhysicalConstants.ParPhotonsPerJouleOfSunlight"/> (2.02 µmol/J [63]),
    /// the same factor for beam and diffuse. Diffuse skylight is richer in PAR than beam [64], so under the rows, where
    /// diffuse dominates, this slightly underestimates PAR.</remarks>
    public double GroundParUmolM2s => GroundGlobalWm2 * PhysicalConstants.ParPhotonsPerJouleOfSunlight;
}
