using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>The heat plant in the dispatch LP (and in sizing): mine-water heat pumps heating and cooling at their COP and EER,
/// free cooling within its exchanger limit, the backup boiler, the shared mine-water flow, electricity on the bus, and optionally
/// the greenhouses' thermal mass as a store (<see cref="GreenhouseFlexibility"/>).</summary>
/// <remarks>
/// <para>Heat: Q_hp,t + Q_b,t + u_t = H_t + C_a·(θ_t − θ_{t−1})/Δt + UA·θ_t + H_m·(θ_t − μ_t), C_m·(μ_t − μ_{t−1})/Δt = H_m·(θ_t − μ_t)
/// (without flexibility θ ≡ μ ≡ 0: Q_hp + Q_b + u = H);
/// 0 ≤ Q_hp,t ≤ K_hp; 0 ≤ Q_b,t ≤ Q̄_b; θ_min ≤ θ_t ≤ θ_max.</para>
/// <para>Cold: Q_fc,t + Q_cc,t + v_t = K_t; 0 ≤ Q_cc,t ≤ K_cc; free cooling is bounded by the water it warms.</para>
/// <para>Mine water: a_h·Q_hp,t ≤ V̄ and Q_fc,t/k_f + Q_cc,t/k_m ≤ V̄ (heating and cooling in one interval each see the whole
/// flow, as in the simulator).</para>
/// <para>Shortfall the rule-based year had is accepted at no cost: u_t ≤ ū_t, v_t ≤ v̄_t beyond which priced slack begins
/// (<see cref="HeatPlantSeries.AcceptedHeatShortfallKw"/>).</para>
/// <para>Electricity, a use on the bus row of interval t: E_t = Q_hp,t·(1/COP_t + p·a_h) + Q_fc,t·p/k_f + Q_cc,t·(1/EER_t + p/k_m).</para>
/// <para>Shifted lamps (<see cref="LightingShiftConstraints"/>): the lamps' electricity ends as heat in the air, so where they may
/// burn the heat row reads Q_hp,t + Q_b,t + u_t + L_t − x_t = H_t + B_t + (store terms), B_t the rules' lamp power (already in H_t),
/// L_t the planned one and x_t ≥ 0 lamp heat vented (the house was not heated then): moving lamps off a cold night raises that
/// night's heat demand by what they gave.</para>
/// <para>Objective: + c_b·Q_b,t·Δt + π·(u_t + v_t)·Δt. Heat pumps with a thermal store in a dispatch LP as in [231], building
/// mass as flexible demand as in [232].</para>
/// <para>Symbols → fields: H, K, COP, EER, a_h, k_f, k_m, V̄, p, Q̄_b, c_b → <see cref="HeatPlantSeries"/>; C_a, C_m, H_m, UA, θ_min, θ_max →
/// <see cref="GreenhouseFlexibility"/>; K_hp, K_cc → <see cref="DispatchCapacities.HeatPumpHeatingKw"/>,
/// <see cref="DispatchCapacities.HeatPumpCoolingKw"/> (constants, or sizing variables); u, v → slack families <c>heat_unserved</c>,
/// <c>cooling_unserved</c> [kWh]. Model reductions: no variable for a boiler that is absent, no cooling variable or row in an
/// interval without cooling demand, no heat row or variable in an interval without heating demand when θ is not a state, no
/// unserved-heat slack without heating demand (the row is then always met: heat ≥ 0 and θ decays freely toward the mass), no
/// electric surplus slack where the fixed load is not negative. (Holding θ at 0 where no heating follows was tried and
/// dropped: θ cannot be forced down faster than the house cools, so a window starting pre-heated became infeasible.)</para>
/// </remarks>
public sealed class HeatPlantConstraints
{
    private readonly HeatPlantSeries series;

    private HeatPlantConstraints(HeatPlantSeries series, Variable?[] hp, Variable?[] boiler, Variable?[] freeCooling, Variable?[] compressorCooling, Variable[]? offset)
    {
        this.series = series;
        HeatPumpHeatKw = hp;
        BoilerHeatKw = boiler;
        FreeCoolingKw = freeCooling;
        CompressorCoolingKw = compressorCooling;
        OffsetK = offset;
    }

    /// <summary>Heat from the heat pumps Q_hp per interval [kW]; null where it is fixed at 0.</summary>
    public Variable?[] HeatPumpHeatKw { get; }

    /// <summary>Heat from the boiler Q_b per interval [kW]; null where it is fixed at 0.</summary>
    public Variable?[] BoilerHeatKw { get; }

    /// <summary>Free cooling Q_fc per interval [kW]; null where it is fixed at 0.</summary>
    public Variable?[] FreeCoolingKw { get; }

    /// <summary>Compressor cooling Q_cc per interval [kW]; null where it is fixed at 0.</summary>
    public Variable?[] CompressorCoolingKw { get; }

