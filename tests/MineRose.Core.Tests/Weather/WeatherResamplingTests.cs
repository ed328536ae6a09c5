using MineRose.Core.Park;
using MineRose.Core.Tests.Park;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Weather;

public class WeatherResamplingTests
{
    [Fact]
    public void Fifteen_minute_weather_keeps_the_hourly_energy()
    {
        var hourly = TestParks.Week();
        var fine = WeatherResampling.ToStep(hourly, 15);
        Assert.Equal(hourly.Count * 4, fine.Count);
        Assert.Equal(hourly.GhiWm2.Sum() * hourly.Grid.StepHours, fine.GhiWm2.Sum() * fine.Grid.StepHours, 1e-6);
    }

    [Fact]
    public void A_step_that_does_not_divide_the_hour_is_refused()
    {
        Assert.Throws<InvalidInputException>(() => WeatherResampling.ToStep(TestParks.Week(), 25));
    }

    [Fact]
    public void A_park_at_15_minutes_yields_the_same_year_as_hourly_within_a_few_percent_and_balances()
    {
        var design = TestParks.PhaseOneLike();
        var hourly = ParkSimulator.SimulateYear(design, TestParks.Week());
        var fine = ParkSimulator.SimulateYear(design, WeatherResampling.ToStep(TestParks.Week(), 15));
        double pvHourly = hourly.Ledger.EnergyKwh(hourly.Ledger.PvAcKw), pvFine = fine.Ledger.EnergyKwh(fine.Ledger.PvAcKw);
        // The same irradiance with the sun at finer midpoints: PV energy within 2 %.
        Assert.Equal(pvHourly, pvFine, pvHourly * 0.02);
        Assert.True(fine.Ledger.ElectricResidualKw.Max(Math.Abs) < 1e-6);
    }
}
