namespace MineRose.Core.Crops;

/// <summary>Parameters of the outdoor flower model <see cref="OutdoorFlowerYield.RadiationUseEfficiency"/>.</summary>
/// <remarks>
/// Above-ground dry matter grows by <c>RUE · f_int · G · Δt · f_T</c> (Monteith [102]); marketable stems are
/// <c>DM · HI / m_stem</c>. Monteith's 1.4 g per MJ of intercepted global radiation for C3 crops [102] is the default RUE.
/// The season-mean interception, harvest index and stem dry mass depend on the species and have no general published
/// value: set them from local data (defaults are our assumptions for a cut-flower field: 0.6, 0.5 and 10 g).
/// </remarks>
/// <param name="RadiationUseEfficiencyGMj">RUE: dry matter per MJ of intercepted global radiation [g/MJ], in (0, 5].</param>
/// <param name="InterceptedFraction">f_int: season-mean fraction of incident radiation the canopy intercepts [-], in (0, 1].</param>
/// <param name="HarvestIndex">HI: fraction of dry matter harvested as marketable stems [-], in (0, 1].</param>
/// <param name="DryMassPerStemG">m_stem: dry mass of one marketable stem [g], in (0, 500].</param>
/// <param name="BaseTemperatureC">T_b: no growth at or below this air temperature [°C], in [−10, 20].</param>
/// <param name="OptimumTemperatureC">T_opt: full growth at or above this air temperature [°C], above the base, at most 40.</param>
public sealed record OutdoorFlowerSpec(
    double RadiationUseEfficiencyGMj,
    double InterceptedFraction,
    double HarvestIndex,
    double DryMassPerStemG,
    double BaseTemperatureC,
    double OptimumTemperatureC)
{
    /// <summary>Checks every field and returns the spec, or throws naming the bad field.</summary>
    public OutdoorFlowerSpec Validated()
    {
        Guard.InRange(RadiationUseEfficiencyGMj, 1e-9, 5, "radiation use efficiency [g/MJ]");
        Guard.Efficiency(InterceptedFraction, "intercepted fraction");
        Guard.Efficiency(HarvestIndex, "harvest index");
        Guard.InRange(DryMassPerStemG, 1e-9, 500, "dry mass per stem [g]");
        Guard.InRange(BaseTemperatureC, -10, 20, "outdoor flower base temperature [°C]");
        Guard.InRange(OptimumTemperatureC, BaseTemperatureC + 1, 40, "outdoor flower optimum temperature [°C]");
        return this;
    }

    /// <summary>A generic outdoor cut-flower field: RUE 1.4 g/MJ [102]; interception 0.6, harvest index 0.5, 10 g per stem,
    /// growth from 5 °C, full at 15 °C (assumptions).</summary>
    public static OutdoorFlowerSpec GenericCutFlower { get; } = new(1.4, 0.6, 0.5, 10, 5, 15);
}
