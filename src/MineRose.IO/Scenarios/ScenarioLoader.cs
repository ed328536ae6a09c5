using System.Globalization;
using MineRose.Core.Carbon;
using MineRose.Core.Crops;
using MineRose.Core.Economics;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Screening;
using MineRose.Core.Storage;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MineRose.IO.Scenarios;

/// <summary>Reads a scenario YAML file into a validated <see cref="Scenario"/>; every error names the file, the line, the key path,
/// the value and what is allowed.</summary>
/// <remarks>The format is documented in docs/model.md, "Scenario files" and published as scenarios/schema/scenario.schema.json [180], [181].
/// Unknown keys are errors. Absent keys take the defaults of the Core records, which cite their sources.</remarks>
public static class ScenarioLoader
{
    private static readonly Dictionary<string, ShaftPumpedHydroSpec> PumpedHydroPresetNames = new(StringComparer.Ordinal)
    {
        ["dakuishan_pilot"] = PumpedHydroPresets.DakuishanPilot,
        ["dakuishan_phase2"] = PumpedHydroPresets.DakuishanPhase2,
    };

    private static readonly Dictionary<string, string> GreenhousePresetNames = new(StringComparer.Ordinal)
    {
        ["dakuishan"] = "dakuishan",
        ["standard_rose"] = "standard_rose",
    };

    private static readonly Dictionary<string, GreenhouseCover> Covers = new(StringComparer.Ordinal)
    {
        ["single_glass"] = GreenhouseCover.SingleGlass,
        ["double_glass"] = GreenhouseCover.DoubleGlass,
        ["single_plastic_film"] = GreenhouseCover.SinglePlasticFilm,
        ["double_plastic_film"] = GreenhouseCover.DoublePlasticFilm,
    };

    private static readonly Dictionary<string, string> Lightings = new(StringComparer.Ordinal)
    {
        ["none"] = "none",
        ["rose_led"] = "rose_led",
        ["rose_hps"] = "rose_hps",
    };

    private static readonly Dictionary<string, HouseType> HouseTypes = new(StringComparer.Ordinal)
    {
        ["glass_house"] = HouseType.GlassHouse,
        ["plastic_house"] = HouseType.PlasticHouse,
    };

    private static readonly Dictionary<string, RoseCropSpec> Crops = new(StringComparer.Ordinal)
    {
        ["modern_soilless"] = RoseCropSpec.ModernSoilless,
        ["yunnan_average"] = RoseCropSpec.YunnanAverage,
    };

    private static readonly Dictionary<string, DispatchStrategy> Dispatches = new(StringComparer.Ordinal)
    {
        ["self_consumption"] = DispatchStrategy.SelfConsumption,
        ["time_of_use_arbitrage"] = DispatchStrategy.TimeOfUseArbitrage,
    };

    private static readonly Dictionary<string, string> WeatherSources = new(StringComparer.Ordinal)
    {
        ["synthetic"] = "synthetic",
        ["file"] = "file",
    };

    private static readonly Dictionary<string, string> TariffTypes = new(StringComparer.Ordinal)
    {
        ["shandong_tou_2025"] = "shandong_tou_2025",
        ["flat"] = "flat",
        ["hourly_file"] = "hourly_file",
    };

    private static readonly Dictionary<string, string> ExportKinds = new(StringComparer.Ordinal)
    {
        ["none"] = "none",
        ["shandong_pv_mechanism_2025"] = "shandong_pv_mechanism_2025",
        ["shandong_coal_benchmark"] = "shandong_coal_benchmark",
        ["flat"] = "flat",
    };

    private static readonly Dictionary<string, EmissionFactor> GridFactors = new(StringComparer.Ordinal)
    {
        ["national_2021"] = EmissionFactors.National2021,
        ["national_2022"] = EmissionFactors.National2022,
        ["national_2023"] = EmissionFactors.National2023,
        ["national_excluding_green_power_2022"] = EmissionFactors.NationalExcludingGreenPower2022,
        ["national_excluding_green_power_2023"] = EmissionFactors.NationalExcludingGreenPower2023,
        ["shandong_2021"] = EmissionFactors.Shandong2021,
        ["shandong_2022"] = EmissionFactors.Shandong2022,
        ["north_china_grid_2022"] = EmissionFactors.NorthChinaGrid2022,
        ["north_china_grid_2023"] = EmissionFactors.NorthChinaGrid2023,
        ["company_reporting_2023_2025"] = EmissionFactors.CompanyReporting2023To2025,
    };

    private static readonly Dictionary<string, string> HeatBaselines = new(StringComparer.Ordinal)
    {
        ["coal"] = "coal",
        ["gas"] = "gas",
    };

