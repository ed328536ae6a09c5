using System.Text.Encodings.Web;
using System.Text.Json;
using MineRose.Core.Carbon;
using MineRose.Core.Park;

namespace MineRose.IO.Results;

/// <summary>Writes <c>summary.json</c>: one object with the scenario, the weather, a flat <c>kpis</c> object (snake-case keys
/// carrying their units; NaN written as null), the carbon balance with each part's factor, jobs, land, the mine-water
/// balance, the reconciliation rows, the cash-flow table and the warnings.</summary>
public static class SummaryJsonWriter
{
    /// <summary>Writes the summary of an evaluated year.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="result">The evaluated year.</param>
    /// <param name="indented">Whether to indent the JSON (default true).</param>
    public static void Write(TextWriter writer, ParkResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteSummary(json, result);
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }

    /// <summary>One object per simulated operating year (one for a single-year run): the figures that change from year to year.</summary>
    private static void WriteSimulatedYears(Utf8JsonWriter json, IReadOnlyList<ParkYear> years)
    {
        json.WriteStartArray("simulated_years");
        foreach (var y in years)
        {
            var l = y.Ledger;
            json.WriteStartObject();
            json.WriteNumber("operating_year", y.OperatingYear);
            Number(json, "pv_ac_mwh", l.EnergyKwh(l.PvAcKw) / 1000);
            Number(json, "grid_import_mwh", l.EnergyKwh(l.GridImportKw) / 1000);
            Number(json, "grid_export_mwh", l.EnergyKwh(l.GridExportKw) / 1000);
            Number(json, "storage_discharge_mwh", (l.EnergyKwh(l.BatteryDischargeKw) + l.EnergyKwh(l.PumpedHydroGenerateKw)) / 1000);
            Number(json, "heat_pump_electricity_mwh", l.EnergyKwh(l.HeatPumpElectricityKw) / 1000);
            Number(json, "battery_capacity_kwh", y.BatteryCapacityKwh);
            Number(json, "mine_water_temperature_c", y.MineWaterTemperatureC);
            Number(json, "rose_stems", y.RoseStems);
            Number(json, "net_energy_cost_cny", y.Bill.NetCostCny);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, ParkResult r)
    {
        json.WriteStartObject();
        json.WriteString("scenario", r.Year.Design.Name);
        json.WriteString("weather", r.Year.WeatherSource);

        json.WriteStartObject("kpis");
        foreach (var k in r.Kpis)
            Number(json, k.Key, k.Value);
        json.WriteEndObject();
        json.WriteStartObject("kpi_labels");
        foreach (var k in r.Kpis)
            json.WriteString(k.Key, k.Label);
        json.WriteEndObject();
        WriteSimulatedYears(json, r.SimulatedYears);

        WriteCarbon(json, r.Carbon);

        json.WriteStartObject("jobs");
        Number(json, "crop", r.Jobs.CropJobs);
        Number(json, "energy_operations", r.Jobs.EnergyOperationsJobs);
        Number(json, "other_staff", r.Jobs.OtherStaffJobs);
        Number(json, "total", r.Jobs.TotalJobs);
        Number(json, "former_miners", r.Jobs.FormerMinerJobs);
        json.WriteEndObject();

        json.WriteStartObject("land");
        Number(json, "pv_m2", r.Land.PvM2);
        Number(json, "greenhouse_m2", r.Land.GreenhouseM2);
        Number(json, "outdoor_flowers_m2", r.Land.OutdoorFlowersM2);
        Number(json, "other_m2", r.Land.OtherM2);
        Number(json, "total_ha", r.Land.TotalHa);
        json.WriteEndObject();

        var w = r.Water;
        json.WriteStartObject("mine_water");
        Number(json, "inflow_m3", w.InflowM3);
        Number(json, "storage_change_m3", w.StorageChangeM3);
        Number(json, "pumped_out_m3", w.PumpedOutM3);
        Number(json, "unaccounted_m3", w.UnaccountedM3);
        Number(json, "irrigation_from_mine_water_m3", w.IrrigationFromMineWaterM3);
        Number(json, "irrigation_from_other_sources_m3", w.IrrigationFromOtherSourcesM3);
        Number(json, "discharged_m3", w.DischargedM3);
        Number(json, "heat_pump_circulated_m3", w.HeatPumpCirculatedM3);
        json.WriteEndObject();

        json.WriteStartArray("reconciliation");
        foreach (var row in r.Reconciliation)
        {
            json.WriteStartObject();
            json.WriteString("figure", row.Figure);
            json.WriteString("unit", row.Unit);
            Number(json, "published", row.Published);
            Number(json, "modelled", row.Modelled);
            Number(json, "gap", row.Modelled - row.Published);
            Number(json, "relative_gap", row.RelativeGap);
            json.WriteString("explanation", row.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteCashFlow(json, r);

        json.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
            json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCarbon(Utf8JsonWriter json, CarbonBalance c)
    {
        json.WriteStartObject("carbon");
        foreach (var (key, part) in new[]
                 {
                     ("pv_used_on_site", c.PvUsedOnSite), ("exports", c.Exports), ("heat_pump_heat_baseline", c.HeatPumpHeatBaseline),
                     ("heat_pump_electricity", c.HeatPumpElectricity), ("imports", c.Imports),
                 })
        {
            json.WriteStartObject(key);
            json.WriteString("name", part.Name);
            Number(json, "energy_mwh", part.EnergyMwh);
            json.WriteString("factor_name", part.Factor.Name);
            Number(json, "factor_t_per_mwh", part.Factor.TonnesCo2PerMwh);
            json.WriteString("factor", part.Factor.Label);
            Number(json, "co2_t", part.TonnesCo2);
            json.WriteEndObject();
        }

        Number(json, "avoided_by_heat_pumps_t", c.AvoidedByHeatPumpsTonnesCo2);
        Number(json, "net_avoided_t", c.NetAvoidedTonnesCo2);
        Number(json, "emitted_by_imports_t", c.EmittedByImportsTonnesCo2);
        json.WriteEndObject();
    }

    private static void WriteCashFlow(Utf8JsonWriter json, ParkResult r)
    {
        var table = r.CashFlow;
        json.WriteStartObject("cash_flow");
        Number(json, "discount_rate", table.Spec.DiscountRate.RatePerYear);
        json.WriteString("discount_basis", table.Spec.DiscountRate.Basis.ToString().ToLowerInvariant());
        json.WriteStartArray("years");
        foreach (var y in table.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", y.Year);
            Number(json, "revenue_cny", y.RevenueCny);
            Number(json, "operating_cost_cny", y.OperatingCostCny);
            Number(json, "capital_cost_cny", y.CapitalCostCny);
            Number(json, "residual_value_cny", y.ResidualValueCny);
            Number(json, "net_cny", y.NetCny);
            Number(json, "cumulative_net_cny", y.CumulativeNetCny);
            Number(json, "discounted_net_cny", y.DiscountedNetCny);
            Number(json, "cumulative_discounted_net_cny", y.CumulativeDiscountedNetCny);
            foreach (var (name, items) in new[] { ("revenues", y.Revenues), ("operating_costs", y.OperatingCosts), ("capital_costs", y.CapitalCosts) })
            {
                json.WriteStartObject(name);
                foreach (var item in items)
                    Number(json, item.Name, item.AmountCny);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
