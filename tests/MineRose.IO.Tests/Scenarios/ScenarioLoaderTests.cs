using MineRose.Core.Park;
using MineRose.IO.Scenarios;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    private static string Bad(string name) => SharedData.TestDataPath("scenarios", name);

    private static InputFileException LoadFails(string name) =>
        Assert.Throws<InputFileException>(() => ScenarioLoader.Load(Bad(name)));

    [Fact]
    public void Phase1_scenario_loads_with_the_published_phase1_assets()
    {
        var s = ScenarioLoader.Load(Shipped("dakuishan-phase1.yaml"));
        var d = s.Design;
        // FACTS.md: 2.6 MW PV, the 100 kW shaft pilot, a 1.5 MW heat pump and 13,000 m² of roses.
        Assert.Equal(2600, d.PvCapacityKw);
        Assert.Equal(100, d.PumpedHydro!.Machine.TurbineRatedPowerKw * d.PumpedHydro.UnitCount);
        Assert.Equal(1500, d.Heat!.HeatPump.RatedHeatingKw);
        Assert.Equal(13_000, d.Greenhouses!.House.FloorAreaM2);
        Assert.True(s.Weather.IsSynthetic);
        Assert.Equal(60, s.TimeStepMinutes);
        Assert.Equal(1, s.SimulatedYears); // simulated_years is only a comment in the shipped file: one year by default
        Assert.Equal(30, s.Published["jobs"]);
    }

    [Fact]
    public void Phase2_scenario_loads_the_whole_park_as_published()
    {
        var s = ScenarioLoader.Load(Shipped("dakuishan-phase2.yaml"));
        var d = s.Design;
        // FACTS.md: 11.3 MW PV in total, 12 MW x 4 h shaft storage, 12 MW heat pumps, 113,000 m² roses, 13.3 ha outdoors.
        Assert.Equal(11_300, d.PvCapacityKw);
        Assert.Equal(12_000, d.PumpedHydro!.Machine.TurbineRatedPowerKw * d.PumpedHydro.UnitCount, 1e-6);
        Assert.Equal(12_000, d.Heat!.HeatPump.RatedHeatingKw);
        Assert.Equal(113_000, d.Greenhouses!.House.FloorAreaM2);
        Assert.Equal(133_000, d.OutdoorFlowers!.OpenAreaM2 + d.OutdoorFlowers.UnderPvAreaM2);
        Assert.Equal(DispatchStrategy.TimeOfUseArbitrage, d.Dispatch);
        // The published figures the evaluation reconciles against, FACTS.md "Claims".
        Assert.Equal(new Dictionary<string, double>
        {
            ["pv_mw"] = 11.3, ["pv_output_gwh"] = 13, ["co2_cut_t"] = 9400, ["land_restored_ha"] = 40,
            ["profit_cny"] = 60e6, ["jobs"] = 200, ["stems"] = 36e6, ["production_cost_cut"] = 0.5,
        }, s.Published);
        // 0.6410 t/MWh, Shandong 2022 (FACTS.md grid factors).
        Assert.Equal(0.6410, d.Carbon.GridFactor.TonnesCo2PerMwh);
    }

    [Fact]
    public void Zichuan_replication_scenario_loads_with_80_MW_and_800000_m2()
    {
        var d = ScenarioLoader.Load(Shipped("zichuan-replication.yaml")).Design;
        // FACTS.md "Replication": 80 MW PV+, batteries, heat pumps, 800,000 m² of greenhouses.
        Assert.Equal(80_000, d.PvCapacityKw);
        Assert.NotNull(d.Battery);
        Assert.NotNull(d.Heat);
        Assert.Equal(800_000, d.Greenhouses!.House.FloorAreaM2);
        Assert.Null(d.PumpedHydro);
    }

    [Fact]
    public void Minimal_scenario_takes_the_record_defaults()
    {
        var s = ScenarioLoader.Load(Bad("minimal.yaml"));
        Assert.Equal(new OtherLoads(), s.Design.OtherLoads);
        Assert.Equal(25, s.Design.ProjectLifeYears);
        Assert.Equal(0.922, s.Design.Battery!.ChargeEfficiency);
        Assert.Empty(s.Published);
    }

    [Fact]
    public void Unknown_key_is_an_error_naming_line_key_and_the_allowed_keys()
    {
        var e = LoadFails("unknown-key.yaml");
        Assert.Equal(12, e.Line);
        Assert.Equal("assets.battery.energy_capcity_kwh", e.FieldName);
        Assert.Contains("energy_capacity_kwh", e.Expected, StringComparison.Ordinal);
        Assert.StartsWith("unknown-key.yaml:12: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_value_names_line_key_value_and_range()
    {
        var e = LoadFails("out-of-range.yaml");
        Assert.Equal(10, e.Line);
        Assert.Equal("assets.battery.energy_capacity_kwh", e.FieldName);
        Assert.Equal("-5", e.Value);
        Assert.Equal("a number >= 0", e.Expected);
    }

    [Fact]
    public void More_simulated_years_than_the_project_life_names_line_key_and_range()
    {
        var e = LoadFails("too-many-years.yaml");
        Assert.Equal(7, e.Line);
        Assert.Equal("simulated_years", e.FieldName);
        Assert.Equal("12", e.Value);
        Assert.Equal("a whole number in [1, 10]", e.Expected);
    }

    [Fact]
    public void Wrong_type_names_line_and_key()
    {
        var e = LoadFails("wrong-type.yaml");
        Assert.Equal(10, e.Line);
        Assert.Equal("assets.battery.energy_capacity_kwh", e.FieldName);
        Assert.Equal("lots", e.Value);
    }

    [Fact]
    public void Missing_required_key_names_the_section_line()
    {
        var e = LoadFails("missing-key.yaml");
        Assert.Equal(9, e.Line); // the 'battery:' line
        Assert.Equal("assets.battery.rated_power_kw", e.FieldName);
        Assert.Equal("(missing)", e.Value);
    }

    [Fact]
    public void Bad_preset_name_lists_the_presets()
    {
        var e = LoadFails("bad-preset.yaml");
        Assert.Equal(10, e.Line);
        Assert.Equal("assets.pumped_hydro.preset", e.FieldName);
        Assert.Equal("one of: dakuishan_pilot, dakuishan_phase2", e.Expected);
    }

    [Fact]
    public void Weather_file_not_found_names_the_file_key()
    {
        var e = LoadFails("weather-not-found.yaml");
        Assert.Equal(8, e.Line);
        Assert.Equal("weather.file", e.FieldName);
        Assert.Equal("no-such-weather.epw", e.Value);
    }

    [Fact]
    public void Record_validation_error_is_rethrown_at_the_line_of_the_key_it_names()
    {
        // BatterySpec requires MaxStateOfCharge above MinStateOfCharge (0.05 by default).
        var e = LoadFails("record-validation.yaml");
        Assert.Equal(10, e.Line);
        Assert.Equal("assets.battery.max_state_of_charge", e.FieldName);
    }

    [Fact]
    public void Hourly_tariff_file_is_read_relative_to_the_scenario()
    {
        var tariff = ScenarioLoader.Load(Bad("hourly-tariff.yaml")).Design.Tariff;
        var prices = Assert.IsType<MineRose.Core.Grid.HourlyPriceTariff>(tariff.Import);
        // prices.csv: three hourly prices 0.5, 0.6, 0.4.
        Assert.Equal([0.5, 0.6, 0.4], prices.EnergyPricesCnyPerKwh.ToArray());
        Assert.Equal(TimeSpan.FromHours(1), prices.PriceGrid.Step);
    }

    [Fact]
    public void Missing_scenario_file_is_an_input_error()
    {
        Assert.Throws<InputFileException>(() => ScenarioLoader.Load(Bad("no-such.yaml")));
    }
}
