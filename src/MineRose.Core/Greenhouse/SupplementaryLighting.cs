namespace MineRose.Core.Greenhouse;

/// <summary>Supplementary (assimilation) lighting: intensity, efficacy, the daily window and the switching rules.</summary>
/// <remarks>
/// Electric power per m² of lit floor is <c>PpfdUmolM2s / EfficacyUmolJ</c> [W/m²]; all of it ends as heat in the house.
/// Lamps are on inside the window [<see cref="OnHourLocal"/>, <see cref="OnHourLocal"/> + <see cref="PhotoperiodH"/>)
/// of local standard time, unless the outside global radiation exceeds <see cref="SwitchOffAboveGlobalWm2"/> (sunlight
/// suffices) or the canopy has already received <see cref="DailyLightIntegralTargetMolM2"/> since local midnight.
/// The window and the 200 W/m² rule are GreenLight's defaults [94].
/// </remarks>
/// <param name="PpfdUmolM2s">Photosynthetic photon flux density the lamps deliver at the canopy [µmol/(m²·s)], in (0, 1000].</param>
/// <param name="EfficacyUmolJ">Photon efficacy of the fixtures [µmol/J], in [0.5, 5].</param>
/// <param name="OnHourLocal">Local standard time at which the lighting window opens [h], in [0, 24).</param>
/// <param name="PhotoperiodH">Length of the lighting window [h], in (0, 24].</param>
/// <param name="DailyLightIntegralTargetMolM2">Lamps stay off once the canopy PAR since midnight (sun and lamps) reaches this [mol/(m²·d)], or null for no target.</param>
/// <param name="SwitchOffAboveGlobalWm2">Lamps are off while outside global horizontal radiation exceeds this [W/m²], in [0, 1500].</param>
public sealed record SupplementaryLighting(
    double PpfdUmolM2s,
    double EfficacyUmolJ,
    double OnHourLocal,
    double PhotoperiodH,
    double? DailyLightIntegralTargetMolM2,
    double SwitchOffAboveGlobalWm2)
{
    /// <summary>Checks every field and returns the lighting spec, or throws naming the bad field.</summary>
    public SupplementaryLighting Validated()
    {
        Guard.InRange(PpfdUmolM2s, 1e-9, 1000, "lamp PPFD [µmol/m²s]");
        Guard.InRange(EfficacyUmolJ, 0.5, 5, "lamp efficacy [µmol/J]");
        Guard.InRange(OnHourLocal, 0, 23.999999, "lamp on hour [h]");
        Guard.InRange(PhotoperiodH, 1e-9, 24, "photoperiod [h]");
        if (DailyLightIntegralTargetMolM2 is { } target)
            Guard.InRange(target, 1e-9, 100, "daily light integral target [mol/m²d]");
        Guard.InRange(SwitchOffAboveGlobalWm2, 0, 1500, "lamp switch-off global radiation [W/m²]");
        return this;
    }

    /// <summary>Electric power drawn per m² of lit floor when on [W/m²].</summary>
    public double ElectricPowerWm2 => PpfdUmolM2s / EfficacyUmolJ;

    /// <summary>Top lighting of a lit rose house with modern LEDs: 200 µmol/(m²·s) (150–300 in [91]) at 2.8 µmol/J (LED 2.5–3.2 [91]),
    /// on 02:00–18:00 and off above 200 W/m² outside [94]; no daily-light-integral cap.</summary>
    public static SupplementaryLighting RoseLed { get; } = new(200, 2.8, 2, 16, null, 200);

    /// <summary>The same rose lighting with high-pressure sodium lamps at 1.7 µmol/J [91].</summary>
    public static SupplementaryLighting RoseHps { get; } = new(200, 1.7, 2, 16, null, 200);
}
