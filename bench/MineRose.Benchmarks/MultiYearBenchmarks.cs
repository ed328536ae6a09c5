using BenchmarkDotNet.Attributes;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>Multi-year runs: years 1..N of a PV + battery + shaft-storage park on the hourly Zibo year (sun path cached),
/// and the evaluation of the N years (cash flow from every year). Cost should grow linearly in N.</summary>
[MemoryDiagnoser]
public class MultiYearBenchmarks
{
    private WeatherSeries weather = null!;
    private SunPath sun = null!;
    private ParkDesign design = null!;
    private IReadOnlyList<ParkYear> fiveYears = null!;

    /// <summary>Number of simulated years.</summary>
    [Params(1, 5)]
    public int Years { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        weather = DefaultWeather.Zibo();
        sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        design = new ParkDesign
        {
            Name = "PV + battery + shaft storage (benchmark)",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 11_300 })],
            Battery = new BatterySpec { EnergyCapacityKwh = 4000, RatedPowerKw = 1000 },
            PumpedHydro = PumpedHydroPresets.DakuishanPhase2,
            OtherLoads = new OtherLoads(BaseKw: 1500, DaytimeKw: 1000),
            GridConnection = new GridConnection { ImportLimitKw = 20_000, ExportLimitKw = 12_000 },
            Tariff = new ElectricityTariff
            {
                Name = "flat",
                Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 },
                Export = ExportPrice.Flat(0.3949),
                UtcOffsetHours = 8,
            },
        };
        fiveYears = ParkSimulator.SimulateYears(design, weather, 5, null, sun);
    }

    /// <summary>Simulates operating years 1..Years.</summary>
    [Benchmark]
    public IReadOnlyList<ParkYear> SimulateYears() => ParkSimulator.SimulateYears(design, weather, Years, null, sun);

    /// <summary>Evaluates the first Years of the pre-simulated years.</summary>
    [Benchmark]
    public ParkResult EvaluateYears() => ParkEvaluation.Evaluate(fiveYears.Take(Years).ToArray());
}
