using System.Text.Json;
using MineRose.TestSupport;

namespace MineRose.Cli.Tests;

public class PvCommandTests
{
    private static string Jinan => SharedData.PathOf("weather", "CHN_SD_Jinan.Tsinan.548230_TMYx.epw");

    [Fact]
    public void Pv_on_the_embedded_weather_prints_the_contracted_json_keys()
    {
        var r = CliProcess.Run("pv", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "annual_ac_kwh", "specific_yield_kwh_per_kwp", "annual_poa_kwh_m2", "annual_ghi_kwh_m2", "performance_ratio" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        // 1 kWp by default: the annual AC energy is the specific yield.
        Assert.Equal(root.GetProperty("annual_ac_kwh").GetDouble(), root.GetProperty("specific_yield_kwh_per_kwp").GetDouble(), 1e-6);
        // The built-in year reproduces the Zibo normals: 1,608 kWh/m² of GHI a year (FACTS.md, Jinan TMYx).
        Assert.Equal(1608, root.GetProperty("annual_ghi_kwh_m2").GetDouble(), 1608 * 0.02);
    }

    [SharedDataFact]
    public void Hourly_csv_has_the_contracted_columns_and_8760_rows()
    {
        var file = CliProcess.TempFile("hourly.csv");
        try
        {
            var r = CliProcess.Run("pv", "--weather", Jinan, "--hourly", file);
            Assert.True(r.ExitCode == 0, r.Stderr);
            var lines = File.ReadAllLines(file);
            Assert.Equal(8761, lines.Length);
            var header = lines[0].Split(',');
            foreach (var column in new[] { "time_utc", "solar_zenith_deg", "solar_azimuth_deg", "ghi_w_m2", "dni_w_m2", "dhi_w_m2",
                "poa_global_w_m2", "cell_temperature_c", "dc_kw", "ac_kw", "ground_par_fraction" })
                Assert.Contains(column, header);
            // EPW hour 1 of 1 January in UTC+8 starts at 16:00 UTC on 31 December.
            Assert.StartsWith("1989-12-31T16:00:00Z,", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SharedDataFact]
    public void Sites_file_gives_one_row_per_site_and_more_energy_for_more_capacity()
    {
        var sites = CliProcess.TempFile("sites.csv");
        File.WriteAllText(sites, "name,latitude,longitude,elevation,tilt,azimuth,dc_kw\nsmall,36.7,118,200,30,180,100\nlarge,36.7,118,200,30,180,200\n");
        try
        {
            var r = CliProcess.Run("pv", "--weather", Jinan, "--sites", sites);
            Assert.True(r.ExitCode == 0, r.Stderr);
            var lines = r.Stdout.Trim().Split('\n');
            Assert.Equal(3, lines.Length);
            var column = Array.IndexOf(lines[0].Split(','), "annual_ac_kwh");
            double small = double.Parse(lines[1].Split(',')[column], System.Globalization.CultureInfo.InvariantCulture);
            double large = double.Parse(lines[2].Split(',')[column], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(2 * small, large, 2 * small * 1e-9);
        }
        finally
        {
            File.Delete(sites);
        }
    }

    [Fact]
    public void A_bad_sites_row_exits_with_2_naming_the_line_and_field()
    {
        var sites = CliProcess.TempFile("sites.csv");
        File.WriteAllText(sites, "name,latitude,longitude,elevation,tilt,azimuth,dc_kw\nok,36.7,118,200,30,180,100\nbad,36.7,118,200,30,180,lots\n");
        try
        {
            var r = CliProcess.Run("pv", "--sites", sites);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(":3:", r.Stderr, StringComparison.Ordinal);
            Assert.Contains("dc_kw", r.Stderr, StringComparison.Ordinal);
            Assert.Empty(r.Stdout);
        }
        finally
        {
            File.Delete(sites);
        }
    }

    [Theory]
    [InlineData("--tilt", "95")]
    [InlineData("--dc-ac-ratio", "0")]
    [InlineData("--albedo", "-1")]
    [InlineData("--lat", "91")]
    public void An_out_of_range_option_exits_with_2_naming_it(string option, string value)
    {
        var r = CliProcess.Run("pv", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(option.TrimStart('-'), r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }
}
