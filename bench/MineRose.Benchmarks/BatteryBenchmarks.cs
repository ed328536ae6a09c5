using BenchmarkDotNet.Attributes;
using MineRose.Core.Storage;

namespace MineRose.Benchmarks;

/// <summary>A year of hourly LFP battery steps following a daily charge-at-midday, discharge-at-evening pattern.</summary>
[MemoryDiagnoser]
public class BatteryBenchmarks
{
    private const int Hours = 8760;
    private readonly double[] _requestKw = new double[Hours];
    private Battery _battery = null!;

    [GlobalSetup]
    public void Setup()
    {
        _battery = new Battery(new BatterySpec { EnergyCapacityKwh = 48_000.0, RatedPowerKw = 12_000.0 });
        for (int h = 0; h < Hours; h++)
        {
            int hourOfDay = h % 24;
            // Shandong-style tariff: charge in the midday valley, discharge in the evening peak, idle otherwise.
            _requestKw[h] = hourOfDay is >= 10 and < 15 ? -10_000.0 : hourOfDay is >= 17 and < 21 ? 11_000.0 : 0.0;
        }
    }

    [Benchmark]
    public double YearOfHourlySteps()
    {
        var state = _battery.InitialState(0.5);
        double dischargedKwh = 0.0;
        for (int h = 0; h < Hours; h++)
        {
            var step = _battery.Step(state, _requestKw[h], 1.0);
            dischargedKwh += step.EnergyKwh;
            state = step.State;
        }

        return dischargedKwh;
    }
}
