using BenchmarkDotNet.Attributes;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The DESIGN.md budget: a whole-park rule-based year, hourly, with the solar geometry cached: ≤ 2 ms (met by the
/// electric chain, not by a park with greenhouses: docs/model.md, "The 2 ms budget is out of reach for a park with greenhouses").</summary>
[MemoryDiagnoser]
public class ParkBenchmarks
{
    private WeatherSeries weather = null!;
    private SunPath sun = null!;
    private ParkDesign phase2 = null!;
    private ParkDesign energyOnly = null!;
    private ParkDesign withoutShaft = null!;
    private ParkDesign energyWithoutShaft = null!;
    private ParkDesign energyOnSteeperRows = null!;

    [GlobalSetup]
    public void Setup()
    {
        weather = DefaultWeather.Zibo();
        sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        phase2 = BenchmarkParks.Phase2();
        energyOnly = BenchmarkParks.Phase2EnergyOnly();
        withoutShaft = phase2 with { PumpedHydro = null };
        energyWithoutShaft = energyOnly with { PumpedHydro = null };
        var tilted = new ArrayGeometry { TiltDeg = 20 };
        energyOnSteeperRows = energyOnly with
        {
            PvPlants = [.. energyOnly.PvPlants.Select(p => p with { Array = p.Array with { Geometry = tilted } })],
        };
    }

    /// <summary>The whole phase II park, hourly year, sun path cached.</summary>
    [Benchmark]
    public ParkYear Phase2ParkYear() => ParkSimulator.SimulateYear(phase2, weather, sun);

    /// <summary>PV, shaft storage, loads and grid only: what the greenhouse model adds shows as the difference.</summary>
    [Benchmark]
    public ParkYear Phase2EnergyOnlyYear() => ParkSimulator.SimulateYear(energyOnly, weather, sun);

    /// <summary>The whole park without the shaft storage: what the shaft plant adds shows as the difference from <see cref="Phase2ParkYear"/>.</summary>
    [Benchmark]
    public ParkYear Phase2WithoutShaftStorageYear() => ParkSimulator.SimulateYear(withoutShaft, weather, sun);

    /// <summary>PV, loads, grid and bills: the electric chain without the shaft storage, whose cost shows as the difference from
    /// <see cref="Phase2EnergyOnlyYear"/>.</summary>
    [Benchmark]
    public ParkYear Phase2EnergyWithoutShaftYear() => ParkSimulator.SimulateYear(energyWithoutShaft, weather, sun);

    /// <summary>Two electric chains on different PV planes in turn, so each year transposes its weather anew (a thread keeps one
    /// plane, <c>PvChain.PlaneOf</c>), as a screening run with a new site per park does (divide by 2).</summary>
    [Benchmark]
    public ParkYear Phase2EnergyTwoPlanesInTurnYears()
    {
        ParkSimulator.SimulateYear(energyOnSteeperRows, weather, sun);
        return ParkSimulator.SimulateYear(energyOnly, weather, sun);
    }
}
