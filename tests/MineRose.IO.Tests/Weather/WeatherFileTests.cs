using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

public class WeatherFileTests
{
    [SharedDataFact]
    public void Weather_file_recognises_each_sample_by_its_content()
    {
        Assert.Equal(WeatherFileFormat.Epw, WeatherFile.Sniff(WeatherTestData.Jinan));
        Assert.Equal(WeatherFileFormat.Epw, WeatherFile.Sniff(WeatherTestData.Amsterdam));
        Assert.Equal(WeatherFileFormat.Tmy3, WeatherFile.Sniff(WeatherTestData.Greensboro));
        Assert.Equal(WeatherFileFormat.PvgisTmy, WeatherFile.Sniff(WeatherTestData.PvgisTmy));
        Assert.Equal(8760, WeatherFile.Read(WeatherTestData.Greensboro).Count);
    }

    [Fact]
    public void Weather_file_fills_the_missing_values_so_no_model_sees_a_NaN()
    {
        var file = Path.Combine(Path.GetTempPath(), $"minerose-{Guid.NewGuid():N}.csv");
        var text = new System.Text.StringBuilder("# latitude: 36.7\n# longitude: 118\n# elevation: 200\ntime,ghi,dni,dhi,temp_air,wind_speed\n");
        for (var h = 0; h < 24; h++)
        {
            var temp = h == 10 ? "" : "4";   // one empty field: missing, between two 4 °C hours
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"2025-01-01T{h:00}:00:00+08:00,0,0,0,{temp},1\n");
        }
        File.WriteAllText(file, text.ToString());
        try
        {
            var series = WeatherFile.Read(file);
            Assert.Equal(1, series.MissingValues);
            Assert.Equal(4, series.TempAirC[10], 12);   // linear fill between the neighbours
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SharedDataFact]
    public void Weather_file_does_not_trust_the_extension()
    {
        // A TMY3 file under a .epw name is still read as TMY3.
        var copy = Path.Combine(Path.GetTempPath(), $"minerose-{Guid.NewGuid():N}.epw");
        File.Copy(WeatherTestData.Greensboro, copy);
        try
        {
            Assert.Equal(WeatherFileFormat.Tmy3, WeatherFile.Sniff(copy));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [SharedDataFact]
    public void Weather_file_refuses_PVGIS_seriescalc_output_and_says_why()
    {
        var error = Assert.Throws<InputFileException>(() => WeatherFile.Read(WeatherTestData.PvgisSeriesCalc));
        Assert.Contains("plane of an array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weather_file_recognises_the_plain_csv()
    {
        var text = "# latitude: 1\ntime,ghi,dni,dhi,temp_air,wind_speed\n2024-01-01T00:00Z,0,0,0,1,1\n";
        Assert.Equal(WeatherFileFormat.PlainCsv, WeatherFile.Sniff(new StringReader(text), "x.csv"));
    }

    [Fact]
    public void Weather_file_lists_the_known_formats_when_none_fits()
    {
        var error = Assert.Throws<InputFileException>(() => WeatherFile.Sniff(new StringReader("a,b,c\n1,2,3\n4,5,6\n"), "mystery.txt"));
        Assert.Equal("format", error.FieldName);
        Assert.Contains("EnergyPlus EPW", error.Message, StringComparison.Ordinal);
        Assert.Contains("TMY3", error.Message, StringComparison.Ordinal);
        Assert.Contains("PVGIS TMY", error.Message, StringComparison.Ordinal);
        Assert.Contains("plain CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weather_file_points_a_monthly_normals_csv_to_its_own_reader()
    {
        var error = Assert.Throws<InputFileException>(() => WeatherFile.Read(WeatherTestData.Malformed("normals_valid.csv")));
        Assert.Contains("ClimateNormalsCsvReader", error.Message, StringComparison.Ordinal);
    }
}
