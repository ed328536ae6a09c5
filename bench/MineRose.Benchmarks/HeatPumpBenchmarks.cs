using BenchmarkDotNet.Attributes;
using MineRose.Core.Heat;

namespace MineRose.Benchmarks;

/// <summary>A year of hourly mine-water heat-pump steps with reservoir drawdown: heating in winter, cooling (free and mechanical) in summer.</summary>
[MemoryDiagnoser]
public class HeatPumpBenchmarks
{
    private const int Hours = 8760;
    private readonly double[] _heatDemandKw = new double[Hours];
    private readonly double[] _coolDemandKw = new double[Hours];
    private readonly double[] _loopReturnC = new double[Hours];
    private MineWaterHeatPump _plant = null!;
    private MineWaterSource _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = new MineWaterSource { MaxFlowM3h = 250.0, ReservoirVolumeM3 = 2_000_000.0, RechargeFlowM3h = 30.0 };
        _plant = new MineWaterHeatPump(new HeatPumpSpec { RatedHeatingKw = 1500.0, RatedCoolingKw = 1500.0 }, _source);
        for (int h = 0; h < Hours; h++)
        {
            // A seasonal swing (cold in January) with a daily ripple: demand between 0 and 1.8 MW.
            double season = Math.Cos(2 * Math.PI * h / Hours);
            double day = Math.Sin(2 * Math.PI * (h % 24) / 24.0);
            _heatDemandKw[h] = Math.Max(0.0, 1200.0 * season + 300.0 * day);
            _coolDemandKw[h] = Math.Max(0.0, -1200.0 * season + 300.0 * day);
            _loopReturnC[h] = 20.0 - 6.0 * season + 2.0 * day;
        }
    }

    [Benchmark]
    public double YearOfHourlySteps()
    {
        var state = _source.InitialState;
        double electricityKwh = 0.0;
        for (int h = 0; h < Hours; h++)
        {
            var step = _heatDemandKw[h] > 0.0
                ? _plant.Heat(_heatDemandKw[h], 40.0, state.TemperatureC)
                : _plant.Cool(_coolDemandKw[h], 7.0, _loopReturnC[h], state.TemperatureC);
            electricityKwh += step.ElectricityKw;
            state = _source.Drawdown(state, step.HeatFromWaterKw, 1.0);
        }

        return electricityKwh;
    }
}
