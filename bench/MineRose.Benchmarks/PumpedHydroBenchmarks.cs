using BenchmarkDotNet.Attributes;
using MineRose.Core.Storage;

namespace MineRose.Benchmarks;

/// <summary>A year of hourly steps of the shaft pumped-hydro model, as a park simulation would call it.</summary>
[MemoryDiagnoser]
public class PumpedHydroBenchmarks
{
    private const int Hours = 8760;
    private readonly double[] requestKw = new double[Hours];
    private readonly double[] idleKw = new double[Hours];
    private ShaftPumpedHydro phase2 = null!;
    private ShaftPumpedHydro pilot = null!;

    [GlobalSetup]
    public void Setup()
    {
        phase2 = new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2);
        pilot = new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPilot);
        // A solar day: pump on the midday surplus, generate in the evening peak, stand otherwise (fractions of the rating).
        var random = new Random(20251129);
        for (var i = 0; i < Hours; i++)
        {
            var hour = i % 24;
            requestKw[i] = hour is >= 10 and < 15 ? -(0.1 + 0.9 * random.NextDouble())
                : hour is >= 17 and < 21 ? 0.1 + 0.9 * random.NextDouble()
                : 0;
        }
    }

    [Benchmark(Description = "Phase II 12 MW: a year of hourly steps")]
    public double Phase2Year() => RunYear(phase2, requestKw);

    [Benchmark(Description = "Pilot 100 kW: a year of hourly steps")]
    public double PilotYear() => RunYear(pilot, requestKw);

    [Benchmark(Description = "Phase II 12 MW: a year standing idle (mine water only)")]
    public double Phase2IdleYear() => RunYear(phase2, idleKw);

    private static double RunYear(ShaftPumpedHydro plant, double[] fractions)
    {
        var state = plant.StateAtFill(0.5);
        var delivered = 0.0;
        for (var i = 0; i < fractions.Length; i++)
        {
            var f = fractions[i];
            var kw = f >= 0 ? f * plant.RatedGeneratingPowerKw : f * plant.RatedPumpingPowerKw;
            var step = plant.Step(state, kw, 1.0);
            state = step.State;
            delivered += step.PowerKw + step.DewateringEnergyKwh;
        }
        return delivered;
    }
}
