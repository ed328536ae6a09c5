namespace MineRose.Core.Park;

/// <summary>Evaluates a simulated park year: energy, carbon, money, people, land and water KPIs, and the reconciliation
/// with the published figures [190], [191].</summary>
/// <remarks>
/// Definitions (docs/model.md, "Park evaluation: money, carbon, people, land, water"): energies are ledger sums Σ P·Δt; storage charge and discharge are battery +
/// shaft storage; load is every electric load but storage; <c>net_energy_cost_cny</c> is the bill's import cost − export
/// revenue in the simulated year; <c>annual_*_cny</c> are operating year 1 (base prices, new plant) of the cash-flow
/// table, profit being the operating profit (EBITDA); <c>electric_balance_residual_mwh</c> = Σ|residual|·Δt; an
/// undefined value (IRR, payback, a ratio without denominator) is NaN. With several simulated years the cash flow (hence NPV,
/// IRR, payback) and the PV LCOE use every simulated year (<see cref="ParkFinance.Spec(IReadOnlyList{ParkYear}, IReadOnlyList{Carbon.CarbonBalance}, IReadOnlyList{ParkJobs})"/>);
/// every other KPI, and the annual_* figures, stay those of operating year 1.
/// </remarks>
public static class ParkEvaluation
{
    /// <summary>The KPI keys of the command-line contract (DESIGN.md), all present in every result.</summary>
    public static IReadOnlyList<string> ContractKeys { get; } =
    [
        "pv_ac_mwh", "load_mwh", "grid_import_mwh", "grid_export_mwh", "storage_charge_mwh", "storage_discharge_mwh",
        "heat_pump_electricity_mwh", "heating_delivered_mwh", "cooling_delivered_mwh", "lighting_mwh", "co2_avoided_t", "rose_stems",
        "greenhouse_area_m2", "jobs", "land_restored_ha", "capex_cny", "annual_revenue_cny", "annual_opex_cny", "annual_profit_cny",
        "npv_cny", "irr", "payback_years", "lcoe_cny_per_kwh", "net_energy_cost_cny", "pumped_hydro_energy_mwh", "pumped_hydro_power_mw",
        "pumped_hydro_round_trip", "greenhouse_heating_kwh_per_m2", "stems_per_m2", "mine_water_pumped_m3", "irrigation_m3",
        "electric_balance_residual_mwh",
    ];

