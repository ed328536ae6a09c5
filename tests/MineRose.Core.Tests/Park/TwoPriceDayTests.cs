using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Storage;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

/// <summary>Storage arbitrage on a two-price day, solved by hand.</summary>
public class TwoPriceDayTests
{
    [Fact]
    public void A_battery_on_a_two_price_day_pays_the_bill_worked_out_by_hand()
    {
        // One local day (UTC+8), night: no sun. Prices: valley 0.2 CNY/kWh from 00 to 12 h, peak 1.0 from 12 to 24 h.
        var grid = TimeGrid.Hourly(new DateTime(2025, 6, 30, 16, 0, 0, DateTimeKind.Utc), 24);
        double[] Zeros() => new double[24];
        var weather = new WeatherSeries(Site.Dakuishan, grid, Zeros(), Zeros(), Zeros(), [.. Enumerable.Repeat(20.0, 24)],
            [.. Enumerable.Repeat(2.0, 24)], null, null, "night day", 0);
        var schedule = new TimeOfUseSchedule(
            [new TariffPeriodWindow(TariffPeriod.Valley, 0, 12, TariffPeriodWindow.AllMonths),
             new TariffPeriodWindow(TariffPeriod.Peak, 12, 24, TariffPeriodWindow.AllMonths)], null);
        var tariff = new ElectricityTariff
        {
            Name = "two prices",
            Import = new TimeOfUseTariff { Schedule = schedule, FlatEnergyPriceCnyPerKwh = 1.0, Multipliers = new TariffPeriodValues(1, 1, 1, 0.2, 0.2) },
            Export = ExportPrice.None,
            UtcOffsetHours = 8,
        };
        var battery = new BatterySpec { EnergyCapacityKwh = 100, RatedPowerKw = 50, SelfDischargePerMonth = 0 };
        var design = new ParkDesign
        {
            Name = "two-price day",
            Site = Site.Dakuishan,
            Battery = battery,
            OtherLoads = new OtherLoads(BaseKw: 50),
            GridConnection = new GridConnection { ImportLimitKw = 1000, ExportLimitKw = 0 },
            Tariff = tariff,
            Dispatch = DispatchStrategy.TimeOfUseArbitrage,
        };

        var bill = ParkSimulator.SimulateYear(design, weather).Bill;

        // By hand (η = 0.922 each way; SOC window 5–95 %; start at 50 kWh):
        // valley: the battery fills 50 → 95 kWh, drawing 45/0.922 = 48.807 kWh from the grid; the load takes 12 × 50 = 600 kWh.
        // peak: it gives (95 − 5)·0.922 = 82.98 kWh to the 600 kWh load, the grid the remaining 517.02 kWh.
        double valleyKwh = 600 + 45 / 0.922, peakKwh = 600 - 90 * 0.922;
        double expected = valleyKwh * 0.2 + peakKwh * 1.0;
        // Capacity fade over ≈ 140 kWh of throughput moves the top of the window by ≈ 2e-3 kWh: 0.01 CNY is ample.
        Assert.Equal(expected, bill.NetCostCny, 0.01);
        // Without storage the same day costs 600·0.2 + 600·1.0 = 720 CNY: arbitrage saves what the hand solution says.
        Assert.True(bill.NetCostCny < 720);
    }
}
