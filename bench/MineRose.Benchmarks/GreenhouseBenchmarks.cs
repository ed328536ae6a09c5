using BenchmarkDotNet.Attributes;
using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>A greenhouse-year (8,760 hourly steps of the two-node balance with transpiration, canopy temperature, CO₂ and control) and the rose yield on it.</summary>
[MemoryDiagnoser]
public class GreenhouseBenchmarks
{
    private readonly GreenhouseSpec _spec = GreenhouseSpec.StandardRose(10_000, SupplementaryLighting.RoseLed);
    private readonly GreenhouseSpec _dakuishan = GreenhouseSpec.Dakuishan();
    private readonly GreenhouseSpec _phase2House = GreenhouseSpec.Dakuishan(113_000);
    private WeatherSeries _weather = null!;
    private WeatherSeries _zibo = null!;
    private GreenhouseSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A sinusoidal temperate year: 10 ± 7 °C seasonal, ± 4 °C daily; clear-day-shaped sun peaking at 300–800 W/m².
        const int n = 8760;
        var ghi = new double[n];
        var temp = new double[n];
        var wind = new double[n];
        var rh = new double[n];
        for (var i = 0; i < n; i++)
        {
            var day = i / 24;
            var hour = i % 24 + 0.5;
            var season = -Math.Cos(2 * Math.PI * (day + 10) / 365);
            temp[i] = 10 + 7 * season + 4 * Math.Cos(2 * Math.PI * (hour - 15) / 24);
            ghi[i] = Math.Max(0, (550 + 250 * season) * Math.Sin(Math.PI * (hour - 6 - 2 * season) / (12 + 4 * season)));
            wind[i] = 4;
            rh[i] = 80;
        }
        var grid = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), n);
        _weather = new WeatherSeries(new Site("bench", 52, 5, 0, 0), grid, ghi, new double[n], new double[n], temp, wind, rh, null, "synthetic", 0);
        _series = new GreenhouseSeries(n);
        _zibo = DefaultWeather.Zibo();
        GreenhouseYear.Simulate(_spec, _weather, _series); // the yield benchmark reads a simulated year
    }

    [Benchmark]
    public double GreenhouseYear8760Hours() => GreenhouseYear.Simulate(_spec, _weather, _series).HeatingKwh;

    [Benchmark]
    public double RoseYieldOnAGreenhouseYear() =>
        RoseYield.LightUseEfficiency(_series.CanopyParUmolM2s, _series.InsideTemperatureC, _series.InsideCo2Ppm, 1, RoseCropSpec.ModernSoilless).StemsPerM2;

    /// <summary>The phase II house (113,000 m²) of <c>ParkBenchmarks</c> on the embedded Zibo year, unlimited heating and cooling.</summary>
    [Benchmark]
    public double Phase2HouseZiboYear() => GreenhouseYear.Simulate(_phase2House, _zibo, _series).HeatingKwh;

    [Benchmark]
    public double DakuishanYearWithShadeScreen() => GreenhouseYear.Simulate(_dakuishan, _weather, _series).CoolingKwh;
}
