using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.IO.Tests.Weather;

/// <summary>One hand-written malformed file per error case (TestData/weather), each failing at a known line and field.</summary>
public class MalformedWeatherFileTests
{
    [Theory]
    [InlineData("epw_non_numeric_dry_bulb.epw", 11, "dry_bulb_temperature")]
    [InlineData("epw_ghi_negative.epw", 11, "global_horizontal_radiation")]
    [InlineData("epw_ghi_above_1500.epw", 11, "global_horizontal_radiation")]
    [InlineData("epw_dni_negative.epw", 11, "direct_normal_radiation")]
    [InlineData("epw_temperature_above_70.epw", 11, "dry_bulb_temperature")]
    [InlineData("epw_humidity_above_110.epw", 11, "relative_humidity")]
    [InlineData("epw_wind_above_80.epw", 11, "wind_speed")]
    [InlineData("epw_missing_field.epw", 11, "fields")]
    [InlineData("epw_truncated.epw", 13, "hours")]
    [InlineData("epw_latitude_out_of_range.epw", 1, "latitude")]
    [InlineData("epw_bad_time_zone.epw", 1, "time_zone")]
    [InlineData("epw_not_hourly.epw", 8, "records_per_hour")]
    [InlineData("epw_header_cut.epw", 6, "EPW header line")]
    public void Epw_reader_names_the_line_and_field_of_each_malformed_file(string file, int line, string field) =>
        WeatherTestData.AssertFileError(() => EpwReader.Read(WeatherTestData.Malformed(file)), line, field);

    [Theory]
    [InlineData("tmy3_missing_ghi_column.csv", 2, "GHI (W/m^2)")]
    [InlineData("tmy3_non_numeric_pressure.csv", 5, "Pressure (mbar)")]
    [InlineData("tmy3_bad_time.csv", 4, "Time (HH:MM)")]
    [InlineData("tmy3_too_few_hours.csv", 26, "hours")]
    public void Tmy3_reader_names_the_line_and_field_of_each_malformed_file(string file, int line, string field) =>
        WeatherTestData.AssertFileError(() => Tmy3Reader.Read(WeatherTestData.Malformed(file)), line, field);

    [Theory]
    [InlineData("pvgis_truncated.csv", 16, "hours")]
    [InlineData("pvgis_missing_latitude.csv", 0, "Latitude (decimal degrees)")]
    [InlineData("pvgis_bad_stamp.csv", 8, "time(UTC)")]
    public void Pvgis_reader_names_the_line_and_field_of_each_malformed_file(string file, int line, string field) =>
        WeatherTestData.AssertFileError(() => PvgisTmyReader.Read(WeatherTestData.Malformed(file)), line, field);

    [Theory]
    [InlineData("plain_irregular_step.csv", 9, "time")]
    [InlineData("plain_step_of_30_minutes.csv", 7, "time")]
    [InlineData("plain_time_without_offset.csv", 7, "time")]
    [InlineData("plain_missing_dni_column.csv", 5, "dni")]
    [InlineData("plain_missing_latitude.csv", 0, "latitude")]
    [InlineData("plain_dhi_negative.csv", 7, "dhi")]
    public void Plain_csv_reader_names_the_line_and_field_of_each_malformed_file(string file, int line, string field) =>
        WeatherTestData.AssertFileError(() => PlainCsvWeatherReader.Read(WeatherTestData.Malformed(file)), line, field);

    [Theory]
    [InlineData("normals_min_above_mean.csv", 10, "temp_min_c")]
    [InlineData("normals_diffuse_above_global.csv", 12, "dhi_kwh_m2")]
    [InlineData("normals_eleven_months.csv", 17, "month")]
    public void Normals_reader_names_the_line_and_field_of_each_malformed_file(string file, int line, string field) =>
        WeatherTestData.AssertFileError(() => ClimateNormalsCsvReader.Read(WeatherTestData.Malformed(file)), line, field);

    [Fact]
    public void Error_message_reads_file_line_field_value_and_expectation()
    {
        var path = WeatherTestData.Malformed("epw_non_numeric_dry_bulb.epw");
        var error = Assert.Throws<InputFileException>(() => EpwReader.Read(path));
        Assert.Equal($"{path}:11: field 'dry_bulb_temperature' = 'abc': expected a number in [-70, 70]", error.Message);
        Assert.Equal(path, error.FilePath);
        Assert.Equal("abc", error.Value);
        Assert.Equal("a number in [-70, 70]", error.Expected);
    }

    [Fact]
    public void Epw_with_a_seven_hour_irradiance_gap_fails_at_the_gap()
    {
        // Rows 101–107 (lines 109–115) carry the GHI missing code 9999: 7 h > the 6 h that are filled.
        var text = EditRows(WeatherTestData.SyntheticYear(Site.Dakuishan), i => i is >= 100 and <= 106, 13, "9999");
        var error = WeatherTestData.AssertFileError(() => EpwReader.Read(new StringReader(text), "gap.epw"), 109, "global_horizontal_radiation");
        Assert.Contains("7 consecutive missing values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Epw_with_a_fifth_of_its_wind_missing_fails()
    {
        // Every 5th hour has wind speed 999 (missing): 20 % > 10 %, though no gap is longer than 1 h.
        var text = EditRows(WeatherTestData.SyntheticYear(Site.Dakuishan), i => i % 5 == 0, 21, "999");
        WeatherTestData.AssertFileError(() => EpwReader.Read(new StringReader(text), "wind.epw"), 9, "wind_speed");
    }

    [Fact]
    public void Epw_with_a_repeated_hour_fails_at_that_row()
    {
        var lines = EpwLines(WeatherTestData.SyntheticYear(Site.Dakuishan));
        lines[8 + 500] = lines[8 + 499]; // row 501 repeats row 500 (hour-ending 20:00 on 21 January)
        var text = string.Join('\n', lines) + "\n";
        WeatherTestData.AssertFileError(() => EpwReader.Read(new StringReader(text), "repeat.epw"), 509, "hour");
    }

    [Fact]
    public void Epw_short_gap_is_counted_and_stored_as_missing()
    {
        var text = EditRows(WeatherTestData.SyntheticYear(Site.Dakuishan), i => i is >= 10 and <= 12, 6, "99.9");
        var series = EpwReader.Read(new StringReader(text), "short.epw");
        Assert.Equal(3, series.MissingValues);
        Assert.True(double.IsNaN(series.TempAirC[11]));
    }

    internal static string[] EpwLines(WeatherSeries series)
    {
        var writer = new StringWriter();
        EpwWriter.Write(series, writer);
        return writer.ToString().TrimEnd('\n').Split('\n');
    }

    /// <summary>The synthetic year as EPW text with field <paramref name="field"/> (0-based) of the selected rows replaced.</summary>
    private static string EditRows(WeatherSeries series, Func<int, bool> rows, int field, string value)
    {
        var lines = EpwLines(series);
        for (var i = 0; i < series.Count; i++)
        {
            if (!rows(i))
                continue;
            var f = lines[EpwReader.HeaderLines + i].Split(',');
            f[field] = value;
            lines[EpwReader.HeaderLines + i] = string.Join(',', f);
        }
        return string.Join('\n', lines) + "\n";
    }
}
