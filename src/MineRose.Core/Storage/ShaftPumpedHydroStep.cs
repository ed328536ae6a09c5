namespace MineRose.Core.Storage;

/// <summary>What a shaft pumped-hydro plant did in one interval: power, water, levels, losses, mine-water handling and the binding limit.</summary>
/// <remarks>
/// Energy closes on every step: <see cref="AbsorbedKwh"/> − <see cref="GeneratedKwh"/> =
/// <see cref="PotentialEnergyGainKwh"/> + <see cref="FrictionLossKwh"/> + <see cref="MachineLossKwh"/> +
/// <see cref="ElectricalLossKwh"/>. Dewatering is a separate load, outside that balance.
/// </remarks>
public readonly record struct ShaftPumpedHydroStep
{
    /// <summary>State at the end of the interval.</summary>
    public ShaftPumpedHydroState State { get; init; }

    /// <summary>Requested mean power [kW], positive generate, negative pump.</summary>
    public double RequestedPowerKw { get; init; }

    /// <summary>Mean power actually delivered over the interval [kW], positive generated, negative absorbed.</summary>
    public double PowerKw { get; init; }

    /// <summary>Electricity generated in the interval [kWh].</summary>
    public double GeneratedKwh { get; init; }

    /// <summary>Electricity absorbed by the pumps in the interval [kWh] (dewatering excluded).</summary>
    public double AbsorbedKwh { get; init; }

    /// <summary>Water passed through the turbines, upper to lower [m³].</summary>
    public double TurbinedWaterM3 { get; init; }

    /// <summary>Water lifted by the pumps, lower to upper [m³].</summary>
    public double PumpedWaterM3 { get; init; }

    /// <summary>Plant flow while the units ran [m³/s].</summary>
    public double FlowM3s { get; init; }

    /// <summary>Number of units that ran.</summary>
    public int UnitsRunning { get; init; }

    /// <summary>Time the units ran in the interval [h].</summary>
    public double RunningHours { get; init; }

    /// <summary>Upper reservoir level at the end of the interval [m].</summary>
    public double UpperLevelM { get; init; }

    /// <summary>Lower reservoir level at the end of the interval [m].</summary>
    public double LowerLevelM { get; init; }

    /// <summary>Gross head: mean over the water moved, or at the end levels when none moved [m].</summary>
    public double GrossHeadM { get; init; }

    /// <summary>Penstock head loss (friction and fittings) at the plant flow [m].</summary>
    public double HeadLossM { get; init; }

    /// <summary>Potential energy gained by the stored water through the units [kWh]; negative when generating.</summary>
    public double PotentialEnergyGainKwh { get; init; }

    /// <summary>Energy lost to penstock friction and fittings [kWh].</summary>
    public double FrictionLossKwh { get; init; }

    /// <summary>Energy lost inside the turbines or pumps (hydraulic efficiency) [kWh].</summary>
    public double MachineLossKwh { get; init; }

    /// <summary>Energy lost in the generators or motors [kWh].</summary>
    public double ElectricalLossKwh { get; init; }

    /// <summary>Mine water that flowed into the lower reservoir [m³].</summary>
    public double MineWaterInflowM3 { get; init; }

    /// <summary>Water evaporated from the upper reservoir [m³].</summary>
    public double EvaporationM3 { get; init; }

    /// <summary>Water seeped out of the upper reservoir [m³].</summary>
    public double SeepageM3 { get; init; }

    /// <summary>Mine water lifted to the surface by the dewatering pumps [m³].</summary>
    public double DewateredWaterM3 { get; init; }

    /// <summary>Electricity used by the dewatering pumps [kWh], reported apart from the storage.</summary>
    public double DewateringEnergyKwh { get; init; }

    /// <summary>The constraint that bound, or <see cref="StorageLimit.None"/> when the request was met.</summary>
    public StorageLimit Limit { get; init; }

    /// <summary>Sum of the storage losses: friction, machine and electrical [kWh].</summary>
    public double LossesKwh => FrictionLossKwh + MachineLossKwh + ElectricalLossKwh;
}