    /// <summary>Evaluates a year; reconciles with <paramref name="published"/> when given.</summary>
    /// <param name="year">The simulated year.</param>
    /// <param name="published">Published headline figures by key (<see cref="Reconciliation.Keys"/>), or null for no reconciliation.</param>
    public static ParkResult Evaluate(ParkYear year, IReadOnlyDictionary<string, double>? published = null)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Evaluate([year], published);
    }

    /// <summary>Evaluates simulated operating years 1..S (<see cref="ParkSimulator.SimulateYears"/>): KPIs of year 1, cash flow
    /// from every simulated year; reconciles year 1 with <paramref name="published"/> when given.</summary>
    /// <param name="years">The simulated years, operating year 1 first (at least one).</param>
    /// <param name="published">Published headline figures by key (<see cref="Reconciliation.Keys"/>), or null for no reconciliation.</param>
    public static ParkResult Evaluate(IReadOnlyList<ParkYear> years, IReadOnlyDictionary<string, double>? published = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
            throw new InvalidInputException("years", "0", "at least one simulated year");
        var year = years[0];
        var d = year.Design;
        var l = year.Ledger;
        var warnings = new List<string>(year.Warnings);

        var flows = ParkCarbonAccount.Flows(l, out double pvSiteUnclipped);
        if (pvSiteUnclipped < 0)
        {
            warnings.Add(FormattableString.Invariant(
                $"Storage losses on grid energy exceed the park's own generation by {-pvSiteUnclipped:0.#} MWh: the park adds grid emissions, shown as 0 displaced in the CO₂ account."));
        }

        var carbon = Carbon.CarbonAccount.Of(flows, d.Carbon.GridFactor, d.Carbon.HeatBaseline);
        var jobs = ParkJobs.Of(year);
        var land = ParkLand.Of(d);
        var water = MineWaterBalance.Of(year);
        var heating = HeatingCostComparison.Of(year);
        var carbons = new Carbon.CarbonBalance[years.Count];
        var jobsByYear = new ParkJobs[years.Count];
        carbons[0] = carbon;
        jobsByYear[0] = jobs;
        for (int y = 1; y < years.Count; y++)
        {
            carbons[y] = Carbon.CarbonAccount.Of(ParkCarbonAccount.Flows(years[y].Ledger, out _), d.Carbon.GridFactor, d.Carbon.HeatBaseline);
            jobsByYear[y] = ParkJobs.Of(years[y]);
        }

        var cash = Economics.CashFlowTable.Build(ParkFinance.Spec(years, carbons, jobsByYear));
        var profit = cash.Profit(1);

        double Mwh(double[] kw) => l.EnergyKwh(kw) / 1000;
        double residual = 0;
        foreach (var r in l.ElectricResidualKw) residual += Math.Abs(r);
        double load = 0;
        for (int i = 0; i < l.Grid.Count; i++) load += l.LoadKw(i);
        double areaM2 = d.Greenhouses?.House.FloorAreaM2 ?? 0;
        double PerArea(double x) => areaM2 > 0 ? x / areaM2 : double.NaN;
        double heatingMwh = Mwh(l.HeatPumpHeatKw) + Mwh(l.BoilerHeatKw);
        double capex = cash.Spec.Components.Sum(c => c.CapexCny);
        var chain = ParkFinance.RoseChain(year);
        double pvKw = d.PvCapacityKw;
        var f = d.Carbon.GridFactor;

        var k = new List<KpiValue>
        {
            new("pv_ac_mwh", Mwh(l.PvAcKw), "PV energy (AC)"),
            new("load_mwh", load * l.Grid.StepHours / 1000, "Electric load (storage excluded)"),
            new("grid_import_mwh", Mwh(l.GridImportKw), "Grid import"),
            new("grid_export_mwh", Mwh(l.GridExportKw), "Grid export"),
            new("storage_charge_mwh", Mwh(l.BatteryChargeKw) + Mwh(l.PumpedHydroPumpKw), "Storage charge (battery + hydro)"),
            new("storage_discharge_mwh", Mwh(l.BatteryDischargeKw) + Mwh(l.PumpedHydroGenerateKw), "Storage discharge (battery + hydro)"),
            new("heat_pump_electricity_mwh", Mwh(l.HeatPumpElectricityKw), "Heat-pump compressor electricity"),
            new("heating_delivered_mwh", heatingMwh, "Heating delivered (heat pumps + boiler)"),
            new("cooling_delivered_mwh", Mwh(l.HeatPumpCoolingKw) + Mwh(l.FreeCoolingKw), "Cooling delivered (compressors + free cooling)"),
            new("lighting_mwh", Mwh(l.LightingKw), "Supplementary lighting"),
            new("co2_avoided_t", carbon.NetAvoidedTonnesCo2, "CO₂ avoided, net (" + f.Label + ")"),
            new("rose_stems", year.RoseStems, "Rose stems harvested"),
            new("greenhouse_area_m2", areaM2, "Greenhouse floor area"),
            new("jobs", jobs.TotalJobs, "Jobs (full-time equivalents)"),
            new("land_restored_ha", land.TotalHa, "Mining land restored"),
            new("capex_cny", capex, "Initial investment"),
            new("annual_revenue_cny", profit.RevenueCny, "Revenue, operating year 1"),
            new("annual_opex_cny", profit.OperatingCostCny, "Operating costs, operating year 1"),
            new("annual_profit_cny", profit.OperatingProfitCny, "Operating profit (EBITDA), operating year 1"),
            new("npv_cny", cash.NpvCny, "Net present value"),
            new("irr", cash.Irr ?? double.NaN, "Internal rate of return"),
            new("payback_years", cash.PaybackYears ?? double.NaN, "Simple payback"),
            new("lcoe_cny_per_kwh", ParkFinance.PvLcoeCnyPerKwh(years), "Levelised cost of PV energy"),
            new("net_energy_cost_cny", year.Bill.NetCostCny, "Electricity bill: imports − exports"),
            new("pumped_hydro_energy_mwh", year.PumpedHydroUsableEnergyKwh / 1000, "Shaft storage usable energy"),
            new("pumped_hydro_power_mw", year.PumpedHydroPowerKw / 1000, "Shaft storage rated power"),
            new("pumped_hydro_round_trip", year.PumpedHydroRoundTrip, "Shaft storage round-trip efficiency"),
            new("greenhouse_heating_kwh_per_m2", PerArea(heatingMwh * 1000), "Greenhouse heating per m²"),
            new("stems_per_m2", PerArea(year.RoseStems), "Rose stems per m² of greenhouse"),
            new("mine_water_pumped_m3", water.PumpedOutM3, "Mine water pumped out"),
            new("irrigation_m3", water.IrrigationM3, "Drip irrigation"),
            new("electric_balance_residual_mwh", residual * l.Grid.StepHours / 1000, "Electric balance residual Σ|r|·Δt"),

            new("co2_avoided_pv_t", carbon.PvUsedOnSite.TonnesCo2, "CO₂ avoided by PV used on site"),
            new("co2_avoided_exports_t", carbon.Exports.TonnesCo2, "CO₂ avoided by exports"),
            new("co2_avoided_heat_t", carbon.AvoidedByHeatPumpsTonnesCo2, "CO₂ avoided by heat pumps (net of their electricity)"),
            new("co2_emitted_imports_t", carbon.EmittedByImportsTonnesCo2, "CO₂ emitted by imports"),
            new("grid_factor_t_per_mwh", f.TonnesCo2PerMwh, "Grid emission factor"),
            new("heat_baseline_factor_t_per_mwh", d.Carbon.HeatBaseline.TonnesCo2PerMwhHeat, "Baseline heat emission factor"),
            new("pv_used_on_site_mwh", flows.PvUsedOnSiteMwh, "PV used on site (displaced imports)"),
            new("pv_specific_yield_kwh_per_kwp", pvKw > 0 ? Mwh(l.PvAcKw) * 1000 / pvKw : double.NaN, "PV specific yield"),
            new("pv_capacity_mw", pvKw / 1000, "PV capacity (DC)"),
            new("curtailed_mwh", Mwh(l.CurtailedKw), "PV curtailed"),
            new("unserved_electric_mwh", Mwh(l.UnservedElectricKw), "Electric demand not served"),
            new("unserved_heating_mwh", Mwh(l.UnservedHeatingKw), "Heating demand not served"),
            new("unserved_cooling_mwh", Mwh(l.UnservedCoolingKw), "Cooling demand not served"),
            new("circulation_pump_mwh", Mwh(l.CirculationPumpKw), "Mine-water circulation pumps"),
            new("heat_pump_heat_mwh", Mwh(l.HeatPumpHeatKw), "Heat from the heat pumps"),
            new("boiler_heat_mwh", Mwh(l.BoilerHeatKw), "Heat from the backup boiler"),
            new("heating_cost_cut", heating.CostCut, "Heating energy cost cut vs baseline boiler"),
            new("lcos_cny_per_kwh", ParkFinance.StorageLcosCnyPerKwh(year), "Levelised cost of storage"),
            new("discounted_payback_years", cash.DiscountedPaybackYears ?? double.NaN, "Discounted payback"),
            new("annual_profit_after_capital_recovery_cny", profit.ProfitAfterCapitalRecoveryCny, "Profit after capital recovery, year 1"),
            new("rose_revenue_cny", chain.RevenueCny, "Rose revenue (fresh-cut, products, tourism)"),
            new("outdoor_flower_stems", year.OutdoorFlowerStems, "Outdoor flower stems"),
            new("former_miner_jobs", jobs.FormerMinerJobs, "Jobs open to former miners"),
            new("electricity_savings_cny", year.BaselineBill.ImportCostCny - year.Bill.ImportCostCny, "Import cost saved vs baseline bill"),
            new("mine_water_discharged_m3", water.DischargedM3, "Mine water discharged"),
            new("mine_water_circulated_m3", water.HeatPumpCirculatedM3, "Mine water circulated through heat pumps"),
        };

        var result = new ParkResult(year, k, carbon, cash, jobs, land, water, heating, [], warnings) { SimulatedYears = years };
        return published is null ? result : result with { Reconciliation = Reconciliation.Rows(result, published) };
    }
}
