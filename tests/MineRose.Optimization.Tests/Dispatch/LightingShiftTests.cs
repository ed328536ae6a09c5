using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class LightingShiftTests
{
    [Fact]
    public void Lighting_moves_to_the_cheapest_photoperiod_hours_and_keeps_the_daily_energy()
    {
        // One local day, photoperiod 06–22 h, lamps of 100 kW; the rules lit 06–10 h (400 kWh). Prices 1.0 CNY/kWh except
        // 0.3 at 12–16 h and 0.1 at 02–04 h (outside the photoperiod: not usable). By hand the 400 kWh go to 12–16 h:
        // 400·0.3 = 120 CNY against 400·1.0 = 400 CNY.
        var price = Enumerable.Repeat(1.0, 24).ToArray();
        for (int h = 12; h < 16; h++)
            price[h] = 0.3;
        price[2] = price[3] = 0.1;
        var baseline = new double[24];
        for (int h = 6; h < 10; h++)
            baseline[h] = 100;
        var lighting = new LightingShiftSeries
        {
            BaselineKw = baseline,
            InPhotoperiod = [.. Enumerable.Range(0, 24).Select(h => h >= 6 && h < 22)],
            LocalDay = new int[24],
            InstalledKw = 100,
        };
        var inputs = new DispatchInputs
        {
            StepHours = 1,
            PvAcKwPerKwp = new double[24],
            PvCapacityKw = 0,
            FixedLoadKw = new double[24],
            ImportPriceCnyPerKwh = price,
            ExportPriceCnyPerKwh = new double[24],
            ImportLimitKw = 1000,
            ExportLimitKw = 0,
            Lighting = lighting,
        };
        using var model = DispatchModel.Build(inputs, new DispatchOptions());
        var s = model.Solve();

        Assert.Equal("OPTIMAL", s.Report.Status);
        Assert.Equal(120.0, s.Report.ObjectiveCny, 6);
        Assert.Equal(400.0, s.LightingKw.Sum(), 6);
        for (int h = 0; h < 24; h++)
            Assert.Equal(h is >= 12 and < 16 ? 100.0 : 0.0, s.LightingKw[h], 6);
    }

    [Fact]
    public void Each_day_keeps_its_own_lamp_energy()
    {
        // Two days, the second much cheaper: lamp energy may not move from day 1 into day 2.
        var price = Enumerable.Range(0, 48).Select(t => t < 24 ? 1.0 : 0.1).ToArray();
        var baseline = Enumerable.Range(0, 48).Select(t => t % 24 is >= 6 and < 8 ? 50.0 : 0.0).ToArray();
        var inputs = new DispatchInputs
        {
            StepHours = 1,
            PvAcKwPerKwp = new double[48],
            PvCapacityKw = 0,
            FixedLoadKw = new double[48],
            ImportPriceCnyPerKwh = price,
            ExportPriceCnyPerKwh = new double[48],
            ImportLimitKw = 1000,
            ExportLimitKw = 0,
            Lighting = new LightingShiftSeries
            {
                BaselineKw = baseline,
                InPhotoperiod = [.. Enumerable.Range(0, 48).Select(t => t % 24 is >= 6 and < 22)],
                LocalDay = [.. Enumerable.Range(0, 48).Select(t => t / 24)],
                InstalledKw = 100,
            },
        };
        using var model = DispatchModel.Build(inputs, new DispatchOptions());
        var s = model.Solve();

        // 100 kWh a day; day 1 at 1.0, day 2 at 0.1: 100 + 10 = 110 CNY.
        Assert.Equal(100.0, s.LightingKw.Take(24).Sum(), 6);
        Assert.Equal(100.0, s.LightingKw.Skip(24).Sum(), 6);
        Assert.Equal(110.0, s.Report.ObjectiveCny, 6);
    }
}
