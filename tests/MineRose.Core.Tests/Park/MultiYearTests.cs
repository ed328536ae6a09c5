using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

public class MultiYearTests
{
    private const double DegradationPerYear = 0.01;

    /// <summary>1 MW of PV degrading 1 %/yr, a 500 kWh battery and a 150 kW load on a flat tariff, 10-year life, 2 %/yr electricity escalation.</summary>
    private static ParkDesign PvAndBattery() => new()
    {
        Name = "PV + battery",
        Site = Site.Dakuishan,
        ProjectLifeYears = 10,
        PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000, AnnualDegradationPerYear = DegradationPerYear })],
        Battery = new BatterySpec { EnergyCapacityKwh = 500, RatedPowerKw = 250 },
        OtherLoads = new OtherLoads(BaseKw: 150),
        GridConnection = new GridConnection { ImportLimitKw = 2000, ExportLimitKw = 2000 },
        Tariff = TestParks.Flat(),
        Economics = new ParkEconomics { Escalation = new Escalation { ElectricityPerYear = 0.02 } },
    };

    private static double LineCny(CashFlowYear row, string name) =>
        row.Revenues.Concat(row.OperatingCosts).Single(l => l.Name == name).AmountCny;

    [Fact]
    public void Pv_energy_of_years_two_and_three_falls_below_year_one_by_the_linear_degradation_rate()
    {
        var years = ParkSimulator.SimulateYears(PvAndBattery(), TestParks.Week(), 3);
        Assert.Equal([1, 2, 3], years.Select(y => y.OperatingYear));
        double e1 = years[0].Ledger.EnergyKwh(years[0].Ledger.PvAcKw);
        for (int t = 2; t <= 3; t++)
        {
            double et = years[t - 1].Ledger.EnergyKwh(years[t - 1].Ledger.PvAcKw);
            // Linear degradation [55]: DC capacity C·(1 − d·(t − 1)), so the energy scales by 0.99 in year 2 and 0.98 in year 3.
            // The AC energy also carries the inverter's part-load efficiency at a 1 % lower load (PVWatts curve, flat near
            // nominal), hence the 0.1 % tolerance on the ratio.
            double expected = 1 - DegradationPerYear * (t - 1);
            Assert.Equal(expected, et / e1, 1e-3);
            Assert.True(et < years[t - 2].Ledger.EnergyKwh(years[t - 2].Ledger.PvAcKw));
        }
    }

    [Fact]
    public void Battery_capacity_fades_with_the_throughput_carried_over_from_year_to_year()
    {
        var design = PvAndBattery();
        var spec = design.Battery!;
        var years = ParkSimulator.SimulateYears(design, TestParks.Week(), 3);
        double throughputKwh = 0;
        for (int t = 1; t <= 3; t++)
        {
            var l = years[t - 1].Ledger;
            // Throughput Φ: half the energy into the cells (η_ch × terminal charge) plus out of them (terminal discharge / η_dis),
            // accumulated over every simulated year so far; fade linear in Φ [88]: C = C₀·(1 − (1 − f_N)·Φ/(N·C₀)).
            throughputKwh += 0.5 * (l.EnergyKwh(l.BatteryChargeKw) * spec.ChargeEfficiency + l.EnergyKwh(l.BatteryDischargeKw) / spec.DischargeEfficiency);
            double expectedKwh = spec.EnergyCapacityKwh * (1 - (1 - spec.CapacityFractionAtCycleLife) * throughputKwh / (spec.CycleLifeEquivalentFullCycles * spec.EnergyCapacityKwh));
            Assert.Equal(expectedKwh, years[t - 1].BatteryCapacityKwh, 1e-6);
        }

        Assert.True(years[0].BatteryCapacityKwh < spec.EnergyCapacityKwh);
        Assert.True(years[1].BatteryCapacityKwh < years[0].BatteryCapacityKwh);
        Assert.True(years[2].BatteryCapacityKwh < years[1].BatteryCapacityKwh);
    }

    [Fact]
    public void The_cash_flow_electricity_lines_follow_the_simulated_years_then_the_degradation_trend()
    {
        var design = PvAndBattery();
        var years = ParkSimulator.SimulateYears(design, TestParks.Week(), 3);
        var result = ParkEvaluation.Evaluate(years);
        Assert.Same(years, result.SimulatedYears);
        double Escalated(double cny, int t) => cny * Math.Pow(1.02, t - 1);
        for (int t = 1; t <= 3; t++)
        {
            var y = years[t - 1];
            var row = result.CashFlow.Years[t];
            Assert.Equal(Escalated(y.Bill.ExportRevenueCny, t), LineCny(row, ParkFinance.ExportsLine), 1e-6);
            Assert.Equal(Escalated(y.BaselineBill.ImportCostCny - y.Bill.ImportCostCny, t), LineCny(row, ParkFinance.SavingsLine), 1e-6);
            Assert.Equal(Escalated(y.BaselineBill.ImportCostCny, t), LineCny(row, ParkFinance.BaselineBillLine), 1e-6);
        }

        // After year 3: year 3's exports with the PV trend, (1 − d·(t − 1))/(1 − 2d), by hand.
        for (int t = 4; t <= 10; t++)
        {
            double trend = (1 - DegradationPerYear * (t - 1)) / (1 - DegradationPerYear * 2);
            Assert.Equal(Escalated(years[2].Bill.ExportRevenueCny * trend, t), LineCny(result.CashFlow.Years[t], ParkFinance.ExportsLine), 1e-6);
        }

        // The KPIs stay those of year 1.
        Assert.Equal(years[0].Ledger.EnergyKwh(years[0].Ledger.PvAcKw) / 1000, result.Kpi("pv_ac_mwh"), 1e-9);
        Assert.Equal(years[0].Bill.NetCostCny, result.Kpi("net_energy_cost_cny"), 1e-9);
    }

    [Fact]
    public void One_simulated_year_is_the_single_year_run_and_progress_counts_the_years()
    {
        var design = PvAndBattery();
        var weather = TestParks.Week();
        var single = ParkSimulator.SimulateYear(design, weather);
        var reported = new List<int>();
        var years = ParkSimulator.SimulateYears(design, weather, 1, new SynchronousProgress(reported));
        Assert.Single(years);
        Assert.Equal(single.Ledger.PvAcKw, years[0].Ledger.PvAcKw);
        Assert.Equal(single.Ledger.GridImportKw, years[0].Ledger.GridImportKw);
        Assert.Equal([1], reported);

        reported.Clear();
        _ = ParkSimulator.SimulateYears(design, weather, 2, new SynchronousProgress(reported));
        Assert.Equal([1, 2], reported);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void More_years_than_the_project_life_or_none_are_refused_naming_the_key(int years)
    {
        var e = Assert.Throws<InvalidInputException>(() => ParkSimulator.SimulateYears(PvAndBattery(), TestParks.Week(), years));
        Assert.Contains("simulated_years", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finite_mine_water_reservoir_cools_year_after_year_and_the_heat_pumps_deliver_less()
    {
        // A January week of the phase I-like park heating 13,000 m² of roses from a small, unrecharged reservoir: the
        // lumped balance [86] draws it down, year 2 starts where year 1 ended, so it ends colder and the heat pumps' seasonal COP falls.
        var park = TestParks.PhaseOneLike();
        var heat = park.Heat!;
        var design = park with
        {
            ProjectLifeYears = 5,
            Heat = heat with { Source = heat.Source with { ReservoirVolumeM3 = 50_000 } },
        };
        var years = ParkSimulator.SimulateYears(design, TestParks.Week(startDayOfYear: 5), 2);
        Assert.True(years[0].MineWaterTemperatureC < heat.Source.TemperatureC);
        Assert.True(years[1].MineWaterTemperatureC < years[0].MineWaterTemperatureC);
        // The colder reservoir carries less heat per m³ (the flow cap is Q_max·c·(T_src − T_return,min)), so year 2's heat pumps
        // deliver less. (The heating COP of MineWaterHeatPump depends on the evaporator's minimum return temperature, not on the
        // source temperature; the seasonal COPs of the two weeks differ only through part load, by < 0.1 %.)
        double HeatKwh(ParkYear y) => y.Ledger.EnergyKwh(y.Ledger.HeatPumpHeatKw);
        Assert.True(HeatKwh(years[1]) < HeatKwh(years[0]), $"heat-pump heat year 1 {HeatKwh(years[0]):F0} kWh, year 2 {HeatKwh(years[1]):F0} kWh; source {years[0].MineWaterTemperatureC:F2} → {years[1].MineWaterTemperatureC:F2} °C");

        // Without a reservoir the source stays at its undisturbed temperature.
        var constant = ParkSimulator.SimulateYears(park with { ProjectLifeYears = 5 }, TestParks.Week(startDayOfYear: 5), 2);
        Assert.All(constant, y => Assert.Equal(heat.Source.TemperatureC, y.MineWaterTemperatureC));
    }

    /// <summary>Records reports on the calling thread (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class SynchronousProgress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
