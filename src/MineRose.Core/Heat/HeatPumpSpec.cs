namespace MineRose.Core.Heat;

/// <summary>A water-to-water heat pump on mine water, reversible for cooling, with an optional free-cooling heat exchanger.</summary>
/// <remarks>
/// Performance follows <see cref="HeatPumpPerformance"/>: a Carnot fraction of the ideal COP between condensing and
/// evaporating temperatures offset from the leaving water temperatures by the approach temperatures [80], and
/// EN 14825 cycling degradation below the minimum part load [83]. The default Carnot efficiency is the
/// least-squares fit to the field points in FACTS [81] (see docs/model.md, "Mine-water heat pump, free cooling and battery").
/// </remarks>
public sealed record HeatPumpSpec
{
    /// <summary>Carnot efficiency fitted to the FACTS field points (COP 4.1 at 40 °C and 3.5 at 50 °C from 15 °C water) with 3 K approaches and a 5 K source-water change [–] [81].</summary>
    public const double FittedCarnotEfficiency = 0.477;

    /// <summary>Rated heat output of the compressor at full load [kW].</summary>
    public required double RatedHeatingKw { get; init; }

    /// <summary>Rated cooling output of the compressor at full load [kW].</summary>
    public required double RatedCoolingKw { get; init; }

    /// <summary>Fraction of the Carnot COP reached in heating, η_h [–]; default <see cref="FittedCarnotEfficiency"/> [80], [81].</summary>
    public double HeatingCarnotEfficiency { get; init; } = FittedCarnotEfficiency;

    /// <summary>Fraction of the Carnot EER reached in cooling, η_c [–]; default <see cref="FittedCarnotEfficiency"/> (the same cycle run backwards; checked against Heerlen [82]).</summary>
    public double CoolingCarnotEfficiency { get; init; } = FittedCarnotEfficiency;

    /// <summary>Condensing temperature above the water leaving the condenser, ΔT_cond [K]; default 3 K (assumption, typical 2–5 K).</summary>
    public double CondenserApproachK { get; init; } = 3.0;

    /// <summary>Evaporating temperature below the water leaving the evaporator, ΔT_evap [K]; default 3 K (assumption, typical 2–5 K).</summary>
    public double EvaporatorApproachK { get; init; } = 3.0;

    /// <summary>Smallest refrigerant lift used in the Carnot expression, which diverges as the lift vanishes [K]; default 10 K (assumption).</summary>
    public double MinimumLiftK { get; init; } = 10.0;

    /// <summary>Lowest continuous output as a fraction of the rating; below it the unit cycles on and off [–]; default 0.25 (assumption).</summary>
    public double MinimumPartLoadRatio { get; init; } = 0.25;

    /// <summary>EN 14825 degradation coefficient for cycling, C_d [–]; default 0.9, the standard's value when not measured [83].</summary>
    public double DegradationCoefficient { get; init; } = 0.9;

    /// <summary>Whether a free-cooling heat exchanger between mine water and the cooling loop is installed.</summary>
    public bool HasFreeCooling { get; init; } = true;

    /// <summary>Effectiveness of the free-cooling heat exchanger with the mine water as the smaller capacity stream, ε [–]; default 0.7 (assumption) [84].</summary>
    public double FreeCoolingEffectiveness { get; init; } = 0.7;

    /// <summary>Least temperature difference between the returning loop and the mine water for free cooling to run [K]; default 2 K (assumption).</summary>
    public double FreeCoolingApproachK { get; init; } = 2.0;

    /// <summary>Checks every field and returns this spec; throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    /// <returns>This instance, unchanged.</returns>
    public HeatPumpSpec Validated()
    {
        Guard.Positive(RatedHeatingKw, "HeatPumpSpec.RatedHeatingKw");
        Guard.Positive(RatedCoolingKw, "HeatPumpSpec.RatedCoolingKw");
        Guard.Efficiency(HeatingCarnotEfficiency, "HeatPumpSpec.HeatingCarnotEfficiency");
        Guard.Efficiency(CoolingCarnotEfficiency, "HeatPumpSpec.CoolingCarnotEfficiency");
        Guard.InRange(CondenserApproachK, 0.0, 20.0, "HeatPumpSpec.CondenserApproachK");
        Guard.InRange(EvaporatorApproachK, 0.0, 20.0, "HeatPumpSpec.EvaporatorApproachK");
        Guard.InRange(MinimumLiftK, 1.0, 50.0, "HeatPumpSpec.MinimumLiftK");
        Guard.InRange(MinimumPartLoadRatio, 0.0, 1.0, "HeatPumpSpec.MinimumPartLoadRatio");
        Guard.InRange(DegradationCoefficient, 0.0, 1.0, "HeatPumpSpec.DegradationCoefficient");
        Guard.Efficiency(FreeCoolingEffectiveness, "HeatPumpSpec.FreeCoolingEffectiveness");
        Guard.InRange(FreeCoolingApproachK, 0.0, 20.0, "HeatPumpSpec.FreeCoolingApproachK");
        return this;
    }
}
