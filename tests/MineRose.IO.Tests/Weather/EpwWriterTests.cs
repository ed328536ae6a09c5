using MineRose.Core;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

public class EpwWriterTests
{
    private static readonly Site Mine = new("Dakuishan test", 36.7, 118.0, 200, 8);

    [Fact]
    public void Epw_write_then_read_returns_the_same_series()
    {
        var original = WeatherTestData.SyntheticYear(Mine);
        var back = RoundTrip(original);
        AssertSameSeries(original, back);
        Assert.Equal(Mine.Name, back.Site.Name);
    }

    [Fact]
    public void Epw_round_trip_keeps_missing_values_and_a_leap_year()
    {
        var original = WeatherTestData.SyntheticYear(Mine, 2024);
        original.TempAirC[100] = double.NaN;
        original.TempAirC[101] = double.NaN;
        original.GhiWm2[3] = double.NaN;
        original = original with { MissingValues = 3 };
        var back = RoundTrip(original);
        Assert.Equal(8784, back.Count);
        Assert.Equal(3, back.MissingValues);
        AssertSameSeries(original, back);
    }

    [Fact]
    public void Epw_round_trip_without_humidity_or_pressure_writes_missing_codes()
    {
        var original = WeatherTestData.SyntheticYear(Mine) with { RelativeHumidityPercent = null, PressurePa = null };
        var writer = new StringWriter();
        EpwWriter.Write(original, writer);
        var row = writer.ToString().Split('\n')[EpwReader.HeaderLines].Split(',');
        Assert.Equal(EpwReader.FieldCount, row.Length);
        Assert.Equal("99.9", row[7]);     // dew point: missing code [30]
        Assert.Equal("999", row[8]);      // relative humidity
        Assert.Equal("999999", row[9]);   // pressure
        var back = EpwReader.Read(new StringReader(writer.ToString()), "no-rh.epw");
        Assert.Null(back.RelativeHumidityPercent);
        Assert.Null(back.PressurePa);
    }

    [SharedDataFact]
    public void Epw_rewriting_the_Jinan_file_keeps_every_value_used()
    {
        var original = EpwReader.Read(WeatherTestData.Jinan);
        var back = RoundTrip(original);
        AssertSameSeries(original, back);
    }

    [Fact]
    public void Epw_writer_rows_are_hour_ending_local_standard_time_with_eight_header_lines()
    {
        var writer = new StringWriter();
        EpwWriter.Write(WeatherTestData.SyntheticYear(Mine), writer);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(8 + 8760, lines.Length);
        Assert.StartsWith("LOCATION,Dakuishan test,-,-,MineRose,-,36.7,118,8,200", lines[0], StringComparison.Ordinal);
        Assert.Equal("DATA PERIODS,1,1,Data,Sunday,1/1,12/31", lines[7]); // 1 January 2023 was a Sunday
        Assert.StartsWith("2023,1,1,1,60,", lines[8], StringComparison.Ordinal);
        Assert.StartsWith("2023,12,31,24,60,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Epw_dew_point_follows_the_Magnus_formula()
    {
        // Alduchov & Eskridge (1996) Magnus form; psychrometric tables give a dew point of 9.3 °C at 20 °C and
        // 50 % RH, and at saturation the dew point equals the air temperature.
        Assert.Equal(9.3, EpwWriter.DewPointC(20, 50), 0.05);
        Assert.Equal(-5.0, EpwWriter.DewPointC(-5, 100), 1e-9);
    }

    [Fact]
    public void Epw_writer_refuses_a_series_that_is_not_one_local_year()
    {
        var year = WeatherTestData.SyntheticYear(Mine);
        var shifted = year with { Grid = TimeGrid.Hourly(year.Grid.StartUtc.AddHours(1), 8760) };
        var error = Assert.Throws<InvalidInputException>(() => EpwWriter.Write(shifted, new StringWriter()));
        Assert.Equal("series span", error.Field);
        var quarter = year with { Grid = new TimeGrid(year.Grid.StartUtc, TimeSpan.FromMinutes(15), 8760) };
        Assert.Equal("series step", Assert.Throws<InvalidInputException>(() => EpwWriter.Write(quarter, new StringWriter())).Field);
    }

    private static WeatherSeries RoundTrip(WeatherSeries series)
    {
        var path = Path.Combine(Path.GetTempPath(), $"minerose-{Guid.NewGuid():N}.epw");
        try
        {
            EpwWriter.Write(series, path);
            return EpwReader.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSameSeries(WeatherSeries expected, WeatherSeries actual)
    {
        Assert.Equal(expected.Grid, actual.Grid);
        Assert.Equal(expected.Site.LatitudeDeg, actual.Site.LatitudeDeg);
        Assert.Equal(expected.Site.LongitudeDeg, actual.Site.LongitudeDeg);
        Assert.Equal(expected.Site.ElevationM, actual.Site.ElevationM);
        Assert.Equal(expected.Site.UtcOffsetHours, actual.Site.UtcOffsetHours);
        Assert.Equal(expected.MissingValues, actual.MissingValues);
        Assert.Equal(expected.GhiWm2, actual.GhiWm2);
        Assert.Equal(expected.DniWm2, actual.DniWm2);
        Assert.Equal(expected.DhiWm2, actual.DhiWm2);
        Assert.Equal(expected.TempAirC, actual.TempAirC);
        Assert.Equal(expected.WindSpeedMs, actual.WindSpeedMs);
        Assert.Equal(expected.RelativeHumidityPercent, actual.RelativeHumidityPercent);
        Assert.Equal(expected.PressurePa, actual.PressurePa);
    }
}
