using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class HandArbitrageTests
{
    // Two hours, 100 kW of load each, import at 0.2 then 1.0 CNY/kWh, nothing paid for export; one 200 kWh / 100 kW battery,
    // 90 % each way, starting and ending empty, no self-discharge, no wear.
    private static DispatchInputs TwoPriceDay(double importLimitKw = 1000) => new()
    {
        StepHours = 1,
        PvAcKwPerKwp = [0, 0],
        PvCapacityKw = 0,
        FixedLoadKw = [100, 100],
        ImportPriceCnyPerKwh = [0.2, 1.0],
        ExportPriceCnyPerKwh = [0, 0],
        ImportLimitKw = importLimitKw,
        ExportLimitKw = 1000,
        Battery = new BatterySpec
        {
            EnergyCapacityKwh = 200, RatedPowerKw = 100, ChargeEfficiency = 0.9, DischargeEfficiency = 0.9,
            MinStateOfCharge = 0, MaxStateOfCharge = 1, SelfDischargePerMonth = 0,
        },
        BatteryInitialFraction = 0,
    };

    private static readonly DispatchOptions NoWear = new() { BatteryWearCnyPerKwh = 0 };

    [Theory]
    [InlineData(Solving.LpSolver.Highs)]
    [InlineData(Solving.LpSolver.Clp)]
    [InlineData(Solving.LpSolver.Glop)]
    public void Two_prices_and_one_store_give_the_hand_optimum(Solving.LpSolver solver)
    {
        using var model = DispatchModel.Build(TwoPriceDay(), NoWear with { Solver = solver });
        var s = model.Solve();

        // By hand: each kWh charged at 0.2 returns 0.9·0.9 = 0.81 kWh worth 1.0, so charge at the full 100 kW in hour 1
        // (90 kWh into the cells) and discharge all of it in hour 2: 90·0.9 = 81 kW. Import 200 kWh then 19 kWh:
        // 200·0.2 + 19·1.0 = 59 CNY (against 120 CNY without the battery).
        Assert.Equal("OPTIMAL", s.Report.Status);
        Assert.Equal(59.0, s.Report.ObjectiveCny, 6);
        Assert.Equal(-100.0, s.BatteryKw[0], 6);
        Assert.Equal(81.0, s.BatteryKw[1], 6);
        Assert.Equal(200.0, s.GridImportKw[0], 6);
        Assert.Equal(19.0, s.GridImportKw[1], 6);
        Assert.Equal(90.0, s.BatteryEnergyKwh[0], 6);
        Assert.Empty(s.Report.Slack);
    }

    [Fact]
    public void A_grid_that_cannot_carry_the_load_is_reported_as_electric_unserved_slack()
    {
        // Import limited to 50 kW with an empty battery in hour 1: 50 kWh short in hour 1 at least.
        var inputs = TwoPriceDay(importLimitKw: 50);
        using var model = DispatchModel.Build(inputs, NoWear);
        var s = model.Solve();

        Assert.True(s.Report.HasPlan);
        var unserved = Assert.Single(s.Report.Slack);
        Assert.Equal("electric_unserved", unserved.Family);
        // Hour 1: 100 − 50 = 50 kWh short; hour 2: 50 kWh short too (nothing could be stored): 100 kWh, 2 intervals.
        Assert.Equal(100.0, unserved.Amount, 6);
        Assert.Equal(2, unserved.Intervals);
    }
}
