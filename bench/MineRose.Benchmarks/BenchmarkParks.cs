using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The park designs the park-year benchmarks share, so that every figure is of the same park.</summary>
internal static class BenchmarkParks
{
    /// <summary>The whole Dakuishan phase II park: 2.6 + 8.7 MW PV, the 12 MW × 4 h shaft storage, 12 MW of mine-water heat pumps,
    /// 113,000 m² of rose glasshouses, 13.3 ha of outdoor flowers, Shandong's time-of-use tariff with arbitrage.</summary>
    public static ParkDesign Phase2() => new()
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

    /// <summary>The phase II park's electric chain alone: PV, shaft storage, other loads, grid and bills, without greenhouses,
    /// heat plant and outdoor field.</summary>
    public static ParkDesign Phase2EnergyOnly() => Phase2() with { Greenhouses = null, OutdoorFlowers = null, Heat = null };
}
