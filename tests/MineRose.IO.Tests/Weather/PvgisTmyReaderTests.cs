using System.Globalization;
using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

public class PvgisTmyReaderTests
{
    [SharedDataFact]
    public void Pvgis_header_gives_the_site_and_a_solar_time_zone()
    {
        var series = PvgisTmyReader.Read(WeatherTestData.PvgisTmy);
        // Header: Latitude 45.000, Longitude 8.000, Elevation 250.0; no time zone in the file, so round(8/15) = 1.
        Assert.Equal(45.0, series.Site.LatitudeDeg);
        Assert.Equal(8.0, series.Site.LongitudeDeg);
        Assert.Equal(250.0, series.Site.ElevationM);
        Assert.Equal(1.0, series.Site.UtcOffsetHours);
        Assert.Equal(8760, series.Count);
        Assert.Contains("irradiance time offset 0.1761 h", series.Source, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Pvgis_rows_are_UTC_hour_starts_on_one_nominal_year()
    {
        var series = PvgisTmyReader.Read(WeatherTestData.PvgisTmy);
        // 20180101:0000 is the start of the first hour in UTC; months come from 2006–2020, so the year is 1990.
        Assert.Equal(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        // Row 20180101:0000: T2m 2.04, RH 94.38, WS10m 0.75, SP 99870.0.
        Assert.Equal(2.04, series.TempAirC[0]);
        Assert.Equal(94.38, series.RelativeHumidityPercent![0]);
        Assert.Equal(0.75, series.WindSpeedMs[0]);
        Assert.Equal(99870.0, series.PressurePa![0]);
        // Row 20180101:0900 (index 9): G(h) 149.0, Gb(n) 125.3, Gd(h) 117.0.
        Assert.Equal(149.0, series.GhiWm2[9]);
        Assert.Equal(125.3, series.DniWm2[9]);
        Assert.Equal(117.0, series.DhiWm2[9]);
    }

    [SharedDataFact]
    public void Pvgis_annual_irradiation_equals_an_independent_sum_of_the_file_rows()
    {
        var summary = WeatherSummary.Of(PvgisTmyReader.Read(WeatherTestData.PvgisTmy));
        // Independent calculation: sum G(h), Gb(n) and Gd(h) over every row stamped yyyyMMdd:HHmm.
        double ghi = 0, dni = 0, dhi = 0;
        foreach (var line in File.ReadLines(WeatherTestData.PvgisTmy))
        {
            if (line.Length < 14 || line[8] != ':' || !char.IsDigit(line[0]))
                continue;
            var f = line.Split(',');
            ghi += double.Parse(f[3], CultureInfo.InvariantCulture);
            dni += double.Parse(f[4], CultureInfo.InvariantCulture);
            dhi += double.Parse(f[5], CultureInfo.InvariantCulture);
        }
        Assert.Equal(ghi / 1000, summary.AnnualGhiKwhM2, 1e-9);
        Assert.Equal(dni / 1000, summary.AnnualDniKwhM2, 1e-9);
        Assert.Equal(dhi / 1000, summary.AnnualDhiKwhM2, 1e-9);
    }

    [SharedDataFact]
    public void Pvgis_seriescalc_output_is_refused_with_what_to_download_instead()
    {
        // Line 9 is the column line "time,Gb(i),Gd(i),Gr(i),H_sun,T2m,WS10m,Int".
        var error = WeatherTestData.AssertFileError(() => PvgisTmyReader.Read(WeatherTestData.PvgisSeriesCalc), 9, "format");
        Assert.Contains("seriescalc", error.Message, StringComparison.Ordinal);
        Assert.Contains("Typical Meteorological Year", error.Message, StringComparison.Ordinal);
    }
}
