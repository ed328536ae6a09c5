using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Sizing;

/// <summary>Greenhouse heating for sizing: the heat demand met by the mine-water heat pumps (within their capacity, drawing
/// Q/COP from the electric bus) and the backup boiler (at its fuel cost), with priced slack for heat not served.</summary>
/// <remarks>
/// <para>Q_hp,t + Q_b,t + u_t = H_t; 0 ≤ Q_hp,t ≤ K_hp; 0 ≤ Q_b,t ≤ K_b; the heat pumps' electricity Q_hp,t/COP_t is a use on
/// the electric bus row of interval t; the objective adds c_b·Q_b,t·Δt + π·u_t·Δt.</para>
/// <para>Symbols: H → heating demand of the simulator's year at the set-points (<c>ParkLedger.HeatingDemandKw</c>); COP_t → the
/// heating COP the simulator's heat-pump model [80] achieved in interval t (its annual mean where the pumps did not heat);
/// K_hp → the heat-pump capacity (constant or sizing variable); K_b, c_b → <c>HeatPlant.BackupBoilerKw</c>,
/// <c>ParkEconomics.BoilerHeatCostCnyPerKwh</c>; u, π → slack family <c>heat_unserved</c> [kWh]. Greenhouse thermal mass is not
/// used as a store here (the demand is the simulator's at fixed set-points), and the mine-water flow limit is left to the
/// replay.</para>
/// </remarks>
public sealed class HeatSupplyConstraints
{
    private HeatSupplyConstraints(Variable[] heatPumpKw, Variable[] boilerKw)
    {
        HeatPumpKw = heatPumpKw;
        BoilerKw = boilerKw;
    }

    /// <summary>Heat from the heat pumps per interval [kW].</summary>
    public Variable[] HeatPumpKw { get; }

    /// <summary>Heat from the boiler per interval [kW].</summary>
    public Variable[] BoilerKw { get; }

    /// <summary>Adds the family to a model over the intervals of one dispatch window.</summary>
    /// <param name="model">The model.</param>
    /// <param name="electricRows">The window's electric balance rows (sources − uses = fixed load).</param>
    /// <param name="heatDemandKw">Heat demand per interval [kW].</param>
    /// <param name="copHeating">Heating COP per interval [—]; &gt; 0.</param>
    /// <param name="heatPumpKw">Heat-pump heating capacity [kW].</param>
    /// <param name="boilerKw">Boiler capacity [kW].</param>
    /// <param name="boilerCnyPerKwh">Boiler fuel cost per kWh of heat, already weighted [CNY/kWh].</param>
    /// <param name="penaltyCnyPerKwh">Price of unserved heat, already weighted [CNY/kWh].</param>
    /// <param name="stepHours">Interval Δt [h].</param>
    public static HeatSupplyConstraints Add(LpModel model, Constraint[] electricRows, ReadOnlySpan<double> heatDemandKw, ReadOnlySpan<double> copHeating,
        CapacityExpression heatPumpKw, double boilerKw, double boilerCnyPerKwh, double penaltyCnyPerKwh, double stepHours)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(electricRows);
        int n = electricRows.Length;
        if (heatDemandKw.Length != n || copHeating.Length != n)
            throw new Core.InvalidInputException("heat series length", $"{heatDemandKw.Length}, {copHeating.Length}", $"{n} values, one per interval");
        var hp = new Variable[n];
        var boiler = new Variable[n];
        for (int t = 0; t < n; t++)
        {
            Core.Guard.Positive(copHeating[t], "cop_heating");
            hp[t] = model.Continuous(0, double.PositiveInfinity, "heat_pump_heat_kw", t);
            model.AtMost(hp[t], heatPumpKw, 1, "heat_pump_capacity", t);
            boiler[t] = model.Continuous(0, boilerKw, "boiler_heat_kw", t);
            model.Objective.SetCoefficient(boiler[t], boilerCnyPerKwh * stepHours);
            var balance = model.Row(heatDemandKw[t], heatDemandKw[t], "heat_balance", t);
            balance.SetCoefficient(hp[t], 1);
            balance.SetCoefficient(boiler[t], 1);
            balance.SetCoefficient(model.Slack("heat_unserved", "kWh", penaltyCnyPerKwh, stepHours, t), 1);
            electricRows[t].SetCoefficient(hp[t], -1 / copHeating[t]);
        }

        return new HeatSupplyConstraints(hp, boiler);
    }
}
