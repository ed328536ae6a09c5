using System.Globalization;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>The columns of ranked.csv and the properties of mines.geojson: one list, so the two outputs always agree.</summary>
public static class ScreeningColumns
{
    /// <summary>KPIs written for every mine (summary.json keys, units in the names).</summary>
    public static IReadOnlyList<string> KpiKeys { get; } =
    [
        "co2_avoided_t", "npv_cny", "irr", "payback_years", "jobs", "land_restored_ha", "rose_stems", "pv_ac_mwh", "capex_cny",
        "annual_revenue_cny", "annual_profit_cny", "lcoe_cny_per_kwh", "grid_import_mwh", "grid_export_mwh", "pumped_hydro_energy_mwh",
        "heating_delivered_mwh", "net_energy_cost_cny",
    ];

    /// <summary>Columns of the optimal-dispatch re-run (<c>--optimize-top N</c>), empty for the mines not re-run: the optimal
    /// score, the optimal KPIs, storage cycles of both strategies and why a re-run failed.</summary>
    public static IReadOnlyList<string> OptimalNames { get; } =
    [
        "optimal_score", "optimal_net_energy_cost_cny", "optimal_npv_cny", "optimal_co2_avoided_t", "rule_based_battery_cycles",
        "optimal_battery_cycles", "rule_based_pumped_hydro_cycles", "optimal_pumped_hydro_cycles", "optimal_failure_reason",
    ];

    // The stored keys of an optimal re-run behind OptimalNames[1..^1] (OptimalScreening's KPIs), in that order.
    private static readonly string[] OptimalKpiKeys =
    [
        "net_energy_cost_cny", "npv_cny", "co2_avoided_t", "rule_based_battery_cycles", "battery_cycles", "rule_based_pumped_hydro_cycles",
        "pumped_hydro_cycles",
    ];

    /// <summary>Column names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "rank", "score", "mine_id", "gem_mine_id", "name", "name_non_english", "province", "prefecture", "latitude_deg", "longitude_deg",
        "status", "mine_type", "depth_m", "source", "weather_station", "station_distance_km", "weather_kind", "usable_land_ha", "pv_dc_kw",
        "greenhouse_area_m2", "heat_pump_heating_kw", "shaft_head_m", "pumped_hydro_kw", "pumped_hydro_kwh", "battery_kwh",
        .. KpiKeys, "evaluated", "failure_reason", "flags", .. OptimalNames,
    ];

    /// <summary>The values of one mine, as (is-number, text) in <see cref="Names"/> order; numbers in invariant culture, empty when unknown.</summary>
    /// <param name="m">The ranked mine.</param>
    public static IEnumerable<(bool Number, string Text)> Values(RankedMine m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = m.Result;
        yield return (true, m.Rank > 0 ? m.Rank.ToString(CultureInfo.InvariantCulture) : "");
        yield return (true, N(m.Score));
        yield return (false, r.MineId);
        yield return (false, r.GemMineId ?? "");
        yield return (false, r.Name);
        yield return (false, r.NameNonEnglish ?? "");
        yield return (false, r.Province ?? "");
        yield return (false, r.Prefecture ?? "");
        yield return (true, N(r.LatitudeDeg));
        yield return (true, N(r.LongitudeDeg));
        yield return (false, r.Status);
        yield return (false, r.MineType);
        yield return (true, r.DepthM is { } d ? N(d) : "");
        yield return (false, r.Source);
        yield return (false, r.WeatherStation);
        yield return (true, N(r.StationDistanceKm));
        yield return (false, r.WeatherKind);
        yield return (true, N(r.UsableLandHa));
        yield return (true, N(r.PvDcKw));
        yield return (true, N(r.GreenhouseAreaM2));
        yield return (true, N(r.HeatPumpHeatingKw));
        yield return (true, N(r.ShaftHeadM));
        yield return (true, N(r.PumpedHydroKw));
        yield return (true, N(r.PumpedHydroKwh));
        yield return (true, N(r.BatteryKwh));
        foreach (var k in KpiKeys)
            yield return (true, r.Evaluated ? N(r.Kpi(k)) : "");
        yield return (false, r.Evaluated ? "true" : "false");
        yield return (false, r.FailureReason ?? "");
        yield return (false, string.Join("; ", r.Flags));
        var o = m.Optimal;
        bool ok = o is { Evaluated: true };
        yield return (true, ok ? N(m.OptimalScore) : "");
        foreach (var k in OptimalKpiKeys)
            yield return (true, ok ? N(o!.Kpi(k)) : "");
        yield return (false, o?.FailureReason ?? "");
    }

    /// <summary>A number with up to 10 significant digits, empty for NaN or infinity.</summary>
    /// <param name="v">The number.</param>
    public static string N(double v) => double.IsFinite(v) ? v.ToString("G10", CultureInfo.InvariantCulture) : "";
}
