using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Shaft pumped hydro: the water above the upper reservoir's minimum as state, pumping and generating linked to it by
/// the linearised electricity per m³, and the binaries that are essential: turbine minimum load, no pumping while generating,
/// whole fixed-speed pumps.</summary>
/// <remarks>
/// <para>W_t = W_{t−1} + P_p,t·Δt/e_p − P_g,t·Δt/e_g − L·Δt + s_t, W_{−1} = f₀·V; 0 ≤ W_t ≤ V; W_{n−1} + s_end ≥ f₀·V;
/// 0 ≤ P_g,t ≤ P̄_g, 0 ≤ P_p,t ≤ P̄_p; wear w_h·(P_g,t + P_p,t)·Δt in the objective.</para>
/// <para>With binaries: P_min·u_g,t ≤ P_g,t ≤ P̄_g·u_g,t; fixed-speed pumps P_p,t = P_unit·k_t with k_t ∈ {0..n},
/// k_t ≤ n·(1 − u_g,t); variable-speed pumps x_min·P_unit·u_p,t ≤ P_p,t ≤ P̄_p·u_p,t with u_g,t + u_p,t ≤ 1. Without them (the LP relaxation)
/// only the box bounds remain.</para>
/// <para>Symbols: W → <see cref="ContentM3"/> (upper volume = V_u,min + W, lower = V_l,min + V − W); P_g, P_p →
/// <see cref="GenerateKw"/>, <see cref="PumpKw"/>; e_g, e_p → <see cref="ShaftStorageLinearisation.GenerateKwhPerM3"/>,
/// <see cref="ShaftStorageLinearisation.PumpKwhPerM3"/> at <see cref="DispatchInputs.HydroLinearisationFill"/>; V →
/// <see cref="DispatchCapacities.HydroActiveVolumeM3"/>; P̄_g, P̄_p → <see cref="DispatchCapacities.HydroGeneratingKw"/>,
/// <see cref="DispatchCapacities.HydroPumpingKw"/>; P_min → <see cref="ShaftStorageLinearisation.MinimumGeneratingKw"/>;
/// L → <see cref="ShaftStorageLinearisation.UpperLossM3h"/>; f₀ → <see cref="DispatchInputs.HydroInitialFill"/>; w_h →
/// <see cref="DispatchOptions.HydroWearCnyPerKwh"/>; s, s_end → slack families <c>shaft_water_balance</c>,
/// <c>shaft_end_level</c> [m³]. Mine-water inflow goes to the lower reservoir and is dewatered by the simulator's rule; it
/// does not enter the LP.</para>
/// </remarks>
public sealed class ShaftStorageConstraints
{
    private ShaftStorageConstraints(Variable[] generateKw, Variable[] pumpKw, Variable[] contentM3)
    {
        GenerateKw = generateKw;
        PumpKw = pumpKw;
        ContentM3 = contentM3;
    }

    /// <summary>Electricity generated per interval [kW].</summary>
    public Variable[] GenerateKw { get; }

    /// <summary>Electricity absorbed by pumping per interval [kW].</summary>
    public Variable[] PumpKw { get; }

