using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Weather;

public class EpwReaderTests
{
    // Monthly mean daily global horizontal irradiation [Wh/m²·day], "Global Avg" row of the EnergyPlus statistics
    // report shipped with each file (CHN_SD_*_TMYx.stat, "Monthly Statistics for Solar Radiation"). Independent of
    // this code: the EnergyPlus Weather Converter computed it.
    private static readonly double[] JinanStatGlobalAvgWhPerDay = [2863, 3766, 4762, 5456, 5967, 6280, 5258, 4788, 4815, 3674, 2756, 2475];
    private static readonly double[] JinanStatDirectAvgWhPerDay = [4395, 4734, 5472, 5328, 5337, 5648, 4302, 4163, 4936, 4335, 3735, 3802];
    private static readonly double[] JinanStatDiffuseAvgWhPerDay = [981, 1302, 1487, 1802, 2085, 2089, 2078, 1839, 1638, 1276, 1031, 869];
    private static readonly double[] QingdaoStatGlobalAvgWhPerDay = [2831, 3674, 4785, 5647, 6063, 5716, 5349, 4737, 4600, 3800, 2682, 2436];
    private static readonly int[] DaysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    [SharedDataFact]
    public void Jinan_location_comes_from_the_LOCATION_line()
    {
        var series = EpwReader.Read(WeatherTestData.Jinan);
        // LOCATION,Jinan.Tsinan,SD,CHN,SRC-TMYx,548230,36.60190,117.0081,8.0,215.0 (line 1 of the file).
        Assert.Equal(36.6019, series.Site.LatitudeDeg, 6);
        Assert.Equal(117.0081, series.Site.LongitudeDeg, 6);
        Assert.Equal(8.0, series.Site.UtcOffsetHours);
        Assert.Equal(215.0, series.Site.ElevationM);
        Assert.Contains("Jinan", series.Site.Name, StringComparison.Ordinal);
        Assert.Equal(8760, series.Count);
        Assert.Equal(0, series.MissingValues);
        Assert.NotNull(series.RelativeHumidityPercent);
        Assert.NotNull(series.PressurePa);
    }

