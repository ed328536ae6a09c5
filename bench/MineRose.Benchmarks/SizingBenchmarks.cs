using BenchmarkDotNet.Attributes;
using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Sensitivity;
using MineRose.Optimization.Sizing;

namespace MineRose.Benchmarks;

/// <summary>Representative-day selection, sizing solves over representative days (least cost; largest NPV with the greenhouse area) and an economics-only tornado, on the
/// shipped phase II scenario's simulated year (synthetic Zibo weather).</summary>
[MemoryDiagnoser]
public class SizingBenchmarks
{
    private ParkYear _year = null!;

    /// <summary>Representative days k.</summary>
    [Params(12)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string? path = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && path is null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scenarios", "dakuishan-phase2.yaml");
            if (File.Exists(candidate))
                path = candidate;
        }

        var scenario = ScenarioLoader.Load(path ?? throw new FileNotFoundException("scenarios/dakuishan-phase2.yaml not found above the benchmark folder"));
        _year = ParkSimulator.SimulateYear(scenario.Design, SyntheticYear.Generate(ClimateNormals.Zibo, scenario.Weather.SyntheticSeed));
    }

    /// <summary>k-medoids (PAM BUILD + SWAP) over 365 days × 5 normalised series × 24 h.</summary>
    [Benchmark]
    public int SelectRepresentativeDays() => RepresentativeDays.FromLedger(_year.Ledger, Days).Days.Count;

    /// <summary>Day selection, LP build and HiGHS solve of the sizing model over k days + the peak heating day.</summary>
    [Benchmark]
    public double SizeOverRepresentativeDays() => CapacitySizing.MinimiseAnnualisedCost(_year, new SizingOptions { RepresentativeDays = Days }).AnnualisedCostCny;

    /// <summary>The NPV terms of the year: the finance spec split, one cash-flow table per component and index (allocates; once per solve).</summary>
    [Benchmark]
    public double NpvTerms() => SizingNpvTerms.Of(_year, null).ConstantCny;

    /// <summary>Day selection, LP build and HiGHS solve of the largest-NPV model with the greenhouse area as a variable.</summary>
    [Benchmark]
    public double SizeForNpvWithTheGreenhouse() =>
        CapacitySizing.MaximiseNpv(_year, new SizingOptions { RepresentativeDays = Days, SizeGreenhouse = true }).NpvCny;

    /// <summary>Tornado of the eight economics-only parameters (16 evaluations on the year's ledger, no re-simulation).</summary>
    [Benchmark]
    public int EconomicsTornado() => Tornado.OneAtATime(_year, _ => throw new InvalidOperationException("no re-simulation expected"), new SensitivityOptions
    {
        Parameters =
        [
            SensitivityParameter.RosePrice, SensitivityParameter.PvCapex, SensitivityParameter.StorageCapex, SensitivityParameter.HeatPumpCapex,
            SensitivityParameter.GreenhouseCapex, SensitivityParameter.LabourCost, SensitivityParameter.DiscountRate, SensitivityParameter.CarbonPrice,
        ],
    }).Bars.Count;
}
