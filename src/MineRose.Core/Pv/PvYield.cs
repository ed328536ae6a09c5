namespace MineRose.Core.Pv;

/// <summary>What one PV array produced over a weather series: the figures a yield report starts with.</summary>
/// <param name="DcCapacityKw">Nameplate DC capacity after degradation [kWp].</param>
/// <param name="AcRatingKw">Inverter AC rating [kW].</param>
/// <param name="Hours">Length of the series [h].</param>
/// <param name="GhiKwhM2">Global horizontal irradiation [kWh/m²].</param>
/// <param name="PoaKwhM2">Plane-of-array global irradiation, before reflection losses [kWh/m²].</param>
/// <param name="DcKwh">DC energy after the DC losses [kWh].</param>
/// <param name="AcKwh">AC energy delivered by the inverters [kWh].</param>
/// <param name="ClippedKwh">Energy lost to inverter clipping [kWh].</param>
/// <param name="GroundKwhM2">Pitch-averaged irradiation reaching the ground between and under the rows [kWh/m²].</param>
/// <param name="GroundParMolM2">Pitch-averaged PAR reaching the ground [mol/m²].</param>
/// <param name="LandAreaM2">Land occupied by the rows [m²].</param>
public sealed record PvYield(
    double DcCapacityKw,
    double AcRatingKw,
    double Hours,
    double GhiKwhM2,
    double PoaKwhM2,
    double DcKwh,
    double AcKwh,
    double ClippedKwh,
    double GroundKwhM2,
    double GroundParMolM2,
    double LandAreaM2)
{
    /// <summary>AC energy per kW of DC capacity [kWh/kWp].</summary>
    public double SpecificYieldKwhPerKwp => AcKwh / DcCapacityKw;

    /// <summary>Performance ratio: final yield over reference yield (IEC 61724-1), AC kWh/kWp ÷ POA kWh/m² × 1 kW/m² [—].</summary>
    public double PerformanceRatio => PoaKwhM2 > 0 ? SpecificYieldKwhPerKwp / PoaKwhM2 : 0.0;

    /// <summary>AC energy over DC nameplate × hours [—].</summary>
    public double CapacityFactor => AcKwh / (DcCapacityKw * Hours);

    /// <summary>Ground irradiation under the array as a share of the open field's [—].</summary>
    public double GroundLightFraction => GhiKwhM2 > 0 ? GroundKwhM2 / GhiKwhM2 : 0.0;
}
