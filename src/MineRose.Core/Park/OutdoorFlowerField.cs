using MineRose.Core.Crops;

namespace MineRose.Core.Park;

/// <summary>Outdoor flowers on restored land, part of them under the agrivoltaic rows.</summary>
/// <param name="Crop">The flower crop model.</param>
/// <param name="OpenAreaM2">Area in the open field [m²].</param>
/// <param name="UnderPvAreaM2">Area between and under the PV rows, lit by the ground light of the first PV field [m²].</param>
/// <param name="EffectiveRainfallMm">Rain over the year that the crop can use [mm]; irrigation supplies the rest of the
/// crop's evapotranspiration (0 = fully irrigated, an upper bound on water use).</param>
public sealed record OutdoorFlowerField(OutdoorFlowerSpec Crop, double OpenAreaM2, double UnderPvAreaM2, double EffectiveRainfallMm = 0)
{
    /// <summary>Checks every field and returns the field, or throws naming the bad field.</summary>
    public OutdoorFlowerField Validated()
    {
        ArgumentNullException.ThrowIfNull(Crop);
        Crop.Validated();
        Guard.NonNegative(OpenAreaM2, "open_area_m2");
        Guard.NonNegative(UnderPvAreaM2, "under_pv_area_m2");
        Guard.InRange(EffectiveRainfallMm, 0, 5000, "effective_rainfall_mm");
        return this;
    }
}
