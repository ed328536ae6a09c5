namespace MineRose.Core.Carbon;

/// <summary>One line of a carbon balance: an energy, the factor applied to it and the CO₂ that results.</summary>
/// <param name="Name">What the line is.</param>
/// <param name="EnergyMwh">The energy the factor applies to [MWh].</param>
/// <param name="Factor">The factor applied, printed beside the result.</param>
public sealed record CarbonPart(string Name, double EnergyMwh, EmissionFactor Factor)
{
    /// <summary>CO₂ of the line, energy × factor [t].</summary>
    public double TonnesCo2 => EnergyMwh * Factor.TonnesCo2PerMwh;
}
