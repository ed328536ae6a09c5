namespace MineRose.Core.Heat;

/// <summary>A mine-water heat pump with free cooling: turns a request for heat or cold into one <see cref="HeatPumpStep"/>.</summary>
/// <remarks>
/// <para>Heating: COP from <see cref="HeatPumpPerformance.HeatingCop"/> at the supply temperature and the minimum
/// return temperature of the water. The evaporator takes Q̇_evap = Q̇ − W_ref with W_ref = Q̇/COP, carried by a flow
/// V̇ = Q̇_evap / (ρ·c_p·(T_src − T_ret,min)). Output is capped by <see cref="HeatPumpSpec.RatedHeatingKw"/> and by
/// <see cref="MineWaterSource.MaxFlowM3h"/> [81].</para>
/// <para>Cooling: free cooling first where <see cref="FreeCooling.IsPossible"/>; the compressor then covers the rest,
/// rejecting Q̇_cond = Q̇ + W_ref into water warmed to <see cref="MineWaterSource.MaxReturnTemperatureC"/>, with the EER of
/// <see cref="HeatPumpPerformance.CoolingEer"/>. The mine-water flow is split between the two so that the request is
/// met with as much free cooling as possible; when it cannot be met, so that the most cold is delivered.</para>
/// <para>Below <see cref="HeatPumpSpec.MinimumPartLoadRatio"/> of the rating the unit cycles and draws
/// W = Q̇/(COP·PLF) with the EN 14825 part-load factor [83]; the excess over W_ref is reported as a cycling loss.
/// Pump power from <see cref="CirculationPump"/> on all mine water moved [85].</para>
/// <para>Steps allocate nothing; construct once per run.</para>
/// </remarks>
public sealed class MineWaterHeatPump
{
    // Heat carried by water per unit of flow and temperature change, ρ·c_p / 3.6×10⁶ [kW per (m³/h·K)].
    private const double KwPerM3hK = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.WaterSpecificHeatJKgK / 3.6e6;

    private readonly double _pumpKwPerM3h;

