using Google.OrTools.LinearSolver;
using MineRose.Core.Storage;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Battery: stored energy as state, charge and discharge within the rating, the state of charge within its window.</summary>
/// <remarks>
/// <para>E_t = r·E_{t−1} + η_ch·P_ch,t·Δt − P_dis,t·Δt/η_dis + s_t, with r = (1 − σ)^(Δt/730) and E_{−1} = f₀·C [87], [89];
/// SOC_min·C ≤ E_t ≤ SOC_max·C; 0 ≤ P_ch,t, P_dis,t ≤ P̄; E_{n−1} + s_end ≥ f₀·C (the store ends no emptier than it began);
/// wear w·(P_ch,t + P_dis,t)·Δt in the objective.</para>
/// <para>Symbols: E → <see cref="EnergyKwh"/>; P_ch, P_dis → <see cref="ChargeKw"/>, <see cref="DischargeKw"/>; C →
/// <see cref="DispatchCapacities.BatteryEnergyKwh"/>; P̄ → <see cref="DispatchCapacities.BatteryPowerKw"/>; η, SOC, σ →
/// <see cref="BatterySpec"/>; f₀ → <see cref="DispatchInputs.BatteryInitialFraction"/>; w → <see cref="WearCnyPerKwh"/>;
/// s, s_end → priced slack (families <c>battery_energy_balance</c>, <c>battery_end_level</c>). Capacity fade over the year
/// (≈0.5 % at 300 cycles [88]) is left out of the LP; the replay applies it.</para>
/// </remarks>
public sealed class BatteryConstraints
{
    private BatteryConstraints(Variable[] chargeKw, Variable[] dischargeKw, Variable[] energyKwh)
    {
        ChargeKw = chargeKw;
        DischargeKw = dischargeKw;
        EnergyKwh = energyKwh;
    }

    /// <summary>Charging power at the terminals per interval [kW].</summary>
    public Variable[] ChargeKw { get; }

    /// <summary>Discharging power at the terminals per interval [kW].</summary>
    public Variable[] DischargeKw { get; }

    /// <summary>Energy stored at the end of each interval [kWh].</summary>
    public Variable[] EnergyKwh { get; }

    /// <summary>Default wear cost per kWh through the terminals [CNY/kWh]: the battery's capex spread over the terminal energy
    /// it passes (charge plus discharge) before it fades to end of life, w = c_kWh / (2·N·(1 − f_EoL)/(1 − f_N)): a throughput
    /// (cycle-counting) degradation cost [230].</summary>
    /// <param name="spec">The battery (N, f_N, f_EoL) [88].</param>
    /// <param name="capexCnyPerKwh">Battery capex c_kWh [CNY/kWh].</param>
    public static double WearCnyPerKwh(BatterySpec spec, double capexCnyPerKwh)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double cyclesToEndOfLife = spec.CycleLifeEquivalentFullCycles * (1 - spec.EndOfLifeCapacityFraction) / (1 - spec.CapacityFractionAtCycleLife);
        return capexCnyPerKwh / (2 * cyclesToEndOfLife);
    }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">The battery spec and starting state.</param>
    /// <param name="capacities">Energy and power capacity.</param>
    /// <param name="options">Wear and slack prices.</param>
    public static BatteryConstraints Add(LpModel model, DispatchInputs inputs, DispatchCapacities capacities, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(options);
        var spec = inputs.Battery ?? throw new Core.InvalidInputException("battery", "none", "a battery for the battery constraints");
        int n = inputs.Count;
        double dt = inputs.StepHours;
        double retained = Math.Pow(1 - spec.SelfDischargePerMonth, dt / Battery.HoursPerMonth);
        double wear = options.BatteryWearCnyPerKwh ?? WearCnyPerKwh(spec, inputs.BatteryCapexCnyPerKwh);
        double f0 = inputs.BatteryInitialFraction;
        var ch = new Variable[n];
        var dis = new Variable[n];
        var e = new Variable[n];
        var objective = model.Objective;
        for (int t = 0; t < n; t++)
        {
            ch[t] = model.Continuous(0, double.PositiveInfinity, "battery_charge_kw", t);
            dis[t] = model.Continuous(0, double.PositiveInfinity, "battery_discharge_kw", t);
            e[t] = model.Continuous(0, double.PositiveInfinity, "battery_energy_kwh", t);
            model.AtMost(ch[t], capacities.BatteryPowerKw, 1, "battery_charge_limit", t);
            model.AtMost(dis[t], capacities.BatteryPowerKw, 1, "battery_discharge_limit", t);
            model.AtMost(e[t], capacities.BatteryEnergyKwh, spec.MaxStateOfCharge, "battery_soc_max", t);
            model.AtLeast(e[t], capacities.BatteryEnergyKwh, spec.MinStateOfCharge, "battery_soc_min", t);
            objective.SetCoefficient(ch[t], wear * dt);
            objective.SetCoefficient(dis[t], wear * dt);

            var balance = model.Row(0, 0, "battery_energy_balance", t);
            balance.SetCoefficient(e[t], 1);
            balance.SetCoefficient(ch[t], -spec.ChargeEfficiency * dt);
            balance.SetCoefficient(dis[t], dt / spec.DischargeEfficiency);
            balance.SetCoefficient(model.Slack("battery_energy_balance", "kWh", options.SlackPenaltyCnyPerKwh, 1, t), -1);
            if (t == 0)
                capacities.BatteryEnergyKwh.AddTo(balance, -retained * f0, 0, 0);
            else
                balance.SetCoefficient(e[t - 1], -retained);
        }
        var end = model.Row(0, double.PositiveInfinity, "battery_end_level", n - 1);
        end.SetCoefficient(e[n - 1], 1);
        end.SetCoefficient(model.Slack("battery_end_level", "kWh", options.SlackPenaltyCnyPerKwh, 1, n - 1), 1);
        capacities.BatteryEnergyKwh.AddTo(end, -f0, 0, double.PositiveInfinity);
        return new BatteryConstraints(ch, dis, e);
    }
}
