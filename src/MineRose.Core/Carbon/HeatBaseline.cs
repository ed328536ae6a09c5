using System.Globalization;

namespace MineRose.Core.Carbon;

/// <summary>The heat supply that heat-pump heat displaces: a fuel with its CO₂ factor burnt in a boiler of a given efficiency.</summary>
/// <remarks>
/// CO₂ per MWh of heat: f_heat = f_fuel / η_boiler [140], [148]. The coal default f_fuel = 0.34 t/MWh_fuel [140]
/// agrees with the IPCC default for other bituminous coal, 94.6 t CO₂/TJ × 0.0036 TJ/MWh = 0.3406 [148]; the gas
/// default 0.202 t/MWh_fuel is the IPCC natural-gas default, 56.1 t/TJ × 0.0036 = 0.2020 [148]. Both are per MWh of
/// fuel on a net (lower) calorific basis, so η_boiler is on the same basis.
/// </remarks>
public sealed record HeatBaseline
{
    /// <summary>Coal's CO₂ per MWh of fuel, the FACTS figure [t/MWh_fuel] *(unverified; matches IPCC bituminous coal)* [140], [148].</summary>
    public const double CoalFuelTonnesCo2PerMwh = 0.34;

    /// <summary>Natural gas's CO₂ per MWh of fuel, the IPCC default 56.1 t/TJ [t/MWh_fuel] [148].</summary>
    public const double GasFuelTonnesCo2PerMwh = 0.202;

    /// <summary>Default efficiency of a coal-fired heating boiler, mid-range of 0.75–0.85 [–] *(assumption)* [149].</summary>
    public const double DefaultCoalBoilerEfficiency = 0.80;

    /// <summary>Default efficiency of a gas-fired heating boiler (non-condensing) [–] *(assumption)* [149].</summary>
    public const double DefaultGasBoilerEfficiency = 0.90;

    /// <summary>What the baseline is, e.g. "coal boiler".</summary>
    public required string Name { get; init; }

    /// <summary>CO₂ per MWh of fuel burnt, f_fuel [t/MWh_fuel]; in [0, 1].</summary>
    public required double FuelTonnesCo2PerMwh { get; init; }

    /// <summary>Heat delivered per unit of fuel energy, η_boiler [–]; in (0, 1].</summary>
    public required double BoilerEfficiency { get; init; }

    /// <summary>Where the fuel factor and the efficiency come from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether both figures were confirmed against their primary sources.</summary>
    public bool IsVerified { get; init; }

    /// <summary>CO₂ per MWh of heat delivered, f_fuel / η_boiler [t/MWh_heat].</summary>
    public double TonnesCo2PerMwhHeat => FuelTonnesCo2PerMwh / BoilerEfficiency;

    /// <summary>The baseline as an emission factor per MWh of heat, for printing beside a result.</summary>
    public EmissionFactor HeatFactor => new(
        string.Create(CultureInfo.InvariantCulture, $"{Name} heat ({FuelTonnesCo2PerMwh:0.000} t/MWh_fuel ÷ {BoilerEfficiency:0.00})"),
        TonnesCo2PerMwhHeat,
        null,
        Source,
        IsVerified);

    /// <summary>A coal-fired boiler: 0.34 t CO₂/MWh_fuel ÷ efficiency *(unverified)* [140], [148], [149].</summary>
    /// <param name="boilerEfficiency">Boiler efficiency η_boiler [–]; default 0.80, typical 0.75–0.85.</param>
    /// <returns>The baseline, validated.</returns>
    public static HeatBaseline CoalBoiler(double boilerEfficiency = DefaultCoalBoilerEfficiency) => new HeatBaseline
    {
        Name = "coal boiler",
        FuelTonnesCo2PerMwh = CoalFuelTonnesCo2PerMwh,
        BoilerEfficiency = boilerEfficiency,
        Source = "[140] fuel factor, [148] IPCC check, [149] efficiency",
    }.Validated();

    /// <summary>A natural-gas boiler: 0.202 t CO₂/MWh_fuel (IPCC) ÷ efficiency [148].</summary>
    /// <param name="boilerEfficiency">Boiler efficiency η_boiler [–]; default 0.90.</param>
    /// <returns>The baseline, validated.</returns>
    public static HeatBaseline GasBoiler(double boilerEfficiency = DefaultGasBoilerEfficiency) => new HeatBaseline
    {
        Name = "gas boiler",
        FuelTonnesCo2PerMwh = GasFuelTonnesCo2PerMwh,
        BoilerEfficiency = boilerEfficiency,
        Source = "[148] IPCC fuel factor; efficiency assumed",
    }.Validated();

    /// <summary>Checks the fields and returns this baseline.</summary>
    /// <returns>This instance, unchanged.</returns>
    public HeatBaseline Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("HeatBaseline.Name", $"'{Name}'", "a non-empty name");
        Guard.InRange(FuelTonnesCo2PerMwh, 0.0, 1.0, "HeatBaseline.FuelTonnesCo2PerMwh");
        Guard.Efficiency(BoilerEfficiency, "HeatBaseline.BoilerEfficiency");
        return this;
    }
}