    /// <summary>Water in the upper reservoir above its minimum at the end of each interval [m³].</summary>
    public Variable[] ContentM3 { get; }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">The linearised plant and its starting fill.</param>
    /// <param name="capacities">Volume and power capacities.</param>
    /// <param name="options">Binaries, wear and slack prices.</param>
    public static ShaftStorageConstraints Add(LpModel model, DispatchInputs inputs, DispatchCapacities capacities, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(options);
        var plant = inputs.Hydro ?? throw new Core.InvalidInputException("pumped_hydro", "none", "a shaft storage for its constraints");
        int n = inputs.Count;
        double dt = inputs.StepHours;
        double eg = plant.GenerateKwhPerM3(inputs.HydroLinearisationFill);
        double ep = plant.PumpKwhPerM3(inputs.HydroLinearisationFill);
        double f0 = inputs.HydroInitialFill;
        bool binaries = options.UseBinaries;
        bool fixedSpeed = plant.PumpMinimumFraction >= 0.999;
        double bigGenKw = BigM(capacities.HydroGeneratingKw);
        double bigPumpKw = BigM(capacities.HydroPumpingKw);
        var gen = new Variable[n];
        var pump = new Variable[n];
        var w = new Variable[n];
        var objective = model.Objective;
        for (int t = 0; t < n; t++)
        {
            gen[t] = model.Continuous(0, double.PositiveInfinity, "hydro_generate_kw", t);
            pump[t] = model.Continuous(0, double.PositiveInfinity, "hydro_pump_kw", t);
            w[t] = model.Continuous(0, double.PositiveInfinity, "hydro_content_m3", t);
            model.AtMost(gen[t], capacities.HydroGeneratingKw, 1, "hydro_generate_limit", t);
            model.AtMost(pump[t], capacities.HydroPumpingKw, 1, "hydro_pump_limit", t);
            model.AtMost(w[t], capacities.HydroActiveVolumeM3, 1, "hydro_content_limit", t);
            objective.SetCoefficient(gen[t], options.HydroWearCnyPerKwh * dt);
            objective.SetCoefficient(pump[t], options.HydroWearCnyPerKwh * dt);

            var balance = model.Row(-plant.UpperLossM3h * dt, -plant.UpperLossM3h * dt, "shaft_water_balance", t);
            balance.SetCoefficient(w[t], 1);
            balance.SetCoefficient(pump[t], -dt / ep);
            balance.SetCoefficient(gen[t], dt / eg);
            balance.SetCoefficient(model.Slack("shaft_water_balance", "m³", options.WaterSlackPenaltyCnyPerM3, 1, t), -1);
            if (t == 0)
                capacities.HydroActiveVolumeM3.AddTo(balance, -f0, -plant.UpperLossM3h * dt, -plant.UpperLossM3h * dt);
            else
                balance.SetCoefficient(w[t - 1], -1);

            if (!binaries)
                continue;
            var ug = model.Integer(0, 1, "hydro_generating", t);
            var minLoad = model.Row(0, double.PositiveInfinity, "hydro_minimum_load", t);
            minLoad.SetCoefficient(gen[t], 1);
            minLoad.SetCoefficient(ug, -plant.MinimumGeneratingKw);
            var genOn = model.Row(double.NegativeInfinity, 0, "hydro_generate_on", t);
            genOn.SetCoefficient(gen[t], 1);
            genOn.SetCoefficient(ug, -bigGenKw);
            if (fixedSpeed)
            {
                // Whole pumps, none while generating: k_t ≤ n·(1 − u_g,t) (no separate pumping binary needed).
                var k = model.Integer(0, plant.UnitCount, "hydro_pumps_running", t);
                var whole = model.Row(0, 0, "hydro_whole_pumps", t);
                whole.SetCoefficient(pump[t], 1);
                whole.SetCoefficient(k, -plant.UnitPumpKw);
                var pumpsOff = model.Row(double.NegativeInfinity, plant.UnitCount, "hydro_one_mode", t);
                pumpsOff.SetCoefficient(k, 1);
                pumpsOff.SetCoefficient(ug, plant.UnitCount);
            }
            else
            {
                var up = model.Integer(0, 1, "hydro_pumping", t);
                var exclusive = model.Row(double.NegativeInfinity, 1, "hydro_one_mode", t);
                exclusive.SetCoefficient(ug, 1);
                exclusive.SetCoefficient(up, 1);
                var pumpMin = model.Row(0, double.PositiveInfinity, "hydro_pump_minimum", t);
                pumpMin.SetCoefficient(pump[t], 1);
                pumpMin.SetCoefficient(up, -plant.PumpMinimumFraction * plant.UnitPumpKw);
                var pumpOn = model.Row(double.NegativeInfinity, 0, "hydro_pump_on", t);
                pumpOn.SetCoefficient(pump[t], 1);
                pumpOn.SetCoefficient(up, -bigPumpKw);
            }
        }
        var end = model.Row(0, double.PositiveInfinity, "shaft_end_level", n - 1);
        end.SetCoefficient(w[n - 1], 1);
        end.SetCoefficient(model.Slack("shaft_end_level", "m³", options.WaterSlackPenaltyCnyPerM3, 1, n - 1), 1);
        capacities.HydroActiveVolumeM3.AddTo(end, -f0, 0, double.PositiveInfinity);
        return new ShaftStorageConstraints(gen, pump, w);
    }

    // A bound on a capacity for the on/off rows: the constant itself, or the sizing variable's upper bound.
    private static double BigM(CapacityExpression capacity) =>
        capacity.IsConstant ? capacity.Constant : Math.Abs(capacity.Scale) * capacity.Variable!.Ub();
}
