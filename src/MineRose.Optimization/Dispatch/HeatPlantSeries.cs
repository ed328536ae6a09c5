using System.Globalization;
using MineRose.Core;
using MineRose.Core.Heat;
using MineRose.Core.Park;

namespace MineRose.Optimization.Dispatch;

/// <summary>What the heat family of the dispatch LP reads: the greenhouses' heating and cooling demand at their set-points,
/// the heat pumps' COP and EER, the mine-water flow each kW of heat or cold takes, and the ratings.</summary>
/// <remarks>
/// <para>The coefficients are those of <see cref="MineWaterHeatPump"/> [80], [81], [84] at the same temperatures the simulator uses:
/// COP_t = <see cref="HeatPumpPerformance.HeatingCop"/>(supply temperature, minimum mine-water return); EER_t =
/// <see cref="HeatPumpPerformance.CoolingEer"/>(chilled supply, maximum mine-water return); heating takes
/// a_h = (1 − 1/COP)/(ρc_p·(T_src − T_ret,min)) m³/h per kW; free cooling delivers k_f = ρc_p·min(ε·(T_loop − T_src), T_ret,max − T_src)
/// kW per m³/h where T_loop − T_src exceeds the exchanger approach (else 0); compressor cooling k_m = ρc_p·(T_ret,max − T_src)/(1 + 1/EER).
/// T_src is the source's undisturbed temperature (a drawdown of the lumped reservoir is not followed by the LP). <see cref="From"/>
/// gives the full-load COP and EER; <see cref="DispatchInputs.FromBaseline(ParkYear, DispatchOptions)"/> then replaces the heating
/// COP by the one the simulator achieved at the rules' load (<see cref="PartLoadHeatingCop"/>: the cycling loss below
/// <see cref="HeatPumpSpec.MinimumPartLoadRatio"/> included); cooling stays at full load.</para>
/// </remarks>
public sealed record HeatPlantSeries
{
    // Heat carried by water per unit of flow and temperature change, ρ·c_p / 3.6×10⁶ [kW per (m³/h·K)].
    private const double KwPerM3hK = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.WaterSpecificHeatJKgK / 3.6e6;

    /// <summary>Heating demand H_t at the set-points, per interval [kW].</summary>
    public required double[] HeatingDemandKw { get; init; }

    /// <summary>Cooling demand K_t at the set-points, per interval [kW].</summary>
    public required double[] CoolingDemandKw { get; init; }

    /// <summary>Heat shortfall accepted without penalty per interval ū_t [kW] (the rule-based year's unserved heat: a plant
    /// too small for its peak stays too small in the plan, and the LP does not buy it back); empty for none.</summary>
    public double[] AcceptedHeatShortfallKw { get; init; } = [];

    /// <summary>Cooling shortfall accepted without penalty per interval v̄_t [kW] (the rule-based year's unserved cooling); empty for none.</summary>
    public double[] AcceptedCoolingShortfallKw { get; init; } = [];

    /// <summary>Heating COP_t of the heat pumps, per interval [—]; &gt; 0.</summary>
    public required double[] HeatingCop { get; init; }

    /// <summary>Cooling EER_t of the heat pumps, per interval [—]; 0 where the compressor cannot reject heat into the water.</summary>
    public required double[] CoolingEer { get; init; }

    /// <summary>Whether the mine water is warm enough for the heat pumps to heat (above the minimum return temperature).</summary>
    public bool HeatPumpCanHeat { get; init; } = true;

    /// <summary>Mine-water flow per kW of heat pump heat a_h [m³/h per kW]; 0 leaves the flow unlimited.</summary>
    public double HeatingFlowM3hPerKw { get; init; }

    /// <summary>Cold per unit of mine-water flow by free cooling k_f [kW per m³/h]; 0 where free cooling cannot run.</summary>
    public double FreeCoolingKwPerM3h { get; init; }

    /// <summary>Cold per unit of mine-water flow by the compressor k_m [kW per m³/h]; 0 where it cannot run.</summary>
    public double CompressorCoolingKwPerM3h { get; init; }

    /// <summary>Mine-water flow limit V̄ [m³/h]; +∞ for none.</summary>
    public double MaxFlowM3h { get; init; } = double.PositiveInfinity;

    /// <summary>Mine-water circulation pump electricity per unit of flow p [kW per m³/h].</summary>
    public double PumpKwPerM3h { get; init; }

    /// <summary>Heat-pump heating rating of the design [kW] (the dispatch's K_hp; sizing passes its own).</summary>
    public double RatedHeatingKw { get; init; }

