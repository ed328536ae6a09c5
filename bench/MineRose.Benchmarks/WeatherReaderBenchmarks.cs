using BenchmarkDotNet.Attributes;
using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.Benchmarks;

/// <summary>Reading, summarising and writing a year of hourly weather (a synthetic EPW held in memory, so no disk I/O is timed).</summary>
[MemoryDiagnoser]
public class WeatherReaderBenchmarks
{
    private string epwText = "";
    private WeatherSeries year = null!;

    [GlobalSetup]
    public void Setup()
    {
        var hours = 8760;
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var ghi = new double[hours];
        var dni = new double[hours];
        var dhi = new double[hours];
        var temp = new double[hours];
        var wind = new double[hours];
        var rh = new double[hours];
        var pressure = new double[hours];
        for (var i = 0; i < hours; i++)
        {
            var sun = Math.Max(0, Math.Sin(Math.PI * (i % 24 - 6) / 12.0));
            ghi[i] = Math.Round(700 * sun, 1);
            dni[i] = Math.Round(600 * sun, 1);
            dhi[i] = Math.Round(200 * sun, 1);
            temp[i] = Math.Round(14 + 12 * Math.Sin(2 * Math.PI * (i / 24.0 - 100) / 365), 1);
            wind[i] = Math.Round(3 + Math.Sin(i / 5.0), 1);
            rh[i] = Math.Round(60 + 20 * Math.Cos(i / 9.0));
            pressure[i] = 99_000 + i % 300;
        }
        year = new WeatherSeries(Site.Dakuishan, MineRose.Core.Time.TimeGrid.Hourly(start, hours), ghi, dni, dhi, temp, wind, rh, pressure, "bench", 0);
        var writer = new StringWriter();
        EpwWriter.Write(year, writer);
        epwText = writer.ToString();
    }

    [Benchmark]
    public WeatherSeries ReadEpwYear() => EpwReader.Read(new StringReader(epwText), "bench.epw");

    [Benchmark]
    public WeatherSummary SummariseYear() => WeatherSummary.Of(year);

    [Benchmark]
    public int WriteEpwYear()
    {
        var writer = new StringWriter(new System.Text.StringBuilder(2_000_000));
        EpwWriter.Write(year, writer);
        return writer.GetStringBuilder().Length;
    }
}
