namespace MineRose.IO.Scenarios;

/// <summary>Every key a scenario file may hold, by section: the single list the loader reads and the JSON Schema
/// (scenarios/schema/scenario.schema.json) must match.</summary>
/// <remarks>Section names are dotted key paths from the root ("" is the root); a list of mappings is named with a
/// trailing "[]" (e.g. <c>assets.pv[]</c>). Keys are snake_case with their unit in the name.</remarks>
public static class ScenarioKeys
{
    /// <summary>Allowed keys of each section, in the order the documentation lists them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sections { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [""] = ["name", "site", "weather", "time_step_minutes", "project_life_years", "simulated_years", "dispatch", "assets", "grid", "tariff",
            "carbon", "economics", "people", "published", "screening"],
        ["site"] = ["name", "latitude_deg", "longitude_deg", "elevation_m", "utc_offset_hours"],
        ["weather"] = ["source", "file", "seed"],
        ["assets"] = ["pv", "pumped_hydro", "battery", "heat_plant", "greenhouses", "outdoor_flowers", "other_loads", "drainage"],
        ["assets.pv[]"] = ["name", "dc_capacity_kw", "dc_ac_ratio", "tilt_deg", "azimuth_deg", "ground_coverage_ratio",
            "collector_width_m", "clearance_height_m", "row_transmittance", "losses_percent", "albedo",
            "temperature_coefficient_per_c", "inverter_nominal_efficiency", "annual_degradation_per_year"],
        ["assets.pumped_hydro"] = ["preset", "name", "unit_count", "turbine_rated_power_kw", "pump_rated_power_kw",
            "mine_water_inflow_m3h", "dewatering_capacity_m3h", "dewatering_efficiency", "upper_evaporation_mm_per_day",
            "upper_seepage_m3h"],
        ["assets.battery"] = ["energy_capacity_kwh", "rated_power_kw", "charge_efficiency", "discharge_efficiency",
            "min_state_of_charge", "max_state_of_charge", "self_discharge_per_month", "cycle_life_equivalent_full_cycles",
            "capacity_fraction_at_cycle_life", "end_of_life_capacity_fraction"],
        ["assets.heat_plant"] = ["rated_heating_kw", "rated_cooling_kw", "heating_carnot_efficiency", "cooling_carnot_efficiency",
            "minimum_part_load_ratio", "has_free_cooling", "free_cooling_effectiveness", "mine_water_temperature_c",
            "mine_water_max_flow_m3h", "mine_water_min_return_temperature_c", "mine_water_max_return_temperature_c",
            "mine_water_pump_head_m", "heating_supply_temperature_c", "chilled_water_temperature_c",
            "cooling_loop_return_temperature_c", "backup_boiler_kw"],
        ["assets.greenhouses"] = ["preset", "floor_area_m2", "cover", "cover_to_floor_ratio", "mean_height_m", "leakage_ach",
            "max_ventilation_ach", "leaf_area_index", "heating_day_c", "heating_night_c", "ventilation_c", "cooling_c",
            "max_relative_humidity_percent", "lighting", "house_type", "crop", "production_system_factor", "drain_fraction"],
        ["assets.outdoor_flowers"] = ["open_area_m2", "under_pv_area_m2", "radiation_use_efficiency_g_per_mj",
            "intercepted_fraction", "harvest_index", "dry_mass_per_stem_g", "base_temperature_c", "optimum_temperature_c"],
        ["assets.other_loads"] = ["base_kw", "daytime_kw", "workday_start_hour_local", "workday_end_hour_local",
            "water_treatment_kwh_per_m3"],
        ["assets.drainage"] = ["inflow_m3h", "lift_m", "pump_efficiency"],
        ["grid"] = ["import_limit_kw", "export_limit_kw"],
        ["tariff"] = ["type", "energy_price_cny_per_kwh", "file", "surcharge_cny_per_kwh", "export", "export_price_cny_per_kwh",
            "demand_charge_cny_per_kw_month", "capacity_charge_cny_per_kva_month", "contracted_kva"],
        ["carbon"] = ["grid_factor", "grid_factor_t_per_mwh", "heat_baseline", "boiler_efficiency"],
        ["economics.rose_grades[]"] = ["name", "share", "price_cny_per_stem"],
        ["economics"] = ["pv_capex_cny_per_kw", "pumped_hydro_capex_cny_per_kw", "battery_capex_cny_per_kwh",
            "heat_pump_capex_cny_per_kw", "greenhouse_capex_cny_per_m2", "outdoor_field_capex_cny_per_m2",
            "land_restoration_capex_cny", "energy_om_fraction_per_year", "greenhouse_om_fraction_per_year",
            "crop_inputs_cny_per_m2_year", "pv_lifetime_years", "battery_lifetime_years", "heat_pump_lifetime_years",
            "greenhouse_lifetime_years", "pumped_hydro_lifetime_years", "rose_price_cny_per_stem", "rose_grades",
            "outdoor_flower_price_cny_per_stem", "processing_share", "petal_kg_per_stem", "product_kg_per_kg_petals",
            "product_price_cny_per_kg", "visitors_per_year", "spend_cny_per_visitor", "carbon_price_cny_per_tonne",
            "baseline_heat_cost_cny_per_kwh", "boiler_heat_cost_cny_per_kwh", "discount_rate", "discount_basis"],
        ["people"] = ["energy_operations_workers_per_mw", "other_staff", "former_miner_share", "other_restored_land_ha",
            "average_wage_cny_per_year"],
        ["screening"] = ["land_share_of_lease", "max_land_ha", "unknown_land_ha", "pv_land_share", "module_kwp_per_m2",
            "greenhouse_land_share", "max_greenhouse_area_m2", "heating_design_kw_per_m2", "cooling_per_heating_ratio",
            "design_heating_cop", "mine_water_delta_t_k", "default_mine_water_flow_m3h", "default_mine_water_temperature_c",
            "default_mine_water_inflow_m3h", "shaft_storage", "underground_volume_m3", "storage_hours", "min_head_m", "max_head_m",
            "max_unit_power_kw", "penstock_velocity_ms", "battery_power_per_pv_kw", "battery_hours", "import_limit_per_pv_kw",
            "export_limit_per_pv_kw", "min_grid_connection_kw"],
        ["published"] = ["pv_mw", "pv_output_gwh", "co2_cut_t", "land_restored_ha", "profit_cny", "jobs", "stems",
            "production_cost_cut"],
    };

    /// <summary>Every allowed key as a full dotted path (lists as <c>assets.pv[].dc_capacity_kw</c>), sorted.</summary>
    public static IReadOnlyList<string> AllPaths { get; } =
        [.. Sections.SelectMany(s => s.Value.Select(k => s.Key.Length == 0 ? k : $"{s.Key}.{k}")).Order(StringComparer.Ordinal)];
}
