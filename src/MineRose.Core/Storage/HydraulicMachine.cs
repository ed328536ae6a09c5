namespace MineRose.Core.Storage;

/// <summary>One generating/pumping unit: a reversible pump-turbine or a pump running as turbine, with its motor-generator.</summary>
/// <remarks>
/// Generating: P_el = ρ·g·Q·(H − h_f)·η_t(Q/Q_t)·η_g, with Q ≤ Q_t (the rated turbine flow, the flow that gives
/// <see cref="TurbineRatedPowerKw"/> at the design head) and P_el ≤ <see cref="TurbineRatedPowerKw"/>.
/// Pumping: P_el = ρ·g·Q·(H + h_f) / (η_p(Q/Q_p)·η_m), where Q_p is the flow at <see cref="PumpRatedPowerKw"/>
/// and the design head. A fixed-speed pump (<see cref="PumpMinimumPowerFraction"/> = 1) runs only at its rated
/// input; a variable-speed unit anywhere between that fraction and its rating.
/// </remarks>
public sealed record HydraulicMachine
{
    /// <summary>Rated electrical output of one unit when generating [kW].</summary>
    public required double TurbineRatedPowerKw { get; init; }

    /// <summary>Rated electrical input of one unit when pumping [kW].</summary>
    public required double PumpRatedPowerKw { get; init; }

    /// <summary>Hydraulic efficiency of the turbine over its flow fraction.</summary>
    public required EfficiencyCurve TurbineEfficiency { get; init; }

    /// <summary>Hydraulic efficiency of the pump over its flow fraction (rated pump flow = 1).</summary>
    public required EfficiencyCurve PumpEfficiency { get; init; }

    /// <summary>Generator efficiency, shaft to grid [-] (≈0.97–0.98 large, ≈0.90–0.93 small units).</summary>
    public required double GeneratorEfficiency { get; init; }

    /// <summary>Motor efficiency, grid to shaft [-] (≈0.97–0.98 large, ≈0.90–0.93 small units).</summary>
    public required double MotorEfficiency { get; init; }

    /// <summary>Lowest turbine flow fraction a unit is run at [-]; turbines run rough and poorly below ≈0.3–0.4 [76].</summary>
    public double TurbineMinimumFlowFraction { get; init; } = 0.35;

    /// <summary>Lowest pumping input as a fraction of the rating [-]: 1 for a fixed-speed pump, less for variable speed.</summary>
    public double PumpMinimumPowerFraction { get; init; } = 1.0;

    /// <summary>Largest change of plant power between consecutive intervals, per minute, as a fraction of the plant rating [1/min].</summary>
    /// <remarks>Spinning hydro units follow load within seconds, so this rarely binds at hourly steps.</remarks>
    public double RampFractionPerMinute { get; init; } = 1.0;

    /// <summary>Time from standstill, or from pumping, to generating at load [min].</summary>
    public double TurbineStartUpMinutes { get; init; } = 3.0;

    /// <summary>Time from standstill, or from generating, to pumping at load [min].</summary>
    public double PumpStartUpMinutes { get; init; } = 6.0;

    /// <summary>True when the pump runs at fixed speed, i.e. only at its rated input.</summary>
    public bool IsFixedSpeedPump => PumpMinimumPowerFraction >= 1.0;

    /// <summary>Checks every field; throws <see cref="InvalidInputException"/> naming the first bad one.</summary>
    /// <param name="path">Prefix for field names in messages, e.g. "Machine".</param>
    public void Validate(string path)
    {
        if (TurbineEfficiency is null)
            throw new InvalidInputException(path + "." + nameof(TurbineEfficiency), "null", "an efficiency curve");
        if (PumpEfficiency is null)
            throw new InvalidInputException(path + "." + nameof(PumpEfficiency), "null", "an efficiency curve");
        Guard.Positive(TurbineRatedPowerKw, path + "." + nameof(TurbineRatedPowerKw));
        Guard.Positive(PumpRatedPowerKw, path + "." + nameof(PumpRatedPowerKw));
        TurbineEfficiency.Validate(path + "." + nameof(TurbineEfficiency));
        PumpEfficiency.Validate(path + "." + nameof(PumpEfficiency));
        Guard.Efficiency(GeneratorEfficiency, path + "." + nameof(GeneratorEfficiency));
        Guard.Efficiency(MotorEfficiency, path + "." + nameof(MotorEfficiency));
        Guard.InRange(TurbineMinimumFlowFraction, 0.01, 1.0, path + "." + nameof(TurbineMinimumFlowFraction));
        Guard.InRange(PumpMinimumPowerFraction, 0.01, 1.0, path + "." + nameof(PumpMinimumPowerFraction));
        Guard.Positive(RampFractionPerMinute, path + "." + nameof(RampFractionPerMinute));
        Guard.InRange(TurbineStartUpMinutes, 0, 120, path + "." + nameof(TurbineStartUpMinutes));
        Guard.InRange(PumpStartUpMinutes, 0, 120, path + "." + nameof(PumpStartUpMinutes));
        var curve = TurbineEfficiency;
        if (curve.EfficiencyAt(TurbineMinimumFlowFraction) <= 0)
            throw new InvalidInputException(path + "." + nameof(TurbineMinimumFlowFraction), Guard.Format(TurbineMinimumFlowFraction),
                $"a flow fraction where the turbine efficiency is positive (above {Guard.Format(curve.LowestWorkingFlowFraction)})");
        if (curve.EfficiencyAt(1.0) <= 0)
            throw new InvalidInputException(path + "." + nameof(TurbineEfficiency), "η(1) = 0", "a positive efficiency at rated flow");
        if (PumpEfficiency.EfficiencyAt(1.0) <= 0)
            throw new InvalidInputException(path + "." + nameof(PumpEfficiency), "η(1) = 0", "a positive efficiency at rated flow");
    }
}
