using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

/// <summary>Paths of the shared and hand-written weather files, a synthetic year, and an assertion for file errors.</summary>
internal static class WeatherTestData
{
    public static string Jinan => SharedData.PathOf("weather", "CHN_SD_Jinan.Tsinan.548230_TMYx.epw");
    public static string Qingdao => SharedData.PathOf("weather", "CHN_SD_Qingdao.Intl.AP.548570_TMYx.epw");
    public static string Amsterdam => SharedData.PathOf("weather", "samples", "NLD_Amsterdam062400_IWEC.epw");
    public static string Greensboro => SharedData.PathOf("weather", "samples", "723170TYA.CSV");
    public static string PvgisTmy => SharedData.PathOf("weather", "samples", "tmy_45.000_8.000_2005_2023.csv");
    public static string PvgisSeriesCalc => SharedData.PathOf("weather", "samples", "pvgis_hourly_Timeseries_45.000_8.000_SA_30deg_0deg_2016_2016.csv");

    public static string Malformed(string name) => SharedData.TestDataPath("weather", name);

    /// <summary>Asserts that <paramref name="read"/> fails with an <see cref="InputFileException"/> at the given line and field.</summary>
    public static InputFileException AssertFileError(Action read, int line, string field)
    {
        var error = Assert.Throws<InputFileException>(read);
        Assert.Equal(field, error.FieldName);
        Assert.Equal(line, error.Line);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>A smooth synthetic hourly year (one local standard year from 1 January 00:00) at <paramref name="site"/>.</summary>
    public static WeatherSeries SyntheticYear(Site site, int year = 2023)
    {
        var hours = DateTime.IsLeapYear(year) ? 8784 : 8760;
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - TimeSpan.FromHours(site.UtcOffsetHours);
        var grid = TimeGrid.Hourly(start, hours);
        var ghi = new double[hours];
        var dni = new double[hours];
        var dhi = new double[hours];
        var temp = new double[hours];
        var wind = new double[hours];
        var rh = new double[hours];
        var pressure = new double[hours];
        for (var i = 0; i < hours; i++)
        {
            var hourOfDay = i % 24 + 0.5;
            var season = Math.Sin(2 * Math.PI * (i / 24.0 - 80) / 365.0);
            var sun = Math.Max(0, Math.Sin(Math.PI * (hourOfDay - 6) / 12));
            ghi[i] = Math.Round(sun * (650 + 200 * season), 1);
            dhi[i] = Math.Round(ghi[i] * 0.35, 1);
            dni[i] = Math.Round(sun * 600, 1);
            temp[i] = Math.Round(14 + 13 * season + 4 * Math.Sin(2 * Math.PI * (hourOfDay - 9) / 24), 2);
            wind[i] = Math.Round(3 + Math.Sin(i / 7.0), 2);
            rh[i] = Math.Round(60 + 20 * Math.Cos(i / 11.0), 1);
            pressure[i] = 99_000 + i % 500;
        }
        return new WeatherSeries(site, grid, ghi, dni, dhi, temp, wind, rh, pressure, "synthetic test year", 0);
    }
}
