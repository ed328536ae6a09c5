using MineRose.Core.Park;
using MineRose.Core.Time;

namespace MineRose.Core.Tests.Park;

public class EvaluationKpiTests
{
    [Fact]
    public void A_PV_only_park_exporting_everything_exports_its_PV_imports_nothing_and_avoids_export_times_factor()
    {
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything());

        // By hand: 2 days × 8 h × 500 kW = 8,000 kWh = 8 MWh, all exported.
        Assert.Equal(8.0, result.Kpi("pv_ac_mwh"), 9);
        Assert.Equal(8.0, result.Kpi("grid_export_mwh"), 9);
        Assert.Equal(0.0, result.Kpi("grid_import_mwh"));
        Assert.Equal(0.0, result.Kpi("load_mwh"));
        // CO₂ = export × Shandong 2022 factor 0.6410 t/MWh [FACTS] = 5.128 t; nothing used on site.
        Assert.Equal(8.0 * 0.6410, result.Kpi("co2_avoided_t"), 9);
        Assert.Equal(0.0, result.Carbon.PvUsedOnSite.TonnesCo2);
        Assert.Equal(0.6410, result.Kpi("grid_factor_t_per_mwh"));
        // Net energy cost: no imports, exports 8,000 kWh × CNY 0.4 = CNY 3,200 earned.
        Assert.Equal(-3200.0, result.Kpi("net_energy_cost_cny"), 6);
        Assert.Equal(0.0, result.Kpi("electric_balance_residual_mwh"));
        // Specific yield 8,000 kWh / 1,000 kWp.
        Assert.Equal(8.0, result.Kpi("pv_specific_yield_kwh_per_kwp"), 9);
        // No greenhouse: per-m² figures are undefined.
        Assert.True(double.IsNaN(result.Kpi("stems_per_m2")));
    }

    [Fact]
    public void Every_key_of_the_command_line_contract_is_present_once()
    {
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything());
        var keys = result.Kpis.Select(k => k.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        // The list of DESIGN.md, written out here independently of ParkEvaluation.ContractKeys.
        string[] design =
        [
            "pv_ac_mwh", "load_mwh", "grid_import_mwh", "grid_export_mwh", "storage_charge_mwh", "storage_discharge_mwh",
            "heat_pump_electricity_mwh", "heating_delivered_mwh", "cooling_delivered_mwh", "lighting_mwh", "co2_avoided_t",
            "rose_stems", "greenhouse_area_m2", "jobs", "land_restored_ha", "capex_cny", "annual_revenue_cny", "annual_opex_cny",
            "annual_profit_cny", "npv_cny", "irr", "payback_years", "lcoe_cny_per_kwh", "net_energy_cost_cny",
            "pumped_hydro_energy_mwh", "pumped_hydro_power_mw", "pumped_hydro_round_trip", "greenhouse_heating_kwh_per_m2",
            "stems_per_m2", "mine_water_pumped_m3", "irrigation_m3", "electric_balance_residual_mwh",
        ];
        foreach (var key in design)
            Assert.Contains(key, keys);
        Assert.Equal(design, ParkEvaluation.ContractKeys);
    }

    [Fact]
    public void Storage_losses_are_not_counted_as_PV_used_on_site_and_heat_pump_cooling_electricity_is_not_charged_to_heat()
    {
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 2));
        // A balanced two-hour ledger. Hour 0: PV 100 kW → other load 50 + heat pump 10 + battery charge 20 + export 20.
        // Hour 1: battery gives 16 (80 % round trip) + grid 50 → other load 50 + heat pump 12 + circulation 4.
        ledger.PvAcKw[0] = 100; ledger.OtherLoadKw[0] = 50; ledger.BatteryChargeKw[0] = 20; ledger.GridExportKw[0] = 20;
        ledger.BatteryDischargeKw[1] = 16; ledger.GridImportKw[1] = 50; ledger.OtherLoadKw[1] = 50;
        // Heat pumps: hour 0 heating 40 kW from 10 kW; hour 1 heating 30 and cooling 10 from 12 kW (+ 4 kW circulation).
        ledger.HeatPumpHeatKw[0] = 40; ledger.HeatPumpElectricityKw[0] = 10;
        ledger.HeatPumpHeatKw[1] = 30; ledger.HeatPumpCoolingKw[1] = 10; ledger.HeatPumpElectricityKw[1] = 12; ledger.CirculationPumpKw[1] = 4;

        var flows = ParkCarbonAccount.Flows(ledger, out double displaced);

        // Imports displaced = Σ(load − import) = (60 − 0) + (66 − 50) = 76 kWh; exports 20 kWh; together 96 kWh =
        // PV 100 − the battery's 4 kWh of losses (energy identity of the bus): storage losses are not credited.
        Assert.Equal(0.076, flows.PvUsedOnSiteMwh, 12);
        Assert.Equal(0.020, flows.ExportMwh, 12);
        Assert.Equal(0.096, displaced, 12);
        Assert.Equal(0.050, flows.ImportMwh, 12);
        Assert.Equal(0.070, flows.HeatPumpHeatMwh, 12);
        // Heating share: hour 0 all of 10 kWh; hour 1 30/(30+10) of 16 kWh = 12 kWh → 22 kWh.
        Assert.Equal(0.022, flows.HeatPumpElectricityMwh, 12);
    }

    [Fact]
    public void Grid_energy_stored_and_re_exported_is_not_credited_as_displaced_generation()
    {
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 2));
        // No PV. Hour 0: 100 kW imported into the battery. Hour 1: the battery gives 80 kW back, all exported.
        ledger.GridImportKw[0] = 100; ledger.BatteryChargeKw[0] = 100;
        ledger.BatteryDischargeKw[1] = 80; ledger.GridExportKw[1] = 80;

        var flows = ParkCarbonAccount.Flows(ledger, out double displaced);

        // Load − import + export = 0 − 100 + 80 = −20 kWh: the park adds the 20 kWh of losses to the grid's burden.
        Assert.Equal(-0.020, displaced, 12);
        Assert.Equal(0, flows.PvUsedOnSiteMwh);
        Assert.Equal(0, flows.ExportMwh);
    }

    [Fact]
    public void With_no_storage_the_net_CO2_avoided_equals_baseline_minus_park_emissions()
    {
        // Independent identity of the carbon account [140]: without storage and with the export factor equal to the grid
        // factor, baseline (loads but heat pumps from the grid, heat from coal) − park (imports − exports) = net avoided.
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 3));
        double[] pv = [300, 100, 0], other = [80, 80, 80], hpEl = [20, 30, 40], hpHeat = [90, 120, 150];
        for (int i = 0; i < 3; i++)
        {
            ledger.PvAcKw[i] = pv[i]; ledger.OtherLoadKw[i] = other[i]; ledger.HeatPumpElectricityKw[i] = hpEl[i]; ledger.HeatPumpHeatKw[i] = hpHeat[i];
            double net = other[i] + hpEl[i] - pv[i];
            ledger.GridImportKw[i] = Math.Max(0, net);
            ledger.GridExportKw[i] = Math.Max(0, -net);
        }

        var design = EvaluationFixture.PvOnlyDesign();
        var result = ParkEvaluation.Evaluate(EvaluationFixture.YearOf(design, ledger));
        double f = 0.6410, fHeat = 0.34 / 0.80;
        double baseline = (240 * f + 360 * fHeat) / 1000; // other loads 240 kWh from the grid, 360 kWh of heat from coal
        double park = (ledger.GridImportKw.Sum() - ledger.GridExportKw.Sum()) * f / 1000;
        Assert.Equal(baseline - park, result.Kpi("co2_avoided_t"), 12);
    }

    [Fact]
    public void Jobs_add_crop_energy_and_other_staff_and_land_adds_pv_rows_and_other_land()
    {
        var design = EvaluationFixture.PvOnlyDesign() with { People = new ParkPeople(EnergyOperationsWorkersPerMw: 0.3, OtherStaff: 5, FormerMinerShare: 0.5, OtherRestoredLandHa: 2) };
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything(design));
        // 0.3 workers/MW × 1 MW + 5 staff = 5.3 jobs, half for former miners.
        Assert.Equal(5.3, result.Kpi("jobs"), 12);
        Assert.Equal(2.65, result.Kpi("former_miner_jobs"), 12);
        // PV rows: 1,000 kWp / (0.21 kW/m²) / GCR 0.4 = 11,904.76 m² (PVWatts premium module, ArrayGeometry defaults), + 2 ha.
        Assert.Equal(1000 / 0.21 / 0.4 / 10_000 + 2, result.Kpi("land_restored_ha"), 9);
        // Labour is an operating cost: 5.3 × CNY 60,000.
        Assert.Contains(result.CashFlow.Years[1].OperatingCosts, l => l.Name == ParkFinance.LabourLine && Math.Abs(l.AmountCny - 318_000) < 1e-6);
    }
}