    /// <summary>A heat pump on a mine-water source; both are validated here.</summary>
    /// <param name="spec">The heat pump and its free-cooling exchanger.</param>
    /// <param name="source">The mine water.</param>
    public MineWaterHeatPump(HeatPumpSpec spec, MineWaterSource source)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(source);
        Spec = spec.Validated();
        Source = source.Validated();
        _pumpKwPerM3h = CirculationPump.PowerPerFlowKwPerM3h(source.PumpHeadM, source.PumpEfficiency);
    }

    /// <summary>The heat pump.</summary>
    public HeatPumpSpec Spec { get; }

    /// <summary>The mine water.</summary>
    public MineWaterSource Source { get; }

    /// <summary>Delivers heat to a heating loop from the mine water.</summary>
    /// <param name="requestedHeatKw">Heat asked for [kW].</param>
    /// <param name="supplyTemperatureC">Temperature of the water supplied to the heating loop [°C].</param>
    /// <param name="sourceTemperatureC">Temperature of the mine water drawn this interval [°C], e.g. <see cref="MineWaterReservoirState.TemperatureC"/>.</param>
    /// <returns>The interval's result.</returns>
    public HeatPumpStep Heat(double requestedHeatKw, double supplyTemperatureC, double sourceTemperatureC)
    {
        Guard.NonNegative(requestedHeatKw, nameof(requestedHeatKw));
        Guard.InRange(supplyTemperatureC, 0.0, 90.0, nameof(supplyTemperatureC));
        Guard.InRange(sourceTemperatureC, -10.0, 95.0, nameof(sourceTemperatureC));
        if (requestedHeatKw == 0.0)
            return default;

        double waterChangeK = sourceTemperatureC - Source.MinReturnTemperatureC;
        if (waterChangeK <= 0.0)
            return new HeatPumpStep { RequestedKw = requestedHeatKw, Limit = ThermalLimit.SourceTemperature };

        double cop = HeatPumpPerformance.HeatingCop(Spec, supplyTemperatureC, Source.MinReturnTemperatureC);
        if (cop <= 1.0)
        {
            throw new InvalidInputException(nameof(supplyTemperatureC), Guard.Format(supplyTemperatureC),
                $"a supply temperature the heat pump reaches with a COP above 1 (COP here {Guard.Format(cop)})");
        }

        // Each kW of heat takes (1 − 1/COP) kW from the water.
        double flowCapKw = Source.MaxFlowM3h * KwPerM3hK * waterChangeK / (1.0 - 1.0 / cop);
        double capacityKw = Math.Min(Spec.RatedHeatingKw, flowCapKw);
        double heatKw = Math.Min(requestedHeatKw, capacityKw);
        var limit = requestedHeatKw <= capacityKw ? ThermalLimit.None
            : Spec.RatedHeatingKw <= flowCapKw ? ThermalLimit.CompressorRating : ThermalLimit.WaterFlow;

        double refrigerantWorkKw = heatKw / cop;
        double compressorKw = CompressorElectricityKw(heatKw, refrigerantWorkKw, Spec.RatedHeatingKw);
        double fromWaterKw = heatKw - refrigerantWorkKw;
        double flowM3h = Math.Min(fromWaterKw / (KwPerM3hK * waterChangeK), Source.MaxFlowM3h);
        return new HeatPumpStep
        {
            RequestedKw = requestedHeatKw,
            DeliveredKw = heatKw,
            CompressorElectricityKw = compressorKw,
            CyclingLossKw = compressorKw - refrigerantWorkKw,
            PumpElectricityKw = _pumpKwPerM3h * flowM3h,
            HeatFromWaterKw = fromWaterKw,
            WaterFlowM3h = flowM3h,
            FullLoadCop = cop,
            Limit = limit,
        };
    }

    /// <summary>Delivers cold to a cooling loop, by free cooling where the mine water is cold enough and by the compressor for the rest.</summary>
    /// <param name="requestedCoolingKw">Cold asked for [kW].</param>
    /// <param name="chilledSupplyTemperatureC">Temperature of the chilled water the compressor supplies to the loop [°C].</param>
    /// <param name="loopReturnTemperatureC">Temperature of the loop water (or air) returning warm to the plant [°C].</param>
    /// <param name="sourceTemperatureC">Temperature of the mine water drawn this interval [°C].</param>
    /// <returns>The interval's result.</returns>
    public HeatPumpStep Cool(double requestedCoolingKw, double chilledSupplyTemperatureC, double loopReturnTemperatureC, double sourceTemperatureC)
    {
        Guard.NonNegative(requestedCoolingKw, nameof(requestedCoolingKw));
        Guard.InRange(chilledSupplyTemperatureC, -10.0, 30.0, nameof(chilledSupplyTemperatureC));
        Guard.InRange(loopReturnTemperatureC, -10.0, 60.0, nameof(loopReturnTemperatureC));
        Guard.InRange(sourceTemperatureC, -10.0, 95.0, nameof(sourceTemperatureC));
        if (requestedCoolingKw == 0.0)
            return default;

        // Cold delivered per unit of mine-water flow by each route [kW per m³/h].
        double freeKwPerM3h = 0.0;
        if (Spec.HasFreeCooling && FreeCooling.IsPossible(loopReturnTemperatureC, sourceTemperatureC, Spec.FreeCoolingApproachK))
        {
            double riseK = FreeCooling.WaterTemperatureRiseK(Spec.FreeCoolingEffectiveness, loopReturnTemperatureC, sourceTemperatureC, Source.MaxReturnTemperatureC);
            freeKwPerM3h = KwPerM3hK * riseK;
        }

        double condenserRiseK = Source.MaxReturnTemperatureC - sourceTemperatureC;
        double eer = 0.0;
        double mechanicalKwPerM3h = 0.0;
        if (condenserRiseK > 0.0)
        {
            eer = HeatPumpPerformance.CoolingEer(Spec, chilledSupplyTemperatureC, Source.MaxReturnTemperatureC);
            mechanicalKwPerM3h = KwPerM3hK * condenserRiseK / (1.0 + 1.0 / eer);
        }

        if (freeKwPerM3h <= 0.0 && mechanicalKwPerM3h <= 0.0)
            return new HeatPumpStep { RequestedKw = requestedCoolingKw, Limit = ThermalLimit.SourceTemperature };

        double maxFlowM3h = Source.MaxFlowM3h;
        double freeFlowM3h;
        double mechanicalFlowM3h;
        var limit = ThermalLimit.None;
        if (freeKwPerM3h * maxFlowM3h >= requestedCoolingKw)
        {
            freeFlowM3h = requestedCoolingKw / freeKwPerM3h;
            mechanicalFlowM3h = 0.0;
        }
        else if (freeKwPerM3h >= mechanicalKwPerM3h)
        {
            // Free cooling makes more cold per cubic metre than the compressor: all water goes to it.
            freeFlowM3h = maxFlowM3h;
            mechanicalFlowM3h = 0.0;
            limit = ThermalLimit.WaterFlow;
        }
        else
        {
            // Smallest compressor share that meets the request: k_f·(V_max − V_m) + k_m·V_m = Q̇.
            double ratingFlowM3h = Spec.RatedCoolingKw / mechanicalKwPerM3h;
            double neededFlowM3h = (requestedCoolingKw - freeKwPerM3h * maxFlowM3h) / (mechanicalKwPerM3h - freeKwPerM3h);
            double mechanicalMaxFlowM3h = Math.Min(maxFlowM3h, ratingFlowM3h);
            if (neededFlowM3h <= mechanicalMaxFlowM3h)
            {
                mechanicalFlowM3h = neededFlowM3h;
            }
            else
            {
                mechanicalFlowM3h = mechanicalMaxFlowM3h;
                limit = ratingFlowM3h < maxFlowM3h ? ThermalLimit.CompressorRating : ThermalLimit.WaterFlow;
            }

            freeFlowM3h = freeKwPerM3h > 0.0 ? maxFlowM3h - mechanicalFlowM3h : 0.0;
        }

        double mechanicalKw = Math.Min(mechanicalKwPerM3h * mechanicalFlowM3h, Spec.RatedCoolingKw);
        double freeKw = freeKwPerM3h * freeFlowM3h;
        if (limit == ThermalLimit.None)
        {
            // Met in full: close the sum exactly, charging any rounding to the route that runs.
            if (freeFlowM3h > 0.0)
                freeKw = Math.Max(requestedCoolingKw - mechanicalKw, 0.0);
            else
                mechanicalKw = requestedCoolingKw;
        }

        double refrigerantWorkKw = mechanicalKw > 0.0 ? mechanicalKw / eer : 0.0;
        double compressorKw = CompressorElectricityKw(mechanicalKw, refrigerantWorkKw, Spec.RatedCoolingKw);
        double flowM3h = freeFlowM3h + mechanicalFlowM3h;
        return new HeatPumpStep
        {
            RequestedKw = requestedCoolingKw,
            DeliveredKw = freeKw + mechanicalKw,
            FreeCoolingKw = freeKw,
            CompressorElectricityKw = compressorKw,
            CyclingLossKw = compressorKw - refrigerantWorkKw,
            PumpElectricityKw = _pumpKwPerM3h * flowM3h,
            HeatFromWaterKw = -(freeKw + mechanicalKw + refrigerantWorkKw),
            WaterFlowM3h = flowM3h,
            FullLoadCop = mechanicalKw > 0.0 ? eer : 0.0,
            Limit = limit,
        };
    }

    // Compressor electricity with EN 14825 cycling below the minimum part load [83].
    private double CompressorElectricityKw(double outputKw, double refrigerantWorkKw, double ratedKw)
    {
        double minimumOutputKw = Spec.MinimumPartLoadRatio * ratedKw;
        if (outputKw <= 0.0 || outputKw >= minimumOutputKw)
            return refrigerantWorkKw;
        return refrigerantWorkKw / HeatPumpPerformance.PartLoadFactor(outputKw / minimumOutputKw, Spec.DegradationCoefficient);
    }
}
