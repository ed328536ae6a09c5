namespace MineRose.Core.Heat;

/// <summary>One interval of the mine-water heat pump: heat or cold delivered, electricity and water used, and the binding limit.</summary>
/// <remarks>
/// All flows are interval averages. Energy balance of the refrigerant circuit, with
/// W_ref = <see cref="CompressorElectricityKw"/> − <see cref="CyclingLossKw"/>:
/// heating, <see cref="DeliveredKw"/> = W_ref + <see cref="HeatFromWaterKw"/>;
/// cooling, −<see cref="HeatFromWaterKw"/> = <see cref="DeliveredKw"/> + W_ref
/// (free cooling passes its heat straight to the water). Pump work is not counted as heat.
/// </remarks>
public readonly record struct HeatPumpStep
{
    /// <summary>Heat (heating) or cold (cooling) asked for [kW].</summary>
    public double RequestedKw { get; init; }

    /// <summary>Heat (heating) or cold (cooling) delivered, including free cooling [kW].</summary>
    public double DeliveredKw { get; init; }

    /// <summary>Part of <see cref="DeliveredKw"/> delivered by free cooling, without the compressor [kW].</summary>
    public double FreeCoolingKw { get; init; }

    /// <summary>Electricity drawn by the compressor, including cycling losses [kW].</summary>
    public double CompressorElectricityKw { get; init; }

    /// <summary>Part of <see cref="CompressorElectricityKw"/> lost to on/off cycling below the minimum part load (EN 14825), which leaves as heat to the plant room [kW].</summary>
    public double CyclingLossKw { get; init; }

    /// <summary>Electricity drawn by the mine-water circulation pump [kW].</summary>
    public double PumpElectricityKw { get; init; }

    /// <summary>Heat taken from the mine water; negative when heat is rejected into it (cooling) [kW].</summary>
    public double HeatFromWaterKw { get; init; }

    /// <summary>Mine-water flow used [m³/h].</summary>
    public double WaterFlowM3h { get; init; }

    /// <summary>Full-load COP (heating) or EER (cooling) of the compressor at this interval's temperatures; 0 when it did not run [–].</summary>
    public double FullLoadCop { get; init; }

    /// <summary>What bound the interval; <see cref="ThermalLimit.None"/> when the request was met.</summary>
    public ThermalLimit Limit { get; init; }

    /// <summary>Total electricity drawn, compressor plus pump [kW].</summary>
    public double ElectricityKw => CompressorElectricityKw + PumpElectricityKw;
}
