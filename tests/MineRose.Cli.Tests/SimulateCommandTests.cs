using System.Text.Json;

namespace MineRose.Cli.Tests;

public class SimulateCommandTests
{
    private static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    private static readonly string[] ContractKeys =
    [
        "pv_ac_mwh", "load_mwh", "grid_import_mwh", "grid_export_mwh", "storage_charge_mwh", "storage_discharge_mwh",
        "heat_pump_electricity_mwh", "heating_delivered_mwh", "cooling_delivered_mwh", "lighting_mwh", "co2_avoided_t", "rose_stems",
        "greenhouse_area_m2", "jobs", "land_restored_ha", "capex_cny", "annual_revenue_cny", "annual_opex_cny", "annual_profit_cny",
        "npv_cny", "irr", "payback_years", "lcoe_cny_per_kwh", "net_energy_cost_cny", "pumped_hydro_energy_mwh", "pumped_hydro_power_mw",
        "pumped_hydro_round_trip", "greenhouse_heating_kwh_per_m2", "stems_per_m2", "mine_water_pumped_m3", "irrigation_m3",
        "electric_balance_residual_mwh",
    ];

    [Fact]
    public void Phase_two_on_the_embedded_weather_writes_the_three_files_with_every_contract_key()
    {
        var dir = CliProcess.TempFile("out");
        try
        {
            var r = CliProcess.Run("simulate", Scenario("dakuishan-phase2.yaml"), "--out", dir, "--json");
            Assert.True(r.ExitCode == 0, r.Stderr);
            using var stdout = JsonDocument.Parse(r.Stdout);
            using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
            var kpis = file.RootElement.GetProperty("kpis");
            foreach (var key in ContractKeys)
                Assert.True(kpis.TryGetProperty(key, out _), $"missing KPI {key}");
            // The ledger closes: the residual of the electric bus is numerically zero.
            Assert.True(Math.Abs(kpis.GetProperty("electric_balance_residual_mwh").GetDouble()) < 1e-6);
            // FACTS.md: the phase II store is 12 MW × 4 h on a 165 m drop.
            Assert.Equal(12, kpis.GetProperty("pumped_hydro_power_mw").GetDouble(), 0.01);
            Assert.InRange(kpis.GetProperty("pumped_hydro_energy_mwh").GetDouble(), 44, 52);
            var hourly = File.ReadLines(Path.Combine(dir, "hourly.csv")).ToArray();
            Assert.StartsWith("time_utc,", hourly[0], StringComparison.Ordinal);
            Assert.Equal(8761, hourly.Length);
            var html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_missing_scenario_exits_with_2_naming_it()
    {
        var r = CliProcess.Run("simulate", "no-such-scenario.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no-such-scenario.yaml", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import_limit_kw: ", "import_limt_kw: ", "import_limt_kw")]
    [InlineData("import_limit_kw: ", "import_limit_kw: -", "import_limit_kw")]
    public void A_bad_scenario_exits_with_2_naming_line_and_key(string find, string replace, string expectedKey)
    {
        var text = File.ReadAllText(Scenario("dakuishan-phase1.yaml"));
        Assert.Contains(find, text, StringComparison.Ordinal);
        var file = CliProcess.TempFile("bad.yaml");
        File.WriteAllText(file, ReplaceFirst(text, find, replace));
        try
        {
            var r = CliProcess.Run("simulate", file, "--out", CliProcess.TempFile("never"));
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(expectedKey, r.Stderr, StringComparison.Ordinal);
            Assert.Matches(@"bad\.yaml:\d+:", r.Stderr);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_weather_file_that_does_not_parse_exits_with_2()
    {
        var weather = CliProcess.TempFile("bad.epw");
        File.WriteAllText(weather, "LOCATION,Nowhere,,,,,not-a-latitude,118,8,200\n");
        try
        {
            var r = CliProcess.Run("simulate", Scenario("dakuishan-phase1.yaml"), "--weather", weather, "--out", CliProcess.TempFile("never"));
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("bad.epw", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(weather);
        }
    }

    [Fact]
    public void A_two_year_scenario_shows_progress_on_stderr_keeps_stdout_clean_json_and_reports_both_years()
    {
        var text = File.ReadAllText(Scenario("dakuishan-phase1.yaml"));
        const string option = "# simulated_years: 3";
        Assert.Contains(option, text, StringComparison.Ordinal);
        var file = CliProcess.TempFile("two-years.yaml");
        var dir = CliProcess.TempFile("out");
        File.WriteAllText(file, ReplaceFirst(text, option, "simulated_years: 2"));
        try
        {
            var r = CliProcess.Run("simulate", file, "--out", dir, "--json");
            Assert.True(r.ExitCode == 0, r.Stderr);
            // stdout is the summary and nothing else; the progress went to stderr.
            using var stdout = JsonDocument.Parse(r.Stdout);
            Assert.Contains("simulat", r.Stderr, StringComparison.Ordinal);
            var years = stdout.RootElement.GetProperty("simulated_years");
            Assert.Equal(2, years.GetArrayLength());
            Assert.Equal(1, years[0].GetProperty("operating_year").GetInt32());
            Assert.Equal(2, years[1].GetProperty("operating_year").GetInt32());
            // Year 2's PV is below year 1's by the 0.5 %/yr default degradation (PvArraySpec default [55]), inverter aside.
            double pv1 = years[0].GetProperty("pv_ac_mwh").GetDouble(), pv2 = years[1].GetProperty("pv_ac_mwh").GetDouble();
            Assert.Equal(0.995, pv2 / pv1, 1e-3);
            // KPIs are year 1's.
            Assert.Equal(pv1, stdout.RootElement.GetProperty("kpis").GetProperty("pv_ac_mwh").GetDouble(), 1e-9);
            // Phase I has no battery: its capacity is 0 in both years.
            Assert.Equal(0, years[1].GetProperty("battery_capacity_kwh").GetDouble());
            // The report shows both years, not year 1 alone.
            var report = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("Simulated years", report, StringComparison.Ordinal);
            Assert.Contains("mine water at year end", report, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }
}
