namespace MineRose.Core.Storage;

/// <summary>A lithium iron phosphate (LFP) battery system, rated at its AC terminals including the power converter.</summary>
/// <remarks>
/// Defaults: round trip 0.85 AC-to-AC [87], split evenly between charge and discharge (√0.85 ≈ 0.922);
/// state-of-charge window 5–95 %; self-discharge 2 %/month [89]; capacity fading linearly with throughput to
/// 80 % after 6,000 equivalent full cycles [88]; end of life at 70 % of the nameplate capacity. Window,
/// cycle life and end of life are typical of current stationary LFP products and stay configurable (assumptions).
/// </remarks>
public sealed record BatterySpec
{
    /// <summary>Nameplate energy capacity at beginning of life [kWh].</summary>
    public required double EnergyCapacityKwh { get; init; }

    /// <summary>Rated power at the terminals, for charge and for discharge [kW].</summary>
    public required double RatedPowerKw { get; init; }

    /// <summary>Fraction of the terminal energy that reaches the cells when charging, η_ch [–]; default 0.922 = √0.85 [87].</summary>
    public double ChargeEfficiency { get; init; } = 0.922;

    /// <summary>Fraction of the energy drawn from the cells that reaches the terminals when discharging, η_dis [–]; default 0.922 = √0.85 [87].</summary>
    public double DischargeEfficiency { get; init; } = 0.922;

    /// <summary>Lowest state of charge the controller discharges to [–]; default 0.05.</summary>
    public double MinStateOfCharge { get; init; } = 0.05;

    /// <summary>Highest state of charge the controller charges to [–]; default 0.95.</summary>
    public double MaxStateOfCharge { get; init; } = 0.95;

    /// <summary>Fraction of the stored energy lost per month (730 h) at rest, σ [–]; default 0.02 [89].</summary>
    public double SelfDischargePerMonth { get; init; } = 0.02;

    /// <summary>Equivalent full cycles after which the capacity has faded to <see cref="CapacityFractionAtCycleLife"/>, N [–]; default 6000 [88].</summary>
    public double CycleLifeEquivalentFullCycles { get; init; } = 6000.0;

    /// <summary>Capacity left after <see cref="CycleLifeEquivalentFullCycles"/>, as a fraction of nameplate, f_N [–]; default 0.8 [88].</summary>
    public double CapacityFractionAtCycleLife { get; init; } = 0.8;

    /// <summary>Capacity fraction of nameplate at which the battery is retired, f_EoL [–]; default 0.7.</summary>
    public double EndOfLifeCapacityFraction { get; init; } = 0.7;

    /// <summary>Round-trip efficiency at the terminals, η_ch·η_dis [–].</summary>
    public double RoundTripEfficiency => ChargeEfficiency * DischargeEfficiency;

    /// <summary>Checks every field and returns this spec; throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    /// <returns>This instance, unchanged.</returns>
    public BatterySpec Validated()
    {
        Guard.Positive(EnergyCapacityKwh, "BatterySpec.EnergyCapacityKwh");
        Guard.Positive(RatedPowerKw, "BatterySpec.RatedPowerKw");
        Guard.Efficiency(ChargeEfficiency, "BatterySpec.ChargeEfficiency");
        Guard.Efficiency(DischargeEfficiency, "BatterySpec.DischargeEfficiency");
        Guard.InRange(MinStateOfCharge, 0.0, 1.0, "BatterySpec.MinStateOfCharge");
        Guard.InRange(MaxStateOfCharge, 0.0, 1.0, "BatterySpec.MaxStateOfCharge");
        if (MaxStateOfCharge <= MinStateOfCharge)
        {
            throw new InvalidInputException("BatterySpec.MaxStateOfCharge", Guard.Format(MaxStateOfCharge),
                $"a state of charge above MinStateOfCharge = {Guard.Format(MinStateOfCharge)}");
        }

        Guard.InRange(SelfDischargePerMonth, 0.0, 0.5, "BatterySpec.SelfDischargePerMonth");
        Guard.Positive(CycleLifeEquivalentFullCycles, "BatterySpec.CycleLifeEquivalentFullCycles");
        Guard.InRange(CapacityFractionAtCycleLife, 0.01, 1.0, "BatterySpec.CapacityFractionAtCycleLife");
        Guard.InRange(EndOfLifeCapacityFraction, 0.0, 0.99, "BatterySpec.EndOfLifeCapacityFraction");
        return this;
    }
}
