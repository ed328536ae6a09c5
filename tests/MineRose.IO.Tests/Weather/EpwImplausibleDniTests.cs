using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

/// <summary>A direct normal irradiance above its physical limit is a derived-DNI artefact at a grazing sun (CSWD files):
/// treated as missing, filled and counted apart, while a negative or non-numeric value still fails the file.</summary>
public class EpwImplausibleDniTests
{
    private static readonly Site Mine = Site.Dakuishan;

    [Fact]
    public void A_dni_above_the_solar_constant_is_filled_from_its_neighbours_and_counted_as_implausible()
    {
        var year = WeatherTestData.SyntheticYear(Mine);
        var writer = new StringWriter();
        EpwWriter.Write(year, writer);
        var lines = writer.ToString().Split('\n');
        // Hour index 108 is local noon of 5 January; its neighbours keep their values, so the fill is their mean (linear, one-hour gap).
        int row = EpwReader.HeaderLines + 108;
        var fields = lines[row].Split(',');
        fields[14] = "4808";   // Zhengzhou CSWD, 14 January 18:00: DNI 4,808 W/m² at GHI 50 W/m² (../shared/mines/weather)
        lines[row] = string.Join(',', fields);

        var back = WeatherGapFilling.Fill(EpwReader.Read(new StringReader(string.Join('\n', lines)), "edited.epw"));

        Assert.Equal(1, back.ImplausibleValues);
        Assert.Equal(0, back.MissingValues);
        var before = ParseDni(lines[row - 1]);
        var after = ParseDni(lines[row + 1]);
        Assert.True(before > 0 && after > 0, "a daylight hour between daylight hours");
        Assert.Equal((before + after) / 2, back.DniWm2[108], 9);
    }

    [Fact]
    public void A_negative_dni_still_fails_the_file_at_its_line() =>
        WeatherTestData.AssertFileError(() => EpwReader.Read(WeatherTestData.Malformed("epw_dni_negative.epw")), 11, "direct_normal_radiation");

    [SharedDataTheory]
    [InlineData("CHN_AH_Bengbu.582210_CSWD.epw", 22)]      // counts of DNI in (1400, 9999) W/m², by awk over field 15 of the files
    [InlineData("CHN_AH_Dongcheng.583190_CSWD.epw", 24)]
    [InlineData("CHN_HA_Zhengzhou.570830_CSWD.epw", 9)]
    public void Cswd_files_read_with_their_blown_up_dni_hours_counted(string file, int implausible)
    {
        var series = WeatherFile.Read(SharedData.PathOf("mines", "weather", file));

        Assert.Equal(implausible, series.ImplausibleValues);
        Assert.All(series.DniWm2, v => Assert.InRange(v, 0, 1400));
    }

    private static double ParseDni(string line) =>
        double.Parse(line.Split(',')[14], System.Globalization.CultureInfo.InvariantCulture);
}
