namespace MineRose.Core.Heat;

/// <summary>Coefficients of performance of a vapour-compression heat pump: Carnot-fraction COP and EER, and part-load degradation.</summary>
public static class HeatPumpPerformance
{
    /// <summary>Heating COP as a fraction of the Carnot COP: COP = η·T_cond / (T_cond − T_evap), temperatures in kelvin [80].</summary>
    /// <param name="condensingTemperatureC">Refrigerant condensing temperature [°C].</param>
    /// <param name="evaporatingTemperatureC">Refrigerant evaporating temperature [°C].</param>
    /// <param name="carnotEfficiency">Fraction of the Carnot COP the machine reaches, η [–], in (0, 1].</param>
    /// <param name="minimumLiftK">Lift below which the expression is held constant, since it diverges as the lift vanishes [K].</param>
    /// <returns>Heat delivered per unit of compressor work [–].</returns>
    public static double CarnotFractionHeatingCop(double condensingTemperatureC, double evaporatingTemperatureC, double carnotEfficiency, double minimumLiftK)
    {
        double liftK = Math.Max(condensingTemperatureC - evaporatingTemperatureC, minimumLiftK);
        return carnotEfficiency * (condensingTemperatureC + PhysicalConstants.ZeroCelsiusK) / liftK;
    }

    /// <summary>Cooling EER as a fraction of the Carnot EER: EER = η·T_evap / (T_cond − T_evap), temperatures in kelvin [80].</summary>
    /// <param name="condensingTemperatureC">Refrigerant condensing temperature [°C].</param>
    /// <param name="evaporatingTemperatureC">Refrigerant evaporating temperature [°C].</param>
    /// <param name="carnotEfficiency">Fraction of the Carnot EER the machine reaches, η [–], in (0, 1].</param>
    /// <param name="minimumLiftK">Lift below which the expression is held constant [K].</param>
    /// <returns>Heat removed per unit of compressor work [–].</returns>
    public static double CarnotFractionCoolingEer(double condensingTemperatureC, double evaporatingTemperatureC, double carnotEfficiency, double minimumLiftK)
    {
        double liftK = Math.Max(condensingTemperatureC - evaporatingTemperatureC, minimumLiftK);
        return carnotEfficiency * (evaporatingTemperatureC + PhysicalConstants.ZeroCelsiusK) / liftK;
    }

    /// <summary>Full-load heating COP of a water-to-water unit from its leaving water temperatures.</summary>
    /// <param name="spec">The heat pump (validated).</param>
    /// <param name="supplyTemperatureC">Water leaving the condenser to the heating loop [°C].</param>
    /// <param name="sourceLeavingTemperatureC">Mine water leaving the evaporator [°C].</param>
    /// <returns>COP at full load [–].</returns>
    /// <remarks>
    /// T_cond = T_supply + ΔT_cond and T_evap = T_source,out − ΔT_evap: in a counterflow exchanger the pinch sits at
    /// the leaving water, so the refrigerant follows the leaving temperatures [80].
    /// </remarks>
    public static double HeatingCop(HeatPumpSpec spec, double supplyTemperatureC, double sourceLeavingTemperatureC)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CarnotFractionHeatingCop(
            supplyTemperatureC + spec.CondenserApproachK,
            sourceLeavingTemperatureC - spec.EvaporatorApproachK,
            spec.HeatingCarnotEfficiency,
            spec.MinimumLiftK);
    }

    /// <summary>Full-load cooling EER of a water-to-water unit rejecting heat into mine water, from its leaving water temperatures.</summary>
    /// <param name="spec">The heat pump (validated).</param>
    /// <param name="chilledSupplyTemperatureC">Water leaving the evaporator to the cooling loop [°C].</param>
    /// <param name="sinkLeavingTemperatureC">Mine water leaving the condenser [°C].</param>
    /// <returns>EER at full load [–].</returns>
    /// <remarks>T_evap = T_chilled − ΔT_evap and T_cond = T_sink,out + ΔT_cond [80].</remarks>
    public static double CoolingEer(HeatPumpSpec spec, double chilledSupplyTemperatureC, double sinkLeavingTemperatureC)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CarnotFractionCoolingEer(
            sinkLeavingTemperatureC + spec.CondenserApproachK,
            chilledSupplyTemperatureC - spec.EvaporatorApproachK,
            spec.CoolingCarnotEfficiency,
            spec.MinimumLiftK);
    }

    /// <summary>EN 14825 part-load factor of a cycling unit: COP_PL / COP = CR / (C_d·CR + 1 − C_d) [83].</summary>
    /// <param name="capacityRatio">Load over the lowest continuous output, CR [–]; at or above 1 the unit modulates without cycling.</param>
    /// <param name="degradationCoefficient">Degradation coefficient C_d [–], in [0, 1]; 0.9 by default in EN 14825.</param>
    /// <returns>Factor in (0, 1] applied to the full-load COP or EER [–].</returns>
    /// <remarks>
    /// Equivalent to drawing the on-power during the on-fraction CR and (1 − C_d) of it during the off-fraction:
    /// W = W_on·(CR + (1 − C_d)·(1 − CR)). Gains of variable-speed compressors above the minimum output are not modelled.
    /// </remarks>
    public static double PartLoadFactor(double capacityRatio, double degradationCoefficient)
    {
        if (capacityRatio >= 1.0)
            return 1.0;
        if (capacityRatio <= 0.0)
            return 0.0;
        return capacityRatio / (degradationCoefficient * capacityRatio + 1.0 - degradationCoefficient);
    }
}