    /// <summary>Heat-pump compressor cooling rating of the design [kW] (the dispatch's K_cc).</summary>
    public double RatedCoolingKw { get; init; }

    /// <summary>Backup boiler heat output Q̄_b [kW].</summary>
    public double BoilerKw { get; init; }

    /// <summary>Boiler fuel cost per kWh of heat c_b [CNY/kWh].</summary>
    public double BoilerCnyPerKwh { get; init; }

    /// <summary>Number of intervals [—].</summary>
    public int Count => HeatingDemandKw.Length;

    /// <summary>Checks lengths and values against <paramref name="count"/> intervals and returns the series, or throws naming the bad field.</summary>
    /// <param name="count">Intervals of the dispatch grid [—].</param>
    public HeatPlantSeries Validated(int count)
    {
        foreach (var (name, a) in new[] { ("heating_demand_kw", HeatingDemandKw), ("cooling_demand_kw", CoolingDemandKw), ("heating_cop", HeatingCop), ("cooling_eer", CoolingEer) })
        {
            if (a.Length != count)
                throw new InvalidInputException(name, a.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{count} values, one per interval");
        }
        foreach (var (name, a) in new[] { ("accepted_heat_shortfall_kw", AcceptedHeatShortfallKw), ("accepted_cooling_shortfall_kw", AcceptedCoolingShortfallKw) })
        {
            if (a.Length != 0 && a.Length != count)
                throw new InvalidInputException(name, a.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"0 or {count} values, one per interval");
            foreach (var v in a)
                Guard.NonNegative(v, name);
        }
        for (int t = 0; t < count; t++)
        {
            Guard.NonNegative(HeatingDemandKw[t], "heating_demand_kw");
            Guard.NonNegative(CoolingDemandKw[t], "cooling_demand_kw");
            Guard.Positive(HeatingCop[t], "heating_cop");
            Guard.NonNegative(CoolingEer[t], "cooling_eer");
        }
        Guard.NonNegative(HeatingFlowM3hPerKw, "heating_flow_m3h_per_kw");
        Guard.NonNegative(FreeCoolingKwPerM3h, "free_cooling_kw_per_m3h");
        Guard.NonNegative(CompressorCoolingKwPerM3h, "compressor_cooling_kw_per_m3h");
        if (!(MaxFlowM3h > 0))
            throw new InvalidInputException("max_flow_m3h", Guard.Format(MaxFlowM3h), "> 0 (+∞ for no limit)");
        Guard.NonNegative(PumpKwPerM3h, "pump_kw_per_m3h");
        Guard.NonNegative(RatedHeatingKw, "rated_heating_kw");
        Guard.NonNegative(RatedCoolingKw, "rated_cooling_kw");
        Guard.NonNegative(BoilerKw, "boiler_kw");
        Guard.NonNegative(BoilerCnyPerKwh, "boiler_cny_per_kwh");
        return this;
    }

    /// <summary>The series of a heat plant for given demands, with the plant's full-load COP and EER at its circuit temperatures.</summary>
    /// <param name="plant">The heat pumps, mine water and boiler.</param>
    /// <param name="heatingDemandKw">Heating demand per interval [kW].</param>
    /// <param name="coolingDemandKw">Cooling demand per interval [kW].</param>
    /// <param name="boilerCnyPerKwh">Boiler fuel cost per kWh of heat [CNY/kWh].</param>
    public static HeatPlantSeries From(HeatPlant plant, double[] heatingDemandKw, double[] coolingDemandKw, double boilerCnyPerKwh)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(heatingDemandKw);
        ArgumentNullException.ThrowIfNull(coolingDemandKw);
        plant.Validated();
        var spec = plant.HeatPump;
        var source = plant.Source;
        double srcC = source.TemperatureC;
        int n = heatingDemandKw.Length;
        double cop = HeatPumpPerformance.HeatingCop(spec, plant.HeatingSupplyTemperatureC, source.MinReturnTemperatureC);
        double heatingDropK = srcC - source.MinReturnTemperatureC;
        // No heat from water at or below the minimum return: the simulator delivers nothing, so neither may the LP.
        bool canHeat = heatingDropK > 0;
        double aH = canHeat ? (1 - 1 / cop) / (KwPerM3hK * heatingDropK) : 0;
        double kf = 0;
        if (spec.HasFreeCooling && FreeCooling.IsPossible(plant.CoolingLoopReturnTemperatureC, srcC, spec.FreeCoolingApproachK))
            kf = KwPerM3hK * FreeCooling.WaterTemperatureRiseK(spec.FreeCoolingEffectiveness, plant.CoolingLoopReturnTemperatureC, srcC, source.MaxReturnTemperatureC);
        double riseK = source.MaxReturnTemperatureC - srcC;
        double eer = riseK > 0 ? HeatPumpPerformance.CoolingEer(spec, plant.ChilledWaterTemperatureC, source.MaxReturnTemperatureC) : 0;
        double km = riseK > 0 ? KwPerM3hK * riseK / (1 + 1 / eer) : 0;
        return new HeatPlantSeries
        {
            HeatingDemandKw = heatingDemandKw,
            CoolingDemandKw = coolingDemandKw,
            HeatingCop = Enumerable.Repeat(cop, n).ToArray(),
            CoolingEer = Enumerable.Repeat(eer, n).ToArray(),
            HeatPumpCanHeat = canHeat,
            HeatingFlowM3hPerKw = aH,
            FreeCoolingKwPerM3h = kf,
            CompressorCoolingKwPerM3h = km,
            MaxFlowM3h = source.MaxFlowM3h,
            PumpKwPerM3h = CirculationPump.PowerPerFlowKwPerM3h(source.PumpHeadM, source.PumpEfficiency),
            RatedHeatingKw = spec.RatedHeatingKw,
            RatedCoolingKw = spec.RatedCoolingKw,
            BoilerKw = plant.BackupBoilerKw,
            BoilerCnyPerKwh = boilerCnyPerKwh,
        };
    }