    /// <summary>Deviation θ of the inside air from the heating set-point at each interval's end [K]; null without flexibility.</summary>
    public Variable[]? OffsetK { get; }

    /// <summary>Deviation μ of the greenhouse mass from the held trajectory at each interval's end [K]; null without the mass node.</summary>
    public Variable[]? MassOffsetK { get; private init; }

    /// <summary>The heat balance row of each interval (heat supplied = demand), null where there is none.</summary>
    public Constraint?[] HeatRows { get; private init; } = [];

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="heat">Demands, COP/EER and flow coefficients (validated here against the rows).</param>
    /// <param name="greenhouse">The greenhouses as a store, or null to hold the set-points.</param>
    /// <param name="heatPumpHeatingKw">Heat-pump heating capacity K_hp [kW].</param>
    /// <param name="heatPumpCoolingKw">Heat-pump compressor cooling capacity K_cc [kW].</param>
    /// <param name="electricRows">The bus row of each interval (sources − uses = fixed load).</param>
    /// <param name="stepHours">Interval Δt [h].</param>
    /// <param name="boilerCnyPerKwh">Boiler fuel cost per kWh of heat, weighted as the caller weights prices [CNY/kWh].</param>
    /// <param name="penaltyCnyPerKwh">Price of heat or cold not served, weighted likewise [CNY/kWh].</param>
    /// <param name="shiftedLamps">Lamps the LP may shift (their heat then moves with them: see remarks), or null.</param>
    public static HeatPlantConstraints Add(LpModel model, HeatPlantSeries heat, GreenhouseFlexibility? greenhouse,
        CapacityExpression heatPumpHeatingKw, CapacityExpression heatPumpCoolingKw, Constraint[] electricRows,
        double stepHours, double boilerCnyPerKwh, double penaltyCnyPerKwh, LightingShiftSeries? shiftedLamps = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heat);
        ArgumentNullException.ThrowIfNull(electricRows);
        int n = electricRows.Length;
        heat.Validated(n);
        greenhouse?.Validated();
        shiftedLamps?.Validated(n);
        var heatRows = new Constraint?[n];
        Core.Guard.Positive(stepHours, "step_hours");
        double dt = stepHours;
        double p = heat.PumpKwPerM3h;
        var hp = new Variable?[n];
        var boiler = new Variable?[n];
        var fc = new Variable?[n];
        var cc = new Variable?[n];
        var theta = greenhouse is null ? null : new Variable[n];
        var mu = greenhouse is { HasMass: true } ? new Variable[n] : null;
        double cmOverDt = greenhouse is null ? 0 : greenhouse.MassCapacityKwhPerK / dt;
        double hm = mu is null ? 0 : greenhouse!.MassConductanceKwPerK;
        double cOverDt = greenhouse is null ? 0 : greenhouse.HeatCapacityKwhPerK / dt;
        double ua = greenhouse?.ConductanceKwPerK ?? 0;
        bool flowLimited = !double.IsPositiveInfinity(heat.MaxFlowM3h);
        for (int t = 0; t < n; t++)
        {
            double h = heat.HeatingDemandKw[t];
            // Shiftable lamps: their electricity heats the air, so the row holds H_t + B_t − L_t (L_t added by the lighting family)
            // and a vent column takes lamp heat the house does not need.
            bool lampsHere = shiftedLamps is { InstalledKw: > 0 } && shiftedLamps.InPhotoperiod[t];
            double lampKw = lampsHere ? shiftedLamps!.BaselineKw[t] : 0;
            if (greenhouse is not null || h > 0 || lampsHere)
            {
                if (theta is not null)
                    theta[t] = model.Continuous(greenhouse!.MinOffsetK, greenhouse.MaxOffsetK, "greenhouse_offset_k", t);
                double demand = h + lampKw;
                var row = model.Row(demand, demand, "heat_balance", t);
                heatRows[t] = row;
                if (lampsHere)
                    row.SetCoefficient(model.Continuous(0, double.PositiveInfinity, "lamp_heat_vented_kw", t), -1);
                if (heat.HeatPumpCanHeat)
                {
                    var q = model.Continuous(0, double.PositiveInfinity, "heat_pump_heat_kw", t);
                    model.AtMost(q, heatPumpHeatingKw, 1, "heat_pump_capacity", t);
                    row.SetCoefficient(q, 1);
                    electricRows[t].SetCoefficient(q, -(1 / heat.HeatingCop[t] + p * heat.HeatingFlowM3hPerKw));
                    hp[t] = q;
                }
                if (heat.BoilerKw > 0)
                {
                    var b = model.Continuous(0, heat.BoilerKw, "boiler_heat_kw", t);
                    model.Objective.SetCoefficient(b, boilerCnyPerKwh * dt);
                    row.SetCoefficient(b, 1);
                    boiler[t] = b;
                }
                // Without demand the row is always met (heat ≥ 0 and θ free to decay): no slack column there.
                if (h > 0 || lampKw > 0)
                    row.SetCoefficient(model.Slack("heat_unserved", "kWh", penaltyCnyPerKwh, dt, t), 1);
                if (heat.AcceptedHeatShortfallKw.Length > 0 && heat.AcceptedHeatShortfallKw[t] > 0)
                    row.SetCoefficient(model.Continuous(0, heat.AcceptedHeatShortfallKw[t], "heat_shortfall_kw", t), 1);
                if (theta is not null)
                {
                    row.SetCoefficient(theta[t], -(cOverDt + ua + hm));
                    if (t > 0)
                        row.SetCoefficient(theta[t - 1], cOverDt);
                    else
                        row.SetBounds(demand - cOverDt * greenhouse!.InitialOffsetK, demand - cOverDt * greenhouse.InitialOffsetK);
                }
                if (mu is not null)
                {
                    // Mass node: (C_m/Δt + H_m)·μ_t − H_m·θ_t − C_m/Δt·μ_{t−1} = 0; the air row gains + H_m·μ_t.
                    mu[t] = model.Continuous(-10, 10, "greenhouse_mass_offset_k", t);
                    row.SetCoefficient(mu[t], hm);
                    double start = t == 0 ? cmOverDt * greenhouse!.InitialMassOffsetK : 0;
                    var mass = model.Row(start, start, "greenhouse_mass", t);
                    mass.SetCoefficient(mu[t], cmOverDt + hm);
                    mass.SetCoefficient(theta![t], -hm);
                    if (t > 0)
                        mass.SetCoefficient(mu[t - 1], -cmOverDt);
                }
            }

            double k = heat.CoolingDemandKw[t];
            if (k > 0)
            {
                var row = model.Row(k, k, "cooling_balance", t);
                Constraint? flow = flowLimited ? model.Row(double.NegativeInfinity, heat.MaxFlowM3h, "mine_water_flow", t) : null;
                if (heat.FreeCoolingKwPerM3h > 0)
                {
                    var f = model.Continuous(0, double.PositiveInfinity, "free_cooling_kw", t);
                    row.SetCoefficient(f, 1);
                    flow?.SetCoefficient(f, 1 / heat.FreeCoolingKwPerM3h);
                    electricRows[t].SetCoefficient(f, -p / heat.FreeCoolingKwPerM3h);
                    fc[t] = f;
                }
                if (heat.CompressorCoolingKwPerM3h > 0 && heat.CoolingEer[t] > 0)
                {
                    var c = model.Continuous(0, double.PositiveInfinity, "compressor_cooling_kw", t);
                    model.AtMost(c, heatPumpCoolingKw, 1, "heat_pump_cooling_capacity", t);
                    row.SetCoefficient(c, 1);
                    flow?.SetCoefficient(c, 1 / heat.CompressorCoolingKwPerM3h);
                    electricRows[t].SetCoefficient(c, -(1 / heat.CoolingEer[t] + p / heat.CompressorCoolingKwPerM3h));
                    cc[t] = c;
                }
                row.SetCoefficient(model.Slack("cooling_unserved", "kWh", penaltyCnyPerKwh, dt, t), 1);
                if (heat.AcceptedCoolingShortfallKw.Length > 0 && heat.AcceptedCoolingShortfallKw[t] > 0)
                    row.SetCoefficient(model.Continuous(0, heat.AcceptedCoolingShortfallKw[t], "cooling_shortfall_kw", t), 1);
            }
            // As in the simulator, heating and cooling in one interval each see the whole flow (no split, rare within an hour).
            if (flowLimited && hp[t] is { } hq && heat.HeatingFlowM3hPerKw > 0)
                hq.SetUb(Math.Min(hq.Ub(), heat.MaxFlowM3h / heat.HeatingFlowM3hPerKw));
        }
        return new HeatPlantConstraints(heat, hp, boiler, fc, cc, theta) { MassOffsetK = mu, HeatRows = heatRows };
    }

    /// <summary>The heat plant's planned electricity E_t in interval <paramref name="t"/> after a solve [kW].</summary>
    /// <param name="t">Interval index.</param>
    public double ElectricityKw(int t)
    {
        double p = series.PumpKwPerM3h;
        double e = 0;
        if (HeatPumpHeatKw[t] is { } q)
            e += q.SolutionValue() * (1 / series.HeatingCop[t] + p * series.HeatingFlowM3hPerKw);
        if (FreeCoolingKw[t] is { } f)
            e += f.SolutionValue() * p / series.FreeCoolingKwPerM3h;
        if (CompressorCoolingKw[t] is { } c)
            e += c.SolutionValue() * (1 / series.CoolingEer[t] + p / series.CompressorCoolingKwPerM3h);
        return e;
    }

    /// <summary>A planned value after a solve, 0 where the variable is absent.</summary>
    /// <param name="variable">The variable, or null.</param>
    public static double ValueOf(Variable? variable) => variable?.SolutionValue() ?? 0;
}