    private static readonly Dictionary<string, DiscountBasis> Bases = new(StringComparer.Ordinal)
    {
        ["real"] = DiscountBasis.Real,
        ["nominal"] = DiscountBasis.Nominal,
    };

    /// <summary>Allowed time steps [min]: divisors of an hour.</summary>
    private static readonly int[] TimeSteps = [5, 10, 15, 20, 30, 60];

    /// <summary>Loads and validates a scenario file.</summary>
    /// <param name="path">Path of the YAML file.</param>
    /// <returns>The scenario, its design validated.</returns>
    /// <exception cref="InputFileException">When the file is missing, is not YAML, holds an unknown key, a value of the wrong
    /// type or out of range, lacks a required key, names an unknown preset, or refers to a file that does not exist.</exception>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
            throw new InputFileException(path, 0, "(file)", path, "an existing scenario file");
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InputFileException(file, (int)Math.Min(int.MaxValue, e.Start.Line), "(yaml)", e.Message, "well-formed YAML");
        }
        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode rootNode)
            throw new InputFileException(file, 1, "(root)", "", "one YAML document holding a mapping of keys");
        var root = new ScenarioSection(file, "", rootNode, "");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Read(root, folder) with { SourcePath = Path.GetFullPath(path) };
    }

    private static Scenario Read(ScenarioSection root, string folder)
    {
        var name = root.OptionalText("name") ?? throw root.Missing("name", "a park name");
        var site = ReadSite(root.Child("site") ?? throw root.Missing("site", "a site: mapping (latitude_deg, longitude_deg, ...)"));
        var weather = ReadWeather(root.Child("weather"), folder);
        int stepMinutes = root.Integer("time_step_minutes", 60, 5, 60);
        if (!TimeSteps.Contains(stepMinutes))
            throw new InputFileException(root.File, root.LineOf("time_step_minutes"), "time_step_minutes",
                stepMinutes.ToString(CultureInfo.InvariantCulture), "one of: 5, 10, 15, 20, 30, 60");
        int life = root.Integer("project_life_years", 25, 1, 100);
        // Years 1..N simulated one after another on the weather year; must fit in the project life.
        int simulatedYears = root.Integer("simulated_years", 1, 1, life);
        var dispatch = root.Has("dispatch") ? root.Choice("dispatch", Dispatches) : DispatchStrategy.SelfConsumption;

        var assets = root.Child("assets") ?? throw root.Missing("assets", "an assets: mapping");
        var pv = (assets.List("pv") ?? []).Select(ReadPv).ToList();
        var pumpedHydro = assets.Child("pumped_hydro") is { } ph ? ReadPumpedHydro(ph) : null;
        var battery = assets.Child("battery") is { } b ? ReadBattery(b) : null;
        var heat = assets.Child("heat_plant") is { } h ? ReadHeat(h) : null;
        var greenhouses = assets.Child("greenhouses") is { } g ? ReadGreenhouses(g) : null;
        var outdoor = assets.Child("outdoor_flowers") is { } o ? ReadOutdoor(o) : null;
        var otherLoads = assets.Child("other_loads") is { } ol ? ReadOtherLoads(ol) : OtherLoads.None;
        var drainage = assets.Child("drainage") is { } d ? ReadDrainage(d) : new MineWaterDrainage();
        assets.Finish();

        var grid = ReadGrid(root.Child("grid") ?? throw root.Missing("grid", "a grid: mapping (import_limit_kw, export_limit_kw)"));
        var tariff = ReadTariff(root.Child("tariff") ?? throw root.Missing("tariff", "a tariff: mapping (type, ...)"), site, folder);
        var carbon = root.Child("carbon") is { } c ? ReadCarbon(c) : ParkCarbon.ShandongCoal;
        var economics = root.Child("economics") is { } e ? ReadEconomics(e) : new ParkEconomics();
        var people = root.Child("people") is { } p ? ReadPeople(p) : new ParkPeople();
        var published = root.Child("published") is { } pub ? ReadPublished(pub) : new Dictionary<string, double>();
        var screening = root.Child("screening") is { } scr ? ReadScreening(scr) : null;
        root.Finish();

        var design = new ParkDesign
        {
            Name = name,
            Site = site,
            ProjectLifeYears = life,
            PvPlants = pv,
            PumpedHydro = pumpedHydro,
            Battery = battery,
            Heat = heat,
            Greenhouses = greenhouses,
            OutdoorFlowers = outdoor,
            OtherLoads = otherLoads,
            Drainage = drainage,
            GridConnection = grid,
            Tariff = tariff,
            Dispatch = dispatch,
            Carbon = carbon,
            Economics = economics,
            People = people,
        };
        root.Validate(design.Validated);
        return new Scenario(design, weather, stepMinutes) { Published = published, SimulatedYears = simulatedYears, Screening = screening };
    }

    private static Site ReadSite(ScenarioSection s)
    {
        var site = new Site(
            s.OptionalText("name") ?? throw s.Missing("name", "a site name"),
            s.RequiredNumber("latitude_deg", -90, 90),
            s.RequiredNumber("longitude_deg", -180, 180),
            s.Number("elevation_m", 0, -500, 9000),
            s.Number("utc_offset_hours", 8, -12, 14));
        s.Finish();
        return s.Validate(site.Validated);
    }

    private static ScenarioWeather ReadWeather(ScenarioSection? s, string folder)
    {
        if (s is null)
            return ScenarioWeather.Synthetic();
        var source = s.Choice("source", WeatherSources) ?? throw s.Missing("source", "one of: synthetic, file");
        ScenarioWeather weather;
        if (source == "synthetic")
        {
            weather = ScenarioWeather.Synthetic(s.Integer("seed", 1, 0, int.MaxValue));
        }
        else
        {
            var file = s.OptionalText("file") ?? throw s.Missing("file", "the path of a weather file (EPW, TMY3, PVGIS or plain CSV)");
            var full = Path.GetFullPath(Path.Combine(folder, file));
            if (!System.IO.File.Exists(full))
                throw new InputFileException(s.File, s.LineOf("file"), s.Full("file"), file, $"an existing weather file (looked for {full})");
            weather = ScenarioWeather.File(full);
        }
        s.Finish();
        return weather;
    }

    private static PvPlant ReadPv(ScenarioSection s)
    {
        var d = new PvArraySpec();
        var dg = d.Geometry;
        var geometry = new ArrayGeometry
        {
            TiltDeg = s.Number("tilt_deg", dg.TiltDeg, 0, 90),
            AzimuthDeg = s.Number("azimuth_deg", dg.AzimuthDeg, 0, 360),
            GroundCoverageRatio = s.Number("ground_coverage_ratio", dg.GroundCoverageRatio, 0, 1),
            CollectorWidthM = s.Number("collector_width_m", dg.CollectorWidthM, 0),
            ClearanceHeightM = s.Number("clearance_height_m", dg.ClearanceHeightM, 0),
            RowTransmittance = s.Number("row_transmittance", dg.RowTransmittance, 0, 1),
        };
        var spec = new PvArraySpec
        {
            DcCapacityKw = s.RequiredNumber("dc_capacity_kw", 0),
            DcAcRatio = s.Number("dc_ac_ratio", d.DcAcRatio, 0.5, 3),
            Geometry = geometry,
            Losses = s.OptionalNumber("losses_percent", 0, 99) is { } loss ? PvWattsLosses.FromTotalPercent(loss) : d.Losses,
            Albedo = s.Number("albedo", d.Albedo, 0, 1),
            TemperatureCoefficientPerC = s.Number("temperature_coefficient_per_c", d.TemperatureCoefficientPerC, -0.02, 0),
            InverterNominalEfficiency = s.Number("inverter_nominal_efficiency", d.InverterNominalEfficiency, 0, 1),
            AnnualDegradationPerYear = s.Number("annual_degradation_per_year", d.AnnualDegradationPerYear, 0, 0.05),
        };
        var name = s.OptionalText("name") ?? s.Path;
        s.Finish();
        return new PvPlant(name, s.Validate(spec.Validated));
    }

    private static ShaftPumpedHydroSpec ReadPumpedHydro(ScenarioSection s)
    {
        var preset = s.Choice("preset", PumpedHydroPresetNames)
            ?? throw s.Missing("preset", "one of: " + string.Join(", ", PumpedHydroPresetNames.Keys) + " (the shaft geometry comes from a preset)");
        var machine = preset.Machine with
        {
            TurbineRatedPowerKw = s.Number("turbine_rated_power_kw", preset.Machine.TurbineRatedPowerKw, 0),
            PumpRatedPowerKw = s.Number("pump_rated_power_kw", preset.Machine.PumpRatedPowerKw, 0),
        };
        var spec = preset with
        {
            Name = s.OptionalText("name") ?? preset.Name,
            UnitCount = s.Integer("unit_count", preset.UnitCount, 1, 64),
            Machine = machine,
            MineWaterInflowM3h = s.Number("mine_water_inflow_m3h", preset.MineWaterInflowM3h, 0),
            DewateringCapacityM3h = s.Number("dewatering_capacity_m3h", preset.DewateringCapacityM3h, 0),
            DewateringEfficiency = s.Number("dewatering_efficiency", preset.DewateringEfficiency, 0, 1),
            UpperEvaporationMmPerDay = s.Number("upper_evaporation_mm_per_day", preset.UpperEvaporationMmPerDay, 0, 50),
            UpperSeepageM3h = s.Number("upper_seepage_m3h", preset.UpperSeepageM3h, 0),
        };
        s.Finish();
        s.Validate(spec.Validate);
        return spec;
    }

    private static BatterySpec ReadBattery(ScenarioSection s)
    {
        var d = new BatterySpec { EnergyCapacityKwh = 1, RatedPowerKw = 1 };
        var spec = new BatterySpec
        {
            EnergyCapacityKwh = s.RequiredNumber("energy_capacity_kwh", 0),
            RatedPowerKw = s.RequiredNumber("rated_power_kw", 0),
            ChargeEfficiency = s.Number("charge_efficiency", d.ChargeEfficiency, 0, 1),
            DischargeEfficiency = s.Number("discharge_efficiency", d.DischargeEfficiency, 0, 1),
            MinStateOfCharge = s.Number("min_state_of_charge", d.MinStateOfCharge, 0, 1),
            MaxStateOfCharge = s.Number("max_state_of_charge", d.MaxStateOfCharge, 0, 1),
            SelfDischargePerMonth = s.Number("self_discharge_per_month", d.SelfDischargePerMonth, 0, 0.5),
            CycleLifeEquivalentFullCycles = s.Number("cycle_life_equivalent_full_cycles", d.CycleLifeEquivalentFullCycles, 0),
            CapacityFractionAtCycleLife = s.Number("capacity_fraction_at_cycle_life", d.CapacityFractionAtCycleLife, 0.01, 1),
            EndOfLifeCapacityFraction = s.Number("end_of_life_capacity_fraction", d.EndOfLifeCapacityFraction, 0, 0.99),
        };
        s.Finish();
        return s.Validate(spec.Validated);
    }

    private static HeatPlant ReadHeat(ScenarioSection s)
    {
        var d = new HeatPumpSpec { RatedHeatingKw = 1, RatedCoolingKw = 1 };
        var heatingKw = s.RequiredNumber("rated_heating_kw", 0);
        var pump = new HeatPumpSpec
        {
            RatedHeatingKw = heatingKw,
            // A reversible unit cools about as much as it heats unless stated otherwise (assumption).
            RatedCoolingKw = s.Number("rated_cooling_kw", heatingKw, 0),
            HeatingCarnotEfficiency = s.Number("heating_carnot_efficiency", d.HeatingCarnotEfficiency, 0, 1),
            CoolingCarnotEfficiency = s.Number("cooling_carnot_efficiency", d.CoolingCarnotEfficiency, 0, 1),
            MinimumPartLoadRatio = s.Number("minimum_part_load_ratio", d.MinimumPartLoadRatio, 0, 1),
            HasFreeCooling = s.Boolean("has_free_cooling", d.HasFreeCooling),
            FreeCoolingEffectiveness = s.Number("free_cooling_effectiveness", d.FreeCoolingEffectiveness, 0, 1),
        };
        var ds = new MineWaterSource { MaxFlowM3h = 1 };
        var source = new MineWaterSource
        {
            TemperatureC = s.Number("mine_water_temperature_c", ds.TemperatureC, 1, 80),
            MaxFlowM3h = s.RequiredNumber("mine_water_max_flow_m3h", 0),
            MinReturnTemperatureC = s.Number("mine_water_min_return_temperature_c", ds.MinReturnTemperatureC, 0, 80),
            MaxReturnTemperatureC = s.Number("mine_water_max_return_temperature_c", ds.MaxReturnTemperatureC, 1, 95),
            PumpHeadM = s.Number("mine_water_pump_head_m", ds.PumpHeadM, 0, 3000),
        };
        var dp = new HeatPlant(pump, source);
        var plant = new HeatPlant(pump, source,
            s.Number("heating_supply_temperature_c", dp.HeatingSupplyTemperatureC, 20, 80),
            s.Number("chilled_water_temperature_c", dp.ChilledWaterTemperatureC, 2, 25),
            s.Number("cooling_loop_return_temperature_c", dp.CoolingLoopReturnTemperatureC, 2, 40),
            s.Number("backup_boiler_kw", dp.BackupBoilerKw, 0));
        s.Finish();
        return s.Validate(plant.Validated);
    }

    private static RoseHouses ReadGreenhouses(ScenarioSection s)
    {
        var preset = s.Choice("preset", GreenhousePresetNames) ?? throw s.Missing("preset", "one of: dakuishan, standard_rose");
        var area = s.RequiredNumber("floor_area_m2", 0, 1e7);
        var b = preset == "dakuishan" ? GreenhouseSpec.Dakuishan(area) : GreenhouseSpec.StandardRose(area);
        var sp = b.SetPoints;
        var setPoints = sp with
        {
            HeatingDayC = s.Number("heating_day_c", sp.HeatingDayC, -10, 35),
            HeatingNightC = s.Number("heating_night_c", sp.HeatingNightC, -10, 35),
            VentilationC = s.Number("ventilation_c", sp.VentilationC, -10, 45),
            CoolingC = s.OptionalNumber("cooling_c", -10, 45) ?? sp.CoolingC,
            MaxRelativeHumidityPercent = s.Number("max_relative_humidity_percent", sp.MaxRelativeHumidityPercent, 50, 100),
        };
        var lighting = s.Choice("lighting", Lightings) switch
        {
            null => b.Lighting,
            "rose_led" => SupplementaryLighting.RoseLed,
            "rose_hps" => SupplementaryLighting.RoseHps,
            _ => null,
        };
        var house = b with
        {
            Cover = s.Choice("cover", Covers) ?? b.Cover,
            CoverToFloorRatio = s.Number("cover_to_floor_ratio", b.CoverToFloorRatio, 1, 3),
            MeanHeightM = s.Number("mean_height_m", b.MeanHeightM, 1.5, 15),
            LeakageAch = s.Number("leakage_ach", b.LeakageAch, 0, 10),
            MaxVentilationAch = s.Number("max_ventilation_ach", b.MaxVentilationAch, 0, 300),
            LeafAreaIndex = s.Number("leaf_area_index", b.LeafAreaIndex, 0, 8),
            SetPoints = setPoints,
            Lighting = lighting,
        };
        var crop = s.Choice("crop", Crops) ?? RoseCropSpec.ModernSoilless;
        if (s.OptionalNumber("production_system_factor", 0, 1.5) is { } factor)
            crop = crop with { ProductionSystemFactor = factor };
        var houseType = s.Has("house_type") ? s.Choice("house_type", HouseTypes) : HouseType.GlassHouse;
        var houses = new RoseHouses(house, crop, houseType, s.Number("drain_fraction", 0.25, 0, 0.9));
        s.Finish();
        return s.Validate(houses.Validated);
    }

    private static OutdoorFlowerField ReadOutdoor(ScenarioSection s)
    {
        var d = OutdoorFlowerSpec.GenericCutFlower;
        var crop = new OutdoorFlowerSpec(
            s.Number("radiation_use_efficiency_g_per_mj", d.RadiationUseEfficiencyGMj, 0, 5),
            s.Number("intercepted_fraction", d.InterceptedFraction, 0, 1),
            s.Number("harvest_index", d.HarvestIndex, 0, 1),
            s.Number("dry_mass_per_stem_g", d.DryMassPerStemG, 0, 500),
            s.Number("base_temperature_c", d.BaseTemperatureC, -10, 20),
            s.Number("optimum_temperature_c", d.OptimumTemperatureC, -9, 40));
        var field = new OutdoorFlowerField(crop, s.Number("open_area_m2", 0, 0), s.Number("under_pv_area_m2", 0, 0));
        s.Finish();
        return s.Validate(field.Validated);
    }

    private static OtherLoads ReadOtherLoads(ScenarioSection s)
    {
        var d = OtherLoads.None;
        var loads = new OtherLoads(
            s.Number("base_kw", d.BaseKw, 0),
            s.Number("daytime_kw", d.DaytimeKw, 0),
            s.Number("workday_start_hour_local", d.WorkdayStartHourLocal, 0, 24),
            s.Number("workday_end_hour_local", d.WorkdayEndHourLocal, 0, 24),
            s.Number("water_treatment_kwh_per_m3", d.WaterTreatmentKwhPerM3, 0, 10));
        s.Finish();
        return s.Validate(loads.Validated);
    }

    private static MineWaterDrainage ReadDrainage(ScenarioSection s)
    {
        var d = new MineWaterDrainage();
        var drainage = new MineWaterDrainage(
            s.Number("inflow_m3h", d.InflowM3h, 0),
            s.Number("lift_m", d.LiftM, 0, 3000),
            s.Number("pump_efficiency", d.PumpEfficiency, 0, 1));
        s.Finish();
        return s.Validate(drainage.Validated);
    }

    private static GridConnection ReadGrid(ScenarioSection s)
    {
        var grid = new GridConnection
        {
            ImportLimitKw = s.RequiredNumber("import_limit_kw", 0),
            ExportLimitKw = s.RequiredNumber("export_limit_kw", 0),
        };
        s.Finish();
        return s.Validate(grid.Validated);
    }

    private static ElectricityTariff ReadTariff(ScenarioSection s, Site site, string folder)
    {
        var type = s.Choice("type", TariffTypes) ?? throw s.Missing("type", "one of: " + string.Join(", ", TariffTypes.Keys));
        var surcharge = s.Number("surcharge_cny_per_kwh", 0, 0, 10);
        Surcharge[] surcharges = surcharge > 0 ? [new Surcharge("surcharges (scenario)", surcharge)] : [];
        EnergyTariff import = type switch
        {
            "flat" => new FlatTariff { EnergyPriceCnyPerKwh = s.RequiredNumber("energy_price_cny_per_kwh", 0, 10), Surcharges = surcharges },
            "shandong_tou_2025" => s.Validate(() => ShandongTimeOfUse.Tariff2025(s.RequiredNumber("energy_price_cny_per_kwh", 0, 10), surcharges)),
            _ => ReadHourlyPrices(s, folder) with { Surcharges = surcharges },
        };
        var exportKind = s.Choice("export", ExportKinds) ?? "none";
        var export = exportKind switch
        {
            "shandong_pv_mechanism_2025" => ExportPrice.ShandongPvMechanism2025,
            "shandong_coal_benchmark" => ExportPrice.ShandongCoalBenchmark,
            "flat" => ExportPrice.Flat(s.RequiredNumber("export_price_cny_per_kwh", 0, 10)),
            _ => ExportPrice.None,
        };
        var demand = s.OptionalNumber("demand_charge_cny_per_kw_month", 0, 1000) is { } charge
            ? new DemandCharge { CnyPerKwMonth = charge } : null;
        var capacity = s.OptionalNumber("capacity_charge_cny_per_kva_month", 0, 1000) is { } perKva
            ? new CapacityCharge { CnyPerKvaMonth = perKva, ContractedKva = s.RequiredNumber("contracted_kva", 0, 1e7) } : null;
        if (capacity is null && s.Has("contracted_kva"))
            throw s.Missing("capacity_charge_cny_per_kva_month", "a capacity charge when contracted_kva is given");
        var tariff = new ElectricityTariff
        {
            Name = type,
            Import = import,
            Export = export,
            Demand = demand,
            Capacity = capacity,
            UtcOffsetHours = site.UtcOffsetHours,
        };
        s.Finish();
        return s.Validate(tariff.Validated);
    }

    /// <summary>Reads a CSV <c>time,price_cny_per_kwh</c> with ISO-8601 UTC times at a constant step.</summary>
    private static HourlyPriceTariff ReadHourlyPrices(ScenarioSection s, string folder)
    {
        var file = s.OptionalText("file") ?? throw s.Missing("file", "the path of a CSV file time,price_cny_per_kwh");
        var full = Path.GetFullPath(Path.Combine(folder, file));
        if (!System.IO.File.Exists(full))
            throw new InputFileException(s.File, s.LineOf("file"), s.Full("file"), file, $"an existing price file (looked for {full})");
        var name = Path.GetFileName(full);
        var lines = System.IO.File.ReadAllLines(full);
        if (lines.Length < 3 || lines[0].Trim() != "time,price_cny_per_kwh")
            throw new InputFileException(name, 1, "header", lines.Length > 0 ? lines[0] : "", "the header 'time,price_cny_per_kwh' and at least two rows");
        var times = new List<DateTime>(lines.Length);
        var prices = new List<double>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
                continue;
            var parts = lines[i].Split(',');
            if (parts.Length != 2 || !DateTime.TryParse(parts[0], CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
                throw new InputFileException(name, i + 1, "time", parts[0], "an ISO-8601 UTC time, e.g. 2025-01-01T00:00:00Z");
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || !double.IsFinite(p) || p < -10 || p > 10)
                throw new InputFileException(name, i + 1, "price_cny_per_kwh", parts[1], "a number in [-10, 10]");
            if (times.Count >= 1 && times.Count >= 2 && t - times[^1] != times[1] - times[0] || times.Count == 1 && t <= times[0])
                throw new InputFileException(name, i + 1, "time", parts[0], "times at one constant, positive step");
            times.Add(t);
            prices.Add(p);
        }
        var grid = new TimeGrid(times[0], times[1] - times[0], times.Count);
        return new HourlyPriceTariff(grid, prices.ToArray());
    }

    private static ParkCarbon ReadCarbon(ScenarioSection s)
    {
        var factor = s.Choice("grid_factor", GridFactors) ?? ParkCarbon.ShandongCoal.GridFactor;
        if (s.OptionalNumber("grid_factor_t_per_mwh", 0, 2) is { } custom)
            factor = new EmissionFactor("scenario grid factor", custom, null, "stated in the scenario file", false);
        var kind = s.Choice("heat_baseline", HeatBaselines) ?? "coal";
        var baseline = kind == "gas"
            ? HeatBaseline.GasBoiler(s.Number("boiler_efficiency", HeatBaseline.DefaultGasBoilerEfficiency, 0, 1.1))
            : HeatBaseline.CoalBoiler(s.Number("boiler_efficiency", HeatBaseline.DefaultCoalBoilerEfficiency, 0, 1.1));
        s.Finish();
        s.Validate(factor.Validated);
        s.Validate(baseline.Validated);
        return new ParkCarbon(factor, baseline);
    }

    /// <summary>Rose grades with their shares of the harvest and wholesale prices, or null when the scenario gives none.</summary>
    private static RoseGradeSplit? ReadRoseGrades(ScenarioSection s)
    {
        if (s.List("rose_grades") is not { } items)
            return null;
        if (s.Has("rose_price_cny_per_stem"))
            throw s.Missing("rose_grades", "either rose_grades or rose_price_cny_per_stem, not both");
        var grades = new List<RoseGrade>();
        foreach (var g in items)
        {
            grades.Add(new RoseGrade(g.OptionalText("name") ?? $"grade {grades.Count + 1}", g.RequiredNumber("share", 0, 1),
                g.RequiredNumber("price_cny_per_stem", 0, 100)));
            g.Finish();
        }
        return s.Validate(() => new RoseGradeSplit(grades));
    }

    private static ParkEconomics ReadEconomics(ScenarioSection s)
    {
        var d = new ParkEconomics();
        var grades = ReadRoseGrades(s) ?? (s.OptionalNumber("rose_price_cny_per_stem", 0, 100) is { } price
            ? new RoseGradeSplit([new RoseGrade("scenario price", 1, price)]) : d.RoseGrades);
        var rate = s.Number("discount_rate", d.DiscountRate.RatePerYear, DiscountRate.MinRatePerYear, DiscountRate.MaxRatePerYear);
        var basis = s.Has("discount_basis") ? s.Choice("discount_basis", Bases) : d.DiscountRate.Basis;
        var e = new ParkEconomics
        {
            PvCapexCnyPerKw = s.Number("pv_capex_cny_per_kw", d.PvCapexCnyPerKw, 0),
            PumpedHydroCapexCnyPerKw = s.Number("pumped_hydro_capex_cny_per_kw", d.PumpedHydroCapexCnyPerKw, 0),
            BatteryCapexCnyPerKwh = s.Number("battery_capex_cny_per_kwh", d.BatteryCapexCnyPerKwh, 0),
            HeatPumpCapexCnyPerKw = s.Number("heat_pump_capex_cny_per_kw", d.HeatPumpCapexCnyPerKw, 0),
            GreenhouseCapexCnyPerM2 = s.Number("greenhouse_capex_cny_per_m2", d.GreenhouseCapexCnyPerM2, 0),
            OutdoorFieldCapexCnyPerM2 = s.Number("outdoor_field_capex_cny_per_m2", d.OutdoorFieldCapexCnyPerM2, 0),
            LandRestorationCapexCny = s.Number("land_restoration_capex_cny", d.LandRestorationCapexCny, 0),
            EnergyOmFractionPerYear = s.Number("energy_om_fraction_per_year", d.EnergyOmFractionPerYear, 0, 0.2),
            GreenhouseOmFractionPerYear = s.Number("greenhouse_om_fraction_per_year", d.GreenhouseOmFractionPerYear, 0, 0.2),
            CropInputsCnyPerM2Year = s.Number("crop_inputs_cny_per_m2_year", d.CropInputsCnyPerM2Year, 0),
            PvLifetimeYears = s.Integer("pv_lifetime_years", d.PvLifetimeYears, 1, 100),
            BatteryLifetimeYears = s.Integer("battery_lifetime_years", d.BatteryLifetimeYears, 1, 100),
            HeatPumpLifetimeYears = s.Integer("heat_pump_lifetime_years", d.HeatPumpLifetimeYears, 1, 100),
            GreenhouseLifetimeYears = s.Integer("greenhouse_lifetime_years", d.GreenhouseLifetimeYears, 1, 100),
            PumpedHydroLifetimeYears = s.Integer("pumped_hydro_lifetime_years", d.PumpedHydroLifetimeYears, 1, 100),
            RoseGrades = grades,
            OutdoorFlowerPriceCnyPerStem = s.Number("outdoor_flower_price_cny_per_stem", d.OutdoorFlowerPriceCnyPerStem, 0),
            ProcessingShare = s.Number("processing_share", d.ProcessingShare, 0, 1),
            PetalKgPerStem = s.Number("petal_kg_per_stem", d.PetalKgPerStem, 0),
            ProductKgPerKgPetals = s.Number("product_kg_per_kg_petals", d.ProductKgPerKgPetals, 0),
            ProductPriceCnyPerKg = s.Number("product_price_cny_per_kg", d.ProductPriceCnyPerKg, 0),
            VisitorsPerYear = s.Number("visitors_per_year", d.VisitorsPerYear, 0),
            SpendCnyPerVisitor = s.Number("spend_cny_per_visitor", d.SpendCnyPerVisitor, 0),
            CarbonPriceCnyPerTonne = s.Number("carbon_price_cny_per_tonne", d.CarbonPriceCnyPerTonne, 0),
            BaselineHeatCostCnyPerKwh = s.Number("baseline_heat_cost_cny_per_kwh", d.BaselineHeatCostCnyPerKwh, 0),
            BoilerHeatCostCnyPerKwh = s.Number("boiler_heat_cost_cny_per_kwh", d.BoilerHeatCostCnyPerKwh, 0),
            DiscountRate = new DiscountRate(rate, basis),
        };
        s.Finish();
        s.Validate(e.DiscountRate.Validated);
        return s.Validate(e.Validated);
    }

    private static ParkPeople ReadPeople(ScenarioSection s)
    {
        var d = new ParkPeople();
        var people = new ParkPeople(
            s.Number("energy_operations_workers_per_mw", d.EnergyOperationsWorkersPerMw, 0, 10),
            s.Number("other_staff", d.OtherStaff, 0),
            s.Number("former_miner_share", d.FormerMinerShare, 0, 1),
            s.Number("other_restored_land_ha", d.OtherRestoredLandHa, 0),
            s.Number("average_wage_cny_per_year", d.AverageWageCnyPerYear, 0));
        s.Finish();
        return s.Validate(people.Validated);
    }

    private static Dictionary<string, double> ReadPublished(ScenarioSection s)
    {
        var published = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in ScenarioKeys.Sections["published"])
            if (s.OptionalNumber(key) is { } v)
                published[key] = v;
        s.Finish();
        return published;
    }

    private static ScreeningTemplate ReadScreening(ScenarioSection s)
    {
        var d = new ScreeningTemplate();
        var rules = new ScreeningTemplate
        {
            LandShareOfLease = s.Number("land_share_of_lease", d.LandShareOfLease, 0, 1),
            MaxLandHa = s.Number("max_land_ha", d.MaxLandHa, 0),
            UnknownLandHa = s.Number("unknown_land_ha", d.UnknownLandHa, 0),
            PvLandShare = s.Number("pv_land_share", d.PvLandShare, 0, 1),
            ModuleKwpPerM2 = s.Number("module_kwp_per_m2", d.ModuleKwpPerM2, 0.05, 0.3),
            GreenhouseLandShare = s.Number("greenhouse_land_share", d.GreenhouseLandShare, 0, 1),
            MaxGreenhouseAreaM2 = s.Number("max_greenhouse_area_m2", d.MaxGreenhouseAreaM2, 0),
            HeatingDesignKwPerM2 = s.Number("heating_design_kw_per_m2", d.HeatingDesignKwPerM2, 0),
            CoolingPerHeatingRatio = s.Number("cooling_per_heating_ratio", d.CoolingPerHeatingRatio, 0),
            DesignHeatingCop = s.Number("design_heating_cop", d.DesignHeatingCop, 1.1, 10),
            MineWaterDeltaTK = s.Number("mine_water_delta_t_k", d.MineWaterDeltaTK, 0.5, 20),
            DefaultMineWaterFlowM3h = s.Number("default_mine_water_flow_m3h", d.DefaultMineWaterFlowM3h, 0),
            DefaultMineWaterTemperatureC = s.Number("default_mine_water_temperature_c", d.DefaultMineWaterTemperatureC, 0, 100),
            DefaultMineWaterInflowM3h = s.Number("default_mine_water_inflow_m3h", d.DefaultMineWaterInflowM3h, 0),
            ShaftStorage = s.Boolean("shaft_storage", d.ShaftStorage),
            UndergroundVolumeM3 = s.Number("underground_volume_m3", d.UndergroundVolumeM3, 0),
            StorageHours = s.Number("storage_hours", d.StorageHours, 0.5, 24),
            MinHeadM = s.Number("min_head_m", d.MinHeadM, 10, 2000),
            MaxHeadM = s.Number("max_head_m", d.MaxHeadM, 10, 2000),
            MaxUnitPowerKw = s.Number("max_unit_power_kw", d.MaxUnitPowerKw, 0),
            PenstockVelocityMs = s.Number("penstock_velocity_ms", d.PenstockVelocityMs, 0.5, 8),
            BatteryPowerPerPvKw = s.Number("battery_power_per_pv_kw", d.BatteryPowerPerPvKw, 0),
            BatteryHours = s.Number("battery_hours", d.BatteryHours, 0, 24),
            ImportLimitPerPvKw = s.Number("import_limit_per_pv_kw", d.ImportLimitPerPvKw, 0),
            ExportLimitPerPvKw = s.Number("export_limit_per_pv_kw", d.ExportLimitPerPvKw, 0),
            MinGridConnectionKw = s.Number("min_grid_connection_kw", d.MinGridConnectionKw, 0),
        };
        s.Finish();
        return s.Validate(rules.Validated);
    }
}
