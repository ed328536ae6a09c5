using System.Globalization;
using System.Text;
using MineRose.IO.Weather;

namespace MineRose.IO.Tests.Weather;

public class PlainCsvWeatherReaderTests
{
    private const string Meta = "# name: Dakuishan test\n# latitude: 36.7\n# longitude: 118.0\n# elevation: 200\n";

    [Fact]
    public void Plain_csv_times_are_interval_starts_converted_to_UTC()
    {
        var text = Meta + "time,ghi,dni,dhi,temp_air,wind_speed\n" +
                   "2024-01-01T00:00+08:00,0,0,0,-1.5,2.0\n" +
                   "2024-01-01T01:00+08:00,0,0,0,-1.7,2.1\n" +
                   "2024-01-01T02:00+08:00,0,0,0,-1.9,2.2\n";
        var series = PlainCsvWeatherReader.Read(new StringReader(text), "site.csv");
        // 00:00 at UTC+8 is 16:00 UTC the day before; the offset of the first time is the site's time zone.
        Assert.Equal(new DateTime(2023, 12, 31, 16, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        Assert.Equal(TimeSpan.FromHours(1), series.Grid.Step);
        Assert.Equal(8.0, series.Site.UtcOffsetHours);
        Assert.Equal("Dakuishan test", series.Site.Name);
        Assert.Equal(-1.9, series.TempAirC[2]);
        Assert.Null(series.RelativeHumidityPercent);
        Assert.Null(series.PressurePa);
    }

    [Fact]
    public void Plain_csv_reads_a_quarter_hourly_day_with_columns_in_any_order_and_missing_values()
    {
        var text = new StringBuilder(Meta + "# utc_offset: 8\n" + "temp_air,time,pressure,wind_speed,dhi,dni,ghi,relative_humidity,note\n");
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 96; i++)
        {
            var ghi = i == 40 ? "" : (i * 2).ToString(CultureInfo.InvariantCulture); // one empty field: missing
            text.Append(CultureInfo.InvariantCulture, $"20.5,{start.AddMinutes(15 * i):yyyy-MM-ddTHH:mm}Z,100000,3,{i},{i},{ghi},55,x\n");
        }
        var series = PlainCsvWeatherReader.Read(new StringReader(text.ToString()), "quarter.csv");
        Assert.Equal(96, series.Count);
        Assert.Equal(TimeSpan.FromMinutes(15), series.Grid.Step);
        Assert.Equal(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        Assert.Equal(8.0, series.Site.UtcOffsetHours); // from the comment, not from 'Z'
        Assert.True(double.IsNaN(series.GhiWm2[40]));
        Assert.Equal(1, series.MissingValues);
        Assert.Equal(78, series.GhiWm2[39]);
        Assert.Equal(100_000, series.PressurePa![0]);
        // Filling interpolates linearly between 78 and 82 W/m².
        Assert.Equal(80, WeatherGapFilling.Fill(series).GhiWm2[40], 12);
    }
}