    [SharedDataFact]
    public void Jinan_first_interval_starts_at_16_UTC_the_day_before_the_nominal_year()
    {
        var series = EpwReader.Read(WeatherTestData.Jinan);
        // Row 1 is hour-ending 01:00 local (UTC+8) on 1 January: the interval [00:00, 01:00) local, which starts
        // at 16:00 UTC on 31 December. Its months come from 1960–2019, so the nominal year is the common year 1990.
        Assert.Equal(new DateTime(1989, 12, 31, 16, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        Assert.Equal(TimeSpan.FromHours(1), series.Grid.Step);
        Assert.Contains("nominal year 1990", series.Source, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Jinan_first_row_values_are_read_into_the_right_columns()
    {
        var series = EpwReader.Read(WeatherTestData.Jinan);
        // Line 9: 1983,1,1,1,30,…,-1.20,-6.90,62,99885,0,0,257,0,0,0,0,0,0,0,85,2.70,…
        Assert.Equal(-1.2, series.TempAirC[0]);
        Assert.Equal(62, series.RelativeHumidityPercent![0]);
        Assert.Equal(99885, series.PressurePa![0]);
        Assert.Equal(2.7, series.WindSpeedMs[0]);
        Assert.Equal(0, series.GhiWm2[0]);
    }

    [SharedDataFact]
    public void Jinan_monthly_irradiation_matches_the_EnergyPlus_statistics_report()
    {
        var summary = WeatherSummary.Of(EpwReader.Read(WeatherTestData.Jinan));
        for (var m = 0; m < 12; m++)
        {
            // The .stat gives the monthly mean of daily sums rounded to 1 Wh/m²: ≤ 0.016 kWh/m² over a month.
            Assert.Equal(JinanStatGlobalAvgWhPerDay[m] * DaysInMonth[m] / 1000, summary.Months[m].GhiKwhM2, 0.03);
            Assert.Equal(JinanStatDirectAvgWhPerDay[m] * DaysInMonth[m] / 1000, summary.Months[m].DniKwhM2, 0.03);
            Assert.Equal(JinanStatDiffuseAvgWhPerDay[m] * DaysInMonth[m] / 1000, summary.Months[m].DhiKwhM2, 0.03);
        }
        // .stat: "Global Horizontal Solar Radiation 1608 kWh/m²-yr", "Direct Normal 1707", "Diffuse Horizontal 562";
        // the report truncates to whole kWh/m², so the true total lies in [n, n + 1).
        Assert.InRange(summary.AnnualGhiKwhM2, 1608, 1609);
        Assert.InRange(summary.AnnualDniKwhM2, 1707, 1708);
        Assert.InRange(summary.AnnualDhiKwhM2, 562, 563);
    }

    [SharedDataFact]
    public void Qingdao_irradiation_matches_the_EnergyPlus_statistics_report()
    {
        var series = EpwReader.Read(WeatherTestData.Qingdao);
        var summary = WeatherSummary.Of(series);
        // LOCATION,Qingdao.Intl.AP,SD,CHN,SRC-TMYx,548570,36.26600,120.3740,8.0,10.1
        Assert.Equal(36.266, series.Site.LatitudeDeg, 6);
        Assert.Equal(120.374, series.Site.LongitudeDeg, 6);
        Assert.Equal(10.1, series.Site.ElevationM, 6);
        for (var m = 0; m < 12; m++)
            Assert.Equal(QingdaoStatGlobalAvgWhPerDay[m] * DaysInMonth[m] / 1000, summary.Months[m].GhiKwhM2, 0.03);
        // .stat: GHI 1592, DNI 1653, DHI 574 kWh/m²-yr, truncated to whole kWh/m².
        Assert.InRange(summary.AnnualGhiKwhM2, 1592, 1593);
        Assert.InRange(summary.AnnualDniKwhM2, 1653, 1654);
        Assert.InRange(summary.AnnualDhiKwhM2, 574, 575);
    }

    [SharedDataFact]
    public void Jinan_monthly_mean_temperature_matches_the_statistics_report()
    {
        var summary = WeatherSummary.Of(EpwReader.Read(WeatherTestData.Jinan));
        // .stat "Monthly Statistics for Dry Bulb temperatures", "Daily Avg" row (0.1 °C resolution) and
        // "Daily Range" row (mean daily max − mean daily min).
        double[] dailyAvg = [0.0, 1.7, 8.4, 15.4, 21.4, 26.9, 27.7, 26.4, 21.9, 15.6, 6.8, 1.2];
        double[] dailyRange = [8.1, 7.9, 10.3, 10.5, 10.3, 9.2, 7.3, 6.9, 9.9, 9.9, 9.5, 7.5];
        for (var m = 0; m < 12; m++)
        {
            Assert.Equal(dailyAvg[m], summary.Months[m].TempMeanC, 0.06);
            Assert.Equal(dailyRange[m], summary.Months[m].TempDailyMaxC - summary.Months[m].TempDailyMinC, 0.11);
        }
    }

    [SharedDataFact]
    public void Amsterdam_IWEC_file_is_read_with_its_time_zone()
    {
        var series = EpwReader.Read(WeatherTestData.Amsterdam);
        // LOCATION,AMSTERDAM,-,NLD,IWEC Data,062400,52.30,4.77,1.0,-2.0
        Assert.Equal(52.30, series.Site.LatitudeDeg, 6);
        Assert.Equal(4.77, series.Site.LongitudeDeg, 6);
        Assert.Equal(1.0, series.Site.UtcOffsetHours);
        Assert.Equal(-2.0, series.Site.ElevationM);
        Assert.Equal(8760, series.Count);
        // Hour-ending 01:00 at UTC+1 on 1 January covers [00:00, 01:00) local = from 23:00 UTC the day before.
        Assert.Equal(new DateTime(1989, 12, 31, 23, 0, 0, DateTimeKind.Utc), series.Grid.StartUtc);
        // Line 9: 1995,1,1,1,60,…,5.1,1.8,79,100100,… wind (field 22) 6.7.
        Assert.Equal(5.1, series.TempAirC[0]);
        Assert.Equal(100100, series.PressurePa![0]);
        Assert.Equal(6.7, series.WindSpeedMs[0]);
    }
}
