namespace MineRose.Core.Storage;

/// <summary>One interval of a battery: power delivered, energy moved, losses, the new state and the binding limit.</summary>
/// <remarks>
/// Sign convention: positive power is discharge to the park bus, negative is charge from it. Energy balance of every
/// step: −<see cref="EnergyKwh"/> = ΔE_stored + <see cref="LossesKwh"/>, i.e. energy in = stored + losses.
/// </remarks>
public readonly record struct BatteryStep
{
    /// <summary>Power asked for at the terminals, positive to discharge, negative to charge [kW].</summary>
    public double RequestedPowerKw { get; init; }

    /// <summary>Power delivered at the terminals, positive when discharging, negative when charging [kW].</summary>
    public double PowerKw { get; init; }

    /// <summary>Energy moved at the terminals over the interval, positive out of the battery [kWh].</summary>
    public double EnergyKwh { get; init; }

    /// <summary>Charge and discharge conversion losses over the interval [kWh].</summary>
    public double ConversionLossKwh { get; init; }

    /// <summary>Energy lost to self-discharge over the interval [kWh].</summary>
    public double SelfDischargeKwh { get; init; }

    /// <summary>State at the end of the interval.</summary>
    public BatteryState State { get; init; }

    /// <summary>Usable capacity after fade at the end of the interval [kWh].</summary>
    public double CapacityKwh { get; init; }

    /// <summary>State of charge at the end of the interval, stored energy over faded capacity [–].</summary>
    public double StateOfCharge { get; init; }

    /// <summary>What bound the interval; <see cref="BatteryLimit.None"/> when the request was met.</summary>
    public BatteryLimit Limit { get; init; }

    /// <summary>All losses over the interval, conversion plus self-discharge [kWh].</summary>
    public double LossesKwh => ConversionLossKwh + SelfDischargeKwh;
}
