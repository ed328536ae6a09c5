using BenchmarkDotNet.Attributes;
using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The DESIGN.md budget: a whole-park rule-based year, hourly, with the solar geometry cached: ≤ 2 ms.</summary>
[MemoryDiagnoser]
public class ParkBenchmarks
{
    private WeatherSeries weather = null!;
    private SunPath sun = null!;
    private ParkDesign phase2 = null!;
    private ParkDesign energyOnly = null!;
    private ParkDesign withoutShaft = null!;

    [GlobalSetup]
    public void Setup()
    {
        weather = DefaultWeather.Zibo();
        sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        phase2 = new ParkDesign
        {
            Name = "Dakuishan phase II (benchmark)",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("phase I", new PvArraySpec { DcCapacityKw = 2600 }), new PvPlant("phase II", new PvArraySpec { DcCapacityKw = 8700 })],
            PumpedHydro = PumpedHydroPresets.DakuishanPhase2,
            Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 12_000, RatedCoolingKw = 12_000 }, new MineWaterSource { MaxFlowM3h = 2000 }),
            Greenhouses = new RoseHouses(GreenhouseSpec.Dakuishan(113_000), RoseCropSpec.ModernSoilless, HouseType.GlassHouse),
            OutdoorFlowers = new OutdoorFlowerField(OutdoorFlowerSpec.GenericCutFlower, 133_000, 0),
            OtherLoads = new OtherLoads(BaseKw: 300, DaytimeKw: 500),
            GridConnection = new GridConnection { ImportLimitKw = 20_000, ExportLimitKw = 12_000 },
            Tariff = new ElectricityTariff
            {
                Name = "Shandong TOU 2025",
                Import = ShandongTimeOfUse.Tariff2025(ShandongPrices.CoalBenchmarkCnyPerKwh, []),
                Export = ExportPrice.ShandongPvMechanism2025,
                UtcOffsetHours = 8,
            },
            Dispatch = DispatchStrategy.TimeOfUseArbitrage,
        };
        energyOnly = phase2 with { Greenhouses = null, OutdoorFlowers = null, Heat = null };
        withoutShaft = phase2 with { PumpedHydro = null };
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
}
