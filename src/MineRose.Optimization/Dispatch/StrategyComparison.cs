using MineRose.Core.Park;

namespace MineRose.Optimization.Dispatch;

/// <summary>The rule-based and optimal strategies side by side from their evaluated ledgers: energy cost, storage cycles, CO₂.</summary>
public static class StrategyComparison
{
    /// <summary>The comparison rows.</summary>
    /// <param name="ruleBased">The rule-based year, evaluated.</param>
    /// <param name="optimal">The optimal year replayed, evaluated.</param>
    /// <remarks>Battery cycles are equivalent full cycles, discharge energy over nameplate capacity; shaft storage cycles are
    /// generated energy over the usable energy of a full cycle volume (<see cref="ParkYear.PumpedHydroUsableEnergyKwh"/>).</remarks>
    public static IReadOnlyList<ComparisonRow> Rows(ParkResult ruleBased, ParkResult optimal)
    {
        ArgumentNullException.ThrowIfNull(ruleBased);
        ArgumentNullException.ThrowIfNull(optimal);
        var rows = new List<ComparisonRow>
        {
            new("net_energy_cost_cny", "Net energy cost (bill − export revenue) [CNY]", ruleBased.Year.Bill.NetCostCny, optimal.Year.Bill.NetCostCny),
            new("grid_import_mwh", "Grid import [MWh]", ruleBased.Kpi("grid_import_mwh"), optimal.Kpi("grid_import_mwh")),
            new("grid_export_mwh", "Grid export [MWh]", ruleBased.Kpi("grid_export_mwh"), optimal.Kpi("grid_export_mwh")),
        };
        var design = ruleBased.Year.Design;
        if (design.Battery is { } b)
        {
            rows.Add(new("battery_cycles", "Battery equivalent full cycles [—]",
                Discharge(ruleBased.Year.Ledger, ruleBased.Year.Ledger.BatteryDischargeKw) / b.EnergyCapacityKwh,
                Discharge(optimal.Year.Ledger, optimal.Year.Ledger.BatteryDischargeKw) / b.EnergyCapacityKwh));
        }
        if (design.PumpedHydro is not null && ruleBased.Year.PumpedHydroUsableEnergyKwh > 0)
        {
            double full = ruleBased.Year.PumpedHydroUsableEnergyKwh;
            rows.Add(new("pumped_hydro_cycles", "Shaft storage full cycles [—]",
                Discharge(ruleBased.Year.Ledger, ruleBased.Year.Ledger.PumpedHydroGenerateKw) / full,
                Discharge(optimal.Year.Ledger, optimal.Year.Ledger.PumpedHydroGenerateKw) / full));
        }
        if (ruleBased.Year.Ledger.EnergyKwh(ruleBased.Year.Ledger.LightingKw) > 0)
        {
            // The lamps' electricity priced at the hour's import price: what moving lamp hours saves (energy kept by the replay).
            rows.Add(new("lighting_mwh", "Lamp electricity [MWh]",
                ruleBased.Year.Ledger.EnergyKwh(ruleBased.Year.Ledger.LightingKw) / 1000, optimal.Year.Ledger.EnergyKwh(optimal.Year.Ledger.LightingKw) / 1000));
            rows.Add(new("lighting_cost_cny", "Lamp electricity at the import price [CNY]", LampCost(ruleBased.Year.Ledger), LampCost(optimal.Year.Ledger)));
        }
        rows.Add(new("co2_avoided_t", "CO₂ avoided [t]", ruleBased.Kpi("co2_avoided_t"), optimal.Kpi("co2_avoided_t")));
        return rows;
    }

    private static double LampCost(ParkLedger ledger)
    {
        double cost = 0;
        for (int i = 0; i < ledger.LightingKw.Length; i++)
            cost += ledger.LightingKw[i] * ledger.ImportPriceCnyPerKwh[i] * ledger.Grid.StepHours;
        return cost;
    }

    private static double Discharge(ParkLedger ledger, double[] powerKw) => ledger.EnergyKwh(powerKw);
}
