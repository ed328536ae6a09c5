namespace MineRose.Core.Park;

/// <summary>The year's heating energy cost with the park's heat plant against the same heat from the baseline (coal) boiler [CNY].</summary>
/// <remarks>
/// C_park = Σ s_i·(P_hp,i + P_circ,i)·p_imp,i·Δt + Q_boiler·c_boiler, with s_i = Q_heat/(Q_heat + Q_cool) the heating share of
/// the heat-pump electricity, valued at the grid import price; C_base = (Q_hp + Q_boiler)·c_base. Cut = 1 − C_park/C_base.
/// This is the heating energy cost only, the reading of the published "production cost −50 %" that fits [190].
/// </remarks>
/// <param name="HeatDeliveredKwh">Heat delivered by heat pumps and backup boiler [kWh].</param>
/// <param name="ParkHeatingCostCny">Heat-pump electricity at import prices plus boiler fuel [CNY].</param>
/// <param name="BaselineHeatingCostCny">The same heat at the baseline heat cost [CNY].</param>
public sealed record HeatingCostComparison(double HeatDeliveredKwh, double ParkHeatingCostCny, double BaselineHeatingCostCny)
{
    /// <summary>Share of the baseline heating cost saved, 1 − C_park/C_base [—]; NaN without heating.</summary>
    public double CostCut => BaselineHeatingCostCny > 0 ? 1 - ParkHeatingCostCny / BaselineHeatingCostCny : double.NaN;

    /// <summary>The comparison of a park year.</summary>
    /// <param name="year">The simulated year.</param>
    public static HeatingCostComparison Of(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var l = year.Ledger;
        var e = year.Design.Economics;
        double electricityCny = 0;
        for (int i = 0; i < l.Grid.Count; i++)
        {
            double heat = l.HeatPumpHeatKw[i];
            if (heat > 0)
            {
                double share = heat / (heat + l.HeatPumpCoolingKw[i] + l.FreeCoolingKw[i]);
                electricityCny += share * (l.HeatPumpElectricityKw[i] + l.CirculationPumpKw[i]) * l.ImportPriceCnyPerKwh[i];
            }
        }

        double dt = l.Grid.StepHours;
        double hpHeatKwh = l.EnergyKwh(l.HeatPumpHeatKw), boilerKwh = l.EnergyKwh(l.BoilerHeatKw);
        return new HeatingCostComparison(hpHeatKwh + boilerKwh, electricityCny * dt + boilerKwh * e.BoilerHeatCostCnyPerKwh,
            (hpHeatKwh + boilerKwh) * e.BaselineHeatCostCnyPerKwh);
    }
}
