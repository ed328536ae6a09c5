using BenchmarkDotNet.Attributes;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The park's electric chain alone (issue 5: the 2 ms park-year budget, met by this chain but not by a park with
/// greenhouses): PV, loads, shaft storage, grid and bills, the phase II design without greenhouses, heat and outdoor field.</summary>
[MemoryDiagnoser]
public class ElectricChainBenchmarks
{
    private WeatherSeries weather = null!;
    private SunPath sun = null!;
    private ParkDesign energyOnly = null!;
    private ParkDesign withoutShaft = null!;
    private ParkDesign steeper = null!;

    [GlobalSetup]
    public void Setup()
    {
        weather = DefaultWeather.Zibo();
        sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        energyOnly = BenchmarkParks.Phase2EnergyOnly();
        withoutShaft = energyOnly with { PumpedHydro = null };
        var tilted = new ArrayGeometry { TiltDeg = 20 };
        steeper = energyOnly with
        {
            PvPlants = [.. energyOnly.PvPlants.Select(p => p with { Array = p.Array with { Geometry = tilted } })],
        };
    }

    /// <summary>PV, loads, shaft storage, grid and bills of the phase II park.</summary>
    [Benchmark]
    public ParkYear EnergyOnlyYear() => ParkSimulator.SimulateYear(energyOnly, weather, sun);

    /// <summary>PV, loads, grid and bills without the shaft storage: the shaft's cost shows as the difference.</summary>
    [Benchmark]
    public ParkYear WithoutShaftYear() => ParkSimulator.SimulateYear(withoutShaft, weather, sun);

    /// <summary>Two designs on different PV planes in turn, so each year transposes its weather anew (the thread keeps one
    /// plane, <c>PvChain.PlaneOf</c>): the chain as a screening run, with a new site per park, pays it (divide by 2).</summary>
    [Benchmark]
    public ParkYear TwoPlanesInTurnYears()
    {
        ParkSimulator.SimulateYear(steeper, weather, sun);
        return ParkSimulator.SimulateYear(energyOnly, weather, sun);
    }
}
