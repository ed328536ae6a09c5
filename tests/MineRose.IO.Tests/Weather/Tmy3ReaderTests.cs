using System.Globalization;
using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

public class Tmy3ReaderTests
{
    [SharedDataFact]
    public void Greensboro_station_line_gives_the_site()
    {
        var series = Tmy3Reader.Read(WeatherTestData.Greensboro);
        // Line 1: 723170,"GREENSBORO PIEDMONT TRIAD INT",NC,-5.0,36.100,-79.950,273 (also the metadata pvlib's
        // test_read_tmy3 expects for this file).
        Assert.Equal(36.1, series.Site.LatitudeDeg, 6);
        Assert.Equal(-79.95, series.Site.LongitudeDeg, 6);
        Assert.Equal(-5.0, series.Site.UtcOffsetHours);
        Assert.Equal(273, series.Site.ElevationM);
        Assert.Equal("GREENSBORO PIEDMONT TRIAD INT, NC", series.Site.Name);
        Assert.Equal(8760, series.Count);
        Assert.Contains("USAF 723170", series.Source, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Greensboro_first_hour_ending_01_00_at_UTC_minus_5_starts_at_05_00_UTC()
    {
        var series = Tmy3Reader.Read(WeatherTestData.Greensboro);
        // 01/01/1988 01:00 is hour-ending local standard time (UTC−5): the interval [00:00, 01:00) local starts at
        // 05:00 UTC. Months come from 1980–2003, so the nominal year is 1990.
        Assert.Equal(new DateTime(1990, 1, 1, 5, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        // Line 3: Dry-bulb 10.0 °C, RHum 77 %, Pressure 993 mbar, Wspd 6.2 m/s.
        Assert.Equal(10.0, series.TempAirC[0]);
        Assert.Equal(77, series.RelativeHumidityPercent![0]);
        Assert.Equal(99_300, series.PressurePa![0]);
        Assert.Equal(6.2, series.WindSpeedMs[0]);
    }

    [SharedDataFact]
    public void Greensboro_annual_irradiation_equals_an_independent_sum_of_the_file_columns()
    {
        var summary = WeatherSummary.Of(Tmy3Reader.Read(WeatherTestData.Greensboro));
        // Independent calculation: sum the GHI, DNI and DHI columns (5th, 8th, 11th) of every data row directly.
        double ghi = 0, dni = 0, dhi = 0;
        foreach (var line in File.ReadLines(WeatherTestData.Greensboro).Skip(2))
        {
            var f = line.Split(',');
            ghi += double.Parse(f[4], CultureInfo.InvariantCulture);
            dni += double.Parse(f[7], CultureInfo.InvariantCulture);
            dhi += double.Parse(f[10], CultureInfo.InvariantCulture);
        }
        Assert.Equal(ghi / 1000, summary.AnnualGhiKwhM2, 1e-9);
        Assert.Equal(dni / 1000, summary.AnnualDniKwhM2, 1e-9);
        Assert.Equal(dhi / 1000, summary.AnnualDhiKwhM2, 1e-9);
        // A plausibility bound, not a reference: North Carolina receives 1.5–1.8 MWh/m² a year.
        Assert.InRange(summary.AnnualGhiKwhM2, 1500, 1800);
    }

    [Fact]
    public void Tmy3_missing_code_is_stored_as_NaN_and_counted()
    {
        var text = new System.Text.StringBuilder("999999,\"TEST\",XX,-5.0,36.1,-79.95,273\n" +
            "Date (MM/DD/YYYY),Time (HH:MM),GHI (W/m^2),DNI (W/m^2),DHI (W/m^2),Dry-bulb (C),RHum (%),Pressure (mbar),Wspd (m/s)\n");
        var day0 = new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < 8760; i++)
        {
            var end = day0.AddHours(i);
            var temp = i == 30 ? "-9900" : "10.0";
            text.Append(CultureInfo.InvariantCulture, $"{end:MM/dd/yyyy},{end.Hour + 1:00}:00,0,0,0,{temp},77,993,6.2\n");
        }
        var series = Tmy3Reader.Read(new StringReader(text.ToString()), "gap.csv");
        Assert.Equal(1, series.MissingValues);
        Assert.True(double.IsNaN(series.TempAirC[30]));
        // All rows share 1999, a common year, so it is the nominal year; 00:00 at UTC−5 is 05:00 UTC.
        Assert.Equal(new DateTime(1999, 1, 1, 5, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
    }
}
