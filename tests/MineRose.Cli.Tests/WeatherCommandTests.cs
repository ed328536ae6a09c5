using System.Text.Json;
using MineRose.TestSupport;

namespace MineRose.Cli.Tests;

public class WeatherCommandTests
{
    [SharedDataFact]
    public void Inspect_json_has_the_contracted_keys_and_the_Jinan_totals()
    {
        var r = CliProcess.Run("weather", "inspect", "--json", SharedData.PathOf("weather", "CHN_SD_Jinan.Tsinan.548230_TMYx.epw"));
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "latitude", "longitude", "hours", "ghi_kwh_m2", "dni_kwh_m2", "dhi_kwh_m2", "temp_air_mean_c", "wind_speed_mean_m_s", "missing_values" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        // The EnergyPlus .stat report of the same file gives 1608 kWh/m² of GHI and 8760 hours.
        Assert.Equal(1608, root.GetProperty("ghi_kwh_m2").GetDouble(), 1.0);
        Assert.Equal(8760, root.GetProperty("hours").GetDouble());
        var monthly = root.GetProperty("monthly");
        Assert.Equal(12, monthly.GetArrayLength());
        // FACTS.md monthly normals (Jinan TMYx): January GHI 88.7 kWh/m², mean 0.0 °C.
        Assert.Equal(88.7, monthly[0].GetProperty("ghi_kwh_m2").GetDouble(), 0.06);
        Assert.Equal(0.0, monthly[0].GetProperty("temp_air_mean_c").GetDouble(), 0.06);
    }

    [SharedDataFact]
    public void Inspect_of_a_cswd_file_fills_its_blown_up_dni_hours_and_says_how_many()
    {
        // Zhengzhou's CSWD file holds 9 DNI values above 1,400 W/m² at a grazing sun (counted with awk over field 15).
        var r = CliProcess.Run("weather", "inspect", "--json", SharedData.PathOf("mines", "weather", "CHN_HA_Zhengzhou.570830_CSWD.epw"));
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(9, json.RootElement.GetProperty("implausible_values").GetInt32());

        var text = CliProcess.Run("weather", "inspect", SharedData.PathOf("mines", "weather", "CHN_HA_Zhengzhou.570830_CSWD.epw"));
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("9 implausible values", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_missing_file_exits_with_2_and_names_the_file()
    {
        var r = CliProcess.Run("weather", "inspect", "no-such-file.epw");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no-such-file.epw", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_file_that_does_not_parse_exits_with_2_and_names_line_and_field()
    {
        var file = CliProcess.TempFile("bad.csv");
        File.WriteAllText(file, "# latitude: 36.7\n# longitude: 118\n# elevation: 200\ntime,ghi,dni,dhi,temp_air,wind_speed\n2025-01-01T00:00:00+08:00,0,0,0,1.5,1\n2025-01-01T01:00:00+08:00,0,0,0,abc,1\n2025-01-01T02:00:00+08:00,0,0,0,1.0,1\n");
        try
        {
            var r = CliProcess.Run("weather", "inspect", file);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(":6:", r.Stderr, StringComparison.Ordinal);
            Assert.Contains("temp_air", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unknown_option_exits_with_2()
    {
        var r = CliProcess.Run("weather", "inspect", "--frobnicate");
        Assert.Equal(2, r.ExitCode);
    }
}