    /// <summary>The heating COP per interval as the simulator achieved it at the rules' load, part-load cycling included:
    /// COP_t = Q_hp,t / W_t where the heat pumps only heated in interval t (no cooling, some compressor electricity), else the
    /// full-load value.</summary>
    /// <remarks>Below the minimum part-load ratio the simulator's heat pumps cycle and draw W = W_ref·(1 + (1 − C_d)(1 − CR)/CR)
    /// [83] (<c>MineWaterHeatPump.Heat</c>): a fixed share of the rating's electricity whenever they run, which a linear model
    /// cannot hold (it is a jump at Q = 0). The achieved COP is the secant through the origin at the held plan: the LP's heat-plant
    /// electricity equals the simulator's where the plan keeps the rules' heat, and a plan that pre-heats sees the average
    /// rather than the marginal part-load cost (the marginal cost of more heat while cycling is C_d/COP, less than 1/COP_t).</remarks>
    /// <param name="fullLoadCop">The full-load COP per interval [—].</param>
    /// <param name="ledger">The rule-based year's ledger.</param>
    public static double[] PartLoadHeatingCop(double[] fullLoadCop, ParkLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(fullLoadCop);
        ArgumentNullException.ThrowIfNull(ledger);
        if (ledger.HeatPumpHeatKw.Length != fullLoadCop.Length)
            throw new InvalidInputException("part-load COP length", ledger.HeatPumpHeatKw.Length.ToString(CultureInfo.InvariantCulture), $"{fullLoadCop.Length} values, one per interval");
        var cop = (double[])fullLoadCop.Clone();
        for (int i = 0; i < cop.Length; i++)
        {
            double heatKw = ledger.HeatPumpHeatKw[i], electricKw = ledger.HeatPumpElectricityKw[i];
            if (heatKw > 0 && electricKw > 0 && ledger.HeatPumpCoolingKw[i] <= 0 && ledger.FreeCoolingKw[i] <= 0)
                cop[i] = heatKw / electricKw;
        }
        return cop;
    }

    /// <summary>The intervals [start, start + count).</summary>
    /// <param name="start">First interval.</param>
    /// <param name="count">Number of intervals.</param>
    public HeatPlantSeries Window(int start, int count) => this with
    {
        HeatingDemandKw = HeatingDemandKw.AsSpan(start, count).ToArray(),
        CoolingDemandKw = CoolingDemandKw.AsSpan(start, count).ToArray(),
        HeatingCop = HeatingCop.AsSpan(start, count).ToArray(),
        AcceptedHeatShortfallKw = AcceptedHeatShortfallKw.Length == 0 ? [] : AcceptedHeatShortfallKw.AsSpan(start, count).ToArray(),
        AcceptedCoolingShortfallKw = AcceptedCoolingShortfallKw.Length == 0 ? [] : AcceptedCoolingShortfallKw.AsSpan(start, count).ToArray(),
        CoolingEer = CoolingEer.AsSpan(start, count).ToArray(),
    };
}
