using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

public class ParkSimulatorTests
{
    private static double Max(double[] a) => a.Max(Math.Abs);

    [Fact]
    public void The_electric_bus_balances_in_every_hour_of_a_full_park_week()
    {
        var year = ParkSimulator.SimulateYear(TestParks.PhaseOneLike(), TestParks.Week());
        Assert.True(Max(year.Ledger.ElectricResidualKw) < 1e-6, $"largest residual {Max(year.Ledger.ElectricResidualKw)} kW");
        Assert.True(year.Ledger.EnergyKwh(year.Ledger.PvAcKw) > 0);
        Assert.True(year.RoseStems > 0);
    }

    [Fact]
    public void A_pv_only_park_with_no_load_exports_everything_it_makes()
    {
        var design = new ParkDesign
        {
            Name = "PV only",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000 })],
            GridConnection = new GridConnection { ImportLimitKw = 1000, ExportLimitKw = 10_000 },
            Tariff = TestParks.Flat(),
        };
        var weather = TestParks.Week();
        var year = ParkSimulator.SimulateYear(design, weather);
        var l = year.Ledger;
        double pvKwh = l.EnergyKwh(l.PvAcKw);
        // Independent: the PV chain run on its own gives the same energy.
        double chainKwh = PvChain.Run(design.PvPlants[0].Array, weather, Site.Dakuishan).AcKwh;
        Assert.Equal(chainKwh, pvKwh, chainKwh * 1e-9);
        Assert.Equal(pvKwh, l.EnergyKwh(l.GridExportKw), 1e-6);
        Assert.Equal(0, l.EnergyKwh(l.GridImportKw), 1e-9);
        // Export revenue at a flat CNY 0.3/kWh, by hand.
        Assert.Equal(pvKwh * 0.3, year.Bill.ExportRevenueCny, 1e-6);
    }

    [Fact]
    public void The_export_limit_curtails_pv_and_the_import_limit_leaves_demand_unserved()
    {
        var design = new ParkDesign
        {
            Name = "tight grid",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000 })],
            OtherLoads = new OtherLoads(BaseKw: 300),
            GridConnection = new GridConnection { ImportLimitKw = 100, ExportLimitKw = 50 },
            Tariff = TestParks.Flat(),
        };
        var l = ParkSimulator.SimulateYear(design, TestParks.Week()).Ledger;
        Assert.True(l.CurtailedKw.Max() > 0);
        Assert.True(l.UnservedElectricKw.Max() > 0);
        Assert.All(l.GridExportKw, p => Assert.True(p <= 50 + 1e-9));
        Assert.All(l.GridImportKw, p => Assert.True(p <= 100 + 1e-9));
        // At night the 300 kW load meets a 100 kW import limit: 200 kW unserved, by hand.
        Assert.Equal(200, l.UnservedElectricKw[0], 1e-9);
    }

    [Fact]
    public void Time_of_use_arbitrage_charges_in_the_valley_and_discharges_at_the_peak_of_a_two_price_day()
    {
        // One battery, no PV, a 100 kW constant load, the Shandong TOU tariff: the battery must charge in valley hours and
        // discharge in peak hours, and the bill must be lower than with self-consumption (which never uses it here).
        var design = new ParkDesign
        {
            Name = "arbitrage",
            Site = Site.Dakuishan,
            Battery = new BatterySpec { EnergyCapacityKwh = 400, RatedPowerKw = 100 },
            OtherLoads = new OtherLoads(BaseKw: 100),
            GridConnection = new GridConnection { ImportLimitKw = 1000, ExportLimitKw = 0 },
            Tariff = TestParks.ShandongTou(),
            Dispatch = DispatchStrategy.TimeOfUseArbitrage,
        };
        var weather = TestParks.Week(startDayOfYear: 100); // April: valley, deep valley and peak all present
        var arbitrage = ParkSimulator.SimulateYear(design, weather);
        var selfConsumption = ParkSimulator.SimulateYear(design with { Dispatch = DispatchStrategy.SelfConsumption }, weather);
        var tariff = design.Tariff.On(weather.Grid);
        var l = arbitrage.Ledger;
        for (int i = 0; i < weather.Count; i++)
        {
            var period = tariff.Periods[i];
            if (period is TariffPeriod.Peak or TariffPeriod.CriticalPeak)
                Assert.Equal(0, l.BatteryChargeKw[i]);
            if (period is TariffPeriod.Valley or TariffPeriod.DeepValley)
                Assert.Equal(0, l.BatteryDischargeKw[i]);
        }
        Assert.True(l.EnergyKwh(l.BatteryDischargeKw) > 0);
        Assert.True(arbitrage.Bill.NetCostCny < selfConsumption.Bill.NetCostCny,
            $"arbitrage {arbitrage.Bill.NetCostCny:F0} CNY vs self-consumption {selfConsumption.Bill.NetCostCny:F0} CNY");
        Assert.True(Max(l.ElectricResidualKw) < 1e-6);
    }

    [Fact]
    public void Shaft_storage_stays_within_its_reservoirs_over_a_week()
    {
        var design = TestParks.PhaseOneLike(DispatchStrategy.TimeOfUseArbitrage) with { Battery = null };
        var year = ParkSimulator.SimulateYear(design, TestParks.Week(100));
        var spec = design.PumpedHydro!;
        Assert.All(year.Ledger.UpperReservoirVolumeM3, v => Assert.InRange(v, spec.UpperReservoir.MinimumVolumeM3 - 1e-6, spec.UpperReservoir.MaximumVolumeM3 + 1e-6));
        Assert.True(year.Ledger.EnergyKwh(year.Ledger.PumpedHydroGenerateKw) > 0);
        Assert.True(Max(year.Ledger.ElectricResidualKw) < 1e-6);
    }

    [FsCheck.Xunit.Property(MaxTest = 15)]
    public bool Energy_balance_closes_in_every_step_for_random_designs(FsCheck.PositiveInt pvSeed, FsCheck.PositiveInt loadSeed,
        FsCheck.PositiveInt batterySeed, bool arbitrage, bool withHydro)
    {
        var design = TestParks.PhaseOneLike(arbitrage ? DispatchStrategy.TimeOfUseArbitrage : DispatchStrategy.SelfConsumption) with
        {
            PvPlants = [new PvPlant("f", new PvArraySpec { DcCapacityKw = 1 + pvSeed.Get % 5000 })],
            OtherLoads = new OtherLoads(BaseKw: loadSeed.Get % 2000),
            Battery = new BatterySpec { EnergyCapacityKwh = 10 + batterySeed.Get % 4000, RatedPowerKw = 5 + batterySeed.Get % 1000 },
            PumpedHydro = withHydro ? PumpedHydroPresets.DakuishanPilot : null,
            GridConnection = new GridConnection { ImportLimitKw = loadSeed.Get % 3000, ExportLimitKw = pvSeed.Get % 3000 },
        };
        var l = ParkSimulator.SimulateYear(design, Weather).Ledger;
        return Max(l.ElectricResidualKw) < 1e-6 && l.GridImportKw.All(p => p >= 0) && l.GridExportKw.All(p => p >= 0);
    }

    private static readonly WeatherSeries Weather = TestParks.Week(30);
}
