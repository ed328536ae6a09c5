using BenchmarkDotNet.Attributes;
using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Dispatch;

namespace MineRose.Benchmarks;

/// <summary>The DESIGN.md budgets for optimal dispatch of phase II with HiGHS: the annual hourly plan ≤ 2 s; a 48 h re-plan at
/// 15 min ≤ 50 ms. Each benchmark builds the model and solves it (the LP relaxation, the default); inputs come from the
/// simulator's rule-based year, computed once.</summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private DispatchInputs hourlyYear = null!;
    private DispatchInputs hourlyYearWithHeat = null!;
    private DispatchInputs hourlyYearHeatNoBand = null!;
    private DispatchInputs quarterHourWindow = null!;
    private DispatchInputs hourlyWindow = null!;
    private readonly DispatchOptions lp = new();
    private readonly DispatchOptions milp = new() { UseBinaries = true, TimeLimitSeconds = 30 };

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load(FindScenario("dakuishan-phase2.yaml"));
        var weather = SyntheticYear.Generate(ClimateNormals.Zibo, scenario.Weather.SyntheticSeed);
        var ruleBased = ParkSimulator.SimulateYear(scenario.Design, weather);
        hourlyYear = DispatchInputs.FromBaseline(ruleBased);
        hourlyYearWithHeat = DispatchInputs.FromBaseline(ruleBased, lp with { GreenhouseMaxOffsetK = 2 });
        hourlyYearHeatNoBand = DispatchInputs.FromBaseline(ruleBased, lp);
        hourlyWindow = hourlyYear.Window(24 * 100, 48, 0.5, 0.5);
        var quarter = DispatchInputs.FromBaseline(ParkSimulator.SimulateYear(scenario.Design, WeatherResampling.ToStep(weather, 15)));
        quarterHourWindow = quarter.Window(96 * 100, 192, 0.5, 0.5);
    }

    private static string FindScenario(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "scenarios", name);
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException($"scenarios/{name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Phase II, 8760 hourly intervals, perfect foresight, LP, heat plant as fixed load (storage only): budget ≤ 2 s.</summary>
    [Benchmark]
    public double AnnualHourlyLp() => Solve(hourlyYear, lp);

    /// <summary>Phase II, 8760 hourly intervals, LP with the heat plant dispatched and the greenhouse band [0, +2] K (the
    /// defaults of <see cref="OptimalDispatch"/>).</summary>
    [Benchmark]
    public double AnnualHourlyLpWithHeatAndGreenhouse() => Solve(hourlyYearWithHeat, lp);

    /// <summary>Phase II, 8760 hourly intervals, LP with the heat plant dispatched, set-points held (no greenhouse store).</summary>
    [Benchmark]
    public double AnnualHourlyLpWithHeat() => Solve(hourlyYearHeatNoBand, lp);

    /// <summary>Phase II, a 48 h window at 15 min (192 intervals), LP: budget ≤ 50 ms.</summary>
    [Benchmark]
    public double Replan48hQuarterHourLp() => Solve(quarterHourWindow, lp);

    /// <summary>Phase II, a 48 h hourly window with the essential binaries (MILP), for comparison.</summary>
    [Benchmark]
    public double Replan48hHourlyMilp() => Solve(hourlyWindow, milp);

    private static double Solve(DispatchInputs inputs, DispatchOptions options)
    {
        using var model = DispatchModel.Build(inputs, options);
        return model.Solve().Report.ObjectiveCny;
    }
}
