using System.Globalization;

namespace MineRose.Core.Park;

/// <summary>Sets the headline figures published for a park against the model, one <see cref="ReconciliationRow"/> each, with
/// the explanation of the gap written from the modelled numbers [190].</summary>
/// <remarks>The explanations follow the consistency notes of the fact base [190]: which emission factor or credit the CO₂
/// claim needs, what price per stem the profit claim needs, which yield the stem claim needs, how many jobs per hectare,
/// and that "production cost −50 %" fits the heating energy cost, not the total.</remarks>
public static class Reconciliation
{
    /// <summary>The keys of published figures understood, with their units.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pv_mw"] = "MW", ["pv_output_gwh"] = "GWh/yr", ["co2_cut_t"] = "t CO2/yr", ["land_restored_ha"] = "ha",
        ["profit_cny"] = "CNY/yr", ["jobs"] = "jobs", ["stems"] = "stems/yr", ["production_cost_cut"] = "share",
    };

    /// <summary>One row per published figure, in the order of <see cref="Keys"/>.</summary>
    /// <param name="result">The evaluated year (its own reconciliation is ignored).</param>
    /// <param name="published">Published values by key; an unknown key or a non-finite value throws naming it.</param>
    public static IReadOnlyList<ReconciliationRow> Rows(ParkResult result, IReadOnlyDictionary<string, double> published)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(published);
        foreach (var (key, value) in published)
        {
            if (!Keys.ContainsKey(key))
                throw new InvalidInputException("published." + key, key, "one of " + string.Join(", ", Keys.Keys));
            Guard.Finite(value, "published." + key);
        }

        var rows = new List<ReconciliationRow>();
        foreach (var (key, unit) in Keys)
        {
            if (published.TryGetValue(key, out double p))
                rows.Add(Row(result, key, unit, p));
        }

        return rows;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static ReconciliationRow Row(ParkResult r, string key, string unit, double published)
    {
        var year = r.Year;
        var d = year.Design;
        double pvMw = d.PvCapacityKw / 1000;
        double pvMwh = r.Kpi("pv_ac_mwh");
        double yieldKwhPerKwp = r.Kpi("pv_specific_yield_kwh_per_kwp");
        double area = r.Kpi("greenhouse_area_m2");
        switch (key)
        {
            case "pv_mw":
                return new("PV capacity", unit, published, pvMw,
                    F($"Design DC capacity of {d.PvPlants.Count} field(s). Published total: 2.6 MW phase I + 8.7 MW phase II."));
            case "pv_output_gwh":
            {
                double publishedYield = pvMw > 0 ? published * 1e6 / (pvMw * 1000) : double.NaN;
                return new("PV output", unit, published, pvMwh / 1000,
                    F($"Modelled specific yield {yieldKwhPerKwp:0} kWh/kWp with the weather '{year.WeatherSource}'; the published figure implies {publishedYield:0} kWh/kWp at the modelled capacity (Shandong plants: 1,100–1,300)."));
            }

            case "co2_cut_t":
            {
                var c = r.Carbon;
                double heat = c.AvoidedByHeatPumpsTonnesCo2;
                double electricMwh = c.PvUsedOnSite.EnergyMwh + c.Exports.EnergyMwh;
                double factorNeeded = electricMwh > 0 ? (published - heat) / electricMwh : double.NaN;
                double f = c.PvUsedOnSite.Factor.TonnesCo2PerMwh;
                double mwNeeded = yieldKwhPerKwp > 0 && f > 0 ? (published - heat) / (f * yieldKwhPerKwp) : double.NaN;
                return new("CO2 cut", unit, published, c.NetAvoidedTonnesCo2,
                    F($"PV used on site {c.PvUsedOnSite.TonnesCo2:0} t + exports {c.Exports.TonnesCo2:0} t at {c.PvUsedOnSite.Factor.Label}; heat pumps {heat:0} t net against {d.Carbon.HeatBaseline.Name}. The published figure needs a grid factor of {factorNeeded:0.000} t/MWh on the {electricMwh:0} MWh of PV delivered, or {mwNeeded:0.0} MW of PV at the modelled yield and factor, or a larger heat credit."));
            }

            case "land_restored_ha":
            {
                var l = r.Land;
                return new("Land restored", unit, published, l.TotalHa,
                    F($"PV rows {l.PvM2 / ParkLand.M2PerHa:0.0} ha (module area ÷ ground coverage ratio, flowers under PV included), greenhouses {l.GreenhouseM2 / ParkLand.M2PerHa:0.0} ha, outdoor flowers {l.OutdoorFlowersM2 / ParkLand.M2PerHa:0.0} ha, other {l.OtherM2 / ParkLand.M2PerHa:0.0} ha; roads and margins around the PV rows are only in 'other'."));
            }

            case "profit_cny":
            {
                var chain = ParkFinance.RoseChain(year);
                double profit = r.Kpi("annual_profit_cny");
                double? price = chain.RequiredFreshCutPriceCnyPerStem(published, profit - chain.ContributionCny);
                string need = price is double pr
                    ? F($"it needs a mean fresh-cut price of CNY {pr:0.00}/stem on {chain.FreshCutStems:0} stems, against the CNY {chain.FreshCutMeanPriceCnyPerStem:0.00} modelled")
                    : "no stems are sold fresh, so no price per stem can reach it";
                return new("Annual profit", unit, published, profit,
                    F($"Operating profit (EBITDA) of operating year 1: revenue CNY {r.Kpi("annual_revenue_cny") / 1e6:0.0} M − operating costs CNY {r.Kpi("annual_opex_cny") / 1e6:0.0} M, investment not charged; {need}."));
            }

            case "jobs":
            {
                var j = r.Jobs;
                double flowerHa = (area + (d.OutdoorFlowers is { } o ? o.OpenAreaM2 + o.UnderPvAreaM2 : 0)) / ParkLand.M2PerHa;
                double perHa = flowerHa > 0 ? j.TotalJobs / flowerHa : double.NaN;
                double publishedPerHa = flowerHa > 0 ? published / flowerHa : double.NaN;
                return new("Jobs", unit, published, j.TotalJobs,
                    F($"Crop {j.CropJobs:0.0} + energy O&M {j.EnergyOperationsJobs:0.0} + other staff {j.OtherStaffJobs:0.0}; {perHa:0.0} jobs/ha of flowers modelled, {publishedPerHa:0.0}/ha published, against 15–37/ha usual for greenhouse roses."));
            }

            case "stems":
            {
                double needed = area > 0 ? (published - year.OutdoorFlowerStems) / area : double.NaN;
                return new("Rose stems", unit, published, year.RoseStems,
                    F($"Modelled {r.Kpi("stems_per_m2"):0} stems/m² on {area:0} m² of greenhouse (+{year.OutdoorFlowerStems:0} outdoor stems, not counted here); the published figure needs {needed:0} stems/m² under glass after the outdoor stems, lit Dutch levels being 275–322."));
            }

            default: // production_cost_cut
            {
                var h = r.Heating;
                double saving = h.BaselineHeatingCostCny - h.ParkHeatingCostCny;
                double opexWithBaselineHeat = r.Kpi("annual_opex_cny") + saving;
                double totalCut = opexWithBaselineHeat > 0 ? saving / opexWithBaselineHeat : double.NaN;
                return new("Production cost cut", unit, published, h.CostCut,
                    F($"Modelled as the heating energy cost: heat-pump electricity at import prices and boiler fuel CNY {h.ParkHeatingCostCny / 1e6:0.00} M against CNY {h.BaselineHeatingCostCny / 1e6:0.00} M for the same {h.HeatDeliveredKwh / 1e6:0.00} GWh from the baseline boiler at CNY {d.Economics.BaselineHeatCostCnyPerKwh:0.00}/kWh. On all operating costs the saving is {totalCut:P0}."));
            }
        }
    }
}
