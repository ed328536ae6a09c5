using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Sizing;

/// <summary>Greenhouse heating when the greenhouse area is sized: the heat demand per m² times the area, met by the mine-water heat
/// pumps within their capacity and the mine water's heat, and by the backup boiler, with priced slack for heat not served.</summary>
/// <remarks>
/// <para>Q_hp,t + Q_b,t + u_t − h_t·A = 0; 0 ≤ Q_hp,t ≤ K_hp; Q_hp,t·(1 − 1/COP_t) ≤ Q_ev,max; 0 ≤ Q_b,t ≤ K_b; the heat pumps'
/// electricity Q_hp,t/COP_t is a use on the electric bus row of interval t; the objective adds c_b·Q_b,t·Δt + π·u_t·Δt.</para>
/// <para>Symbols: h_t → the base year's heating demand over its floor area (<c>ParkLedger.HeatingDemandKw</c> / A₀); A → the
/// greenhouse area (constant or sizing variable); Q_ev,max → the heat the mine water can give at its flow limit,
/// ṁ_max·c_p·(T_source − T_return,min) [80]; the rest as in <see cref="Dispatch.HeatPlantConstraints"/> (whose demand is a constant,
/// hence this family for a sized area).</para>
/// </remarks>
public sealed class AreaHeatSupplyConstraints
{
    private AreaHeatSupplyConstraints(Variable[] heatPumpKw, Variable[] boilerKw)
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
    /// <param name="heatDemandKwPerM2">Heat demand per m² of greenhouse per interval [kW/m²].</param>
    /// <param name="copHeating">Heating COP per interval [—]; &gt; 0.</param>
    /// <param name="areaM2">Greenhouse floor area [m²].</param>
    /// <param name="heatPumpKw">Heat-pump heating capacity [kW].</param>
    /// <param name="mineWaterHeatKw">Heat the mine water can give at its flow limit, Q_ev,max [kW].</param>
    /// <param name="boilerKw">Boiler capacity [kW].</param>
    /// <param name="boilerCnyPerKwh">Boiler fuel cost per kWh of heat, already weighted [CNY/kWh].</param>
    /// <param name="penaltyCnyPerKwh">Price of unserved heat, already weighted [CNY/kWh].</param>
    /// <param name="stepHours">Interval Δt [h].</param>
    public static AreaHeatSupplyConstraints Add(LpModel model, Constraint[] electricRows, ReadOnlySpan<double> heatDemandKwPerM2, ReadOnlySpan<double> copHeating,
        CapacityExpression areaM2, CapacityExpression heatPumpKw, double mineWaterHeatKw, double boilerKw, double boilerCnyPerKwh, double penaltyCnyPerKwh,
        double stepHours)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(electricRows);
        Core.Guard.NonNegative(mineWaterHeatKw, "mine_water_heat_kw");
        Core.Guard.NonNegative(boilerKw, "boiler_kw");
        Core.Guard.Positive(stepHours, "step_hours");
        int n = electricRows.Length;
        if (heatDemandKwPerM2.Length != n || copHeating.Length != n)
            throw new Core.InvalidInputException("heat series length", $"{heatDemandKwPerM2.Length}, {copHeating.Length}", $"{n} values, one per interval");
        var hp = new Variable[n];
        var boiler = new Variable[n];
        for (int t = 0; t < n; t++)
        {
            Core.Guard.Positive(copHeating[t], "cop_heating");
            Core.Guard.NonNegative(heatDemandKwPerM2[t], "heat_demand_kw_per_m2");
            // The evaporator may take at most Q_ev,max from the mine water: Q_hp·(1 − 1/COP) ≤ Q_ev,max.
            // (A COP ≤ 1 takes no heat from the water: no limit.)
            double waterLimitKw = copHeating[t] > 1 ? mineWaterHeatKw / (1 - 1 / copHeating[t]) : double.PositiveInfinity;
            hp[t] = model.Continuous(0, waterLimitKw, "heat_pump_heat_kw", t);
            model.AtMost(hp[t], heatPumpKw, 1, "heat_pump_capacity", t);
            boiler[t] = model.Continuous(0, boilerKw, "boiler_heat_kw", t);
            model.Objective.SetCoefficient(boiler[t], boilerCnyPerKwh * stepHours);
            var balance = model.Row(0, 0, "heat_balance", t);
            balance.SetCoefficient(hp[t], 1);
            balance.SetCoefficient(boiler[t], 1);
            balance.SetCoefficient(model.Slack("heat_unserved", "kWh", penaltyCnyPerKwh, stepHours, t), 1);
            areaM2.AddTo(balance, -heatDemandKwPerM2[t], 0, 0);
            electricRows[t].SetCoefficient(hp[t], -1 / copHeating[t]);
        }

        return new AreaHeatSupplyConstraints(hp, boiler);
    }
}
