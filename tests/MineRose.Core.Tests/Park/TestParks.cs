using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Storage;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

/// <summary>Small parks and weather built in code for the simulator tests.</summary>
internal static class TestParks
{
    public static ElectricityTariff Flat(double importCny = 0.6, double exportCny = 0.3) => new()
    {
        Name = "flat test tariff",
        Import = new FlatTariff { EnergyPriceCnyPerKwh = importCny },
        Export = ExportPrice.Flat(exportCny),
        UtcOffsetHours = 8,
    };

    public static ElectricityTariff ShandongTou() => new()
    {
        Name = "Shandong TOU 2025",
        Import = ShandongTimeOfUse.Tariff2025(ShandongPrices.CoalBenchmarkCnyPerKwh, []),
        Export = ExportPrice.ShandongPvMechanism2025,
        UtcOffsetHours = 8,
    };

    /// <summary>A Dakuishan phase I-like park: 2.6 MW PV, the 100 kW shaft pilot, a 1.5 MW heat pump, 13,000 m² of roses.</summary>
    public static ParkDesign PhaseOneLike(DispatchStrategy dispatch = DispatchStrategy.SelfConsumption) => new()
    {
        Name = "phase I-like test park",
        Site = Site.Dakuishan,
        PvPlants = [new PvPlant("slopes", new PvArraySpec { DcCapacityKw = 2600 })],
        PumpedHydro = PumpedHydroPresets.DakuishanPilot,
        Battery = new BatterySpec { EnergyCapacityKwh = 1000, RatedPowerKw = 500 },
        Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1500 }, new MineWaterSource { MaxFlowM3h = 250 }),
        Greenhouses = new RoseHouses(GreenhouseSpec.Dakuishan(13_000), RoseCropSpec.ModernSoilless, HouseType.GlassHouse),
        OutdoorFlowers = new OutdoorFlowerField(OutdoorFlowerSpec.GenericCutFlower, 10_000, 10_000),
        OtherLoads = new OtherLoads(BaseKw: 50, DaytimeKw: 100),
        GridConnection = new GridConnection { ImportLimitKw = 5000, ExportLimitKw = 3000 },
        Tariff = ShandongTou(),
        Dispatch = dispatch,
    };

    /// <summary>A week of weather at Dakuishan from the built-in synthetic year (the first 168 hours of June).</summary>
    public static WeatherSeries Week(int startDayOfYear = 152)
    {
        var year = DefaultWeather.Zibo();
        int start = startDayOfYear * 24, n = 168;
        double[] Slice(double[] a) => a[start..(start + n)];
        return year with
        {
            Grid = new TimeGrid(year.Grid.StartOf(start), year.Grid.Step, n),
            GhiWm2 = Slice(year.GhiWm2), DniWm2 = Slice(year.DniWm2), DhiWm2 = Slice(year.DhiWm2),
            TempAirC = Slice(year.TempAirC), WindSpeedMs = Slice(year.WindSpeedMs),
            RelativeHumidityPercent = year.RelativeHumidityPercent is { } rh ? Slice(rh) : null,
            PressurePa = year.PressurePa is { } p ? Slice(p) : null,
        };
    }
}
