using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Park;
using MineRose.Core.Time;

namespace MineRose.Core.Tests.Park;

public class EvaluationWaterTests
{
    private static ParkLedger Storage(double[] upper, double[] lower, double[] inflow, double[] dewatered)
    {
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), upper.Length));
        upper.CopyTo(ledger.UpperReservoirVolumeM3, 0);
        lower.CopyTo(ledger.LowerReservoirVolumeM3, 0);
        inflow.CopyTo(ledger.MineWaterInflowM3, 0);
        dewatered.CopyTo(ledger.DewateredWaterM3, 0);
        return ledger;
    }

    [Fact]
    public void The_mine_water_balance_closes_with_storage_filling_and_emptying()
    {
        // 10 m³ in every hour; pumped out 0, 0, 20, 20; the workings go 100 → 110 → 120 → 110 → 100 (end of each hour).
        var ledger = Storage([0, 0, 0, 0], [110, 120, 110, 100], [10, 10, 10, 10], [0, 0, 20, 20]);
        ledger.HeatPumpWaterFlowM3h[1] = 200; ledger.HeatPumpWaterFlowM3h[2] = 150;
        var w = MineWaterBalance.Of(ledger, irrigationM3: 15);

        Assert.Equal(40, w.InflowM3);
        Assert.Equal(0, w.StorageChangeM3, 12);
        Assert.Equal(40, w.PumpedOutM3);
        Assert.Equal(0, w.UnaccountedM3, 12);
        // inflow − Δstorage = pumped out; pumped out = irrigation + discharged.
        Assert.Equal(w.InflowM3 - w.StorageChangeM3, w.PumpedOutM3, 12);
        Assert.Equal(15, w.IrrigationFromMineWaterM3);
        Assert.Equal(25, w.DischargedM3);
        Assert.Equal(w.PumpedOutM3, w.IrrigationFromMineWaterM3 + w.DischargedM3, 12);
        // Circulated and returned: 200 + 150 m³.
        Assert.Equal(350, w.HeatPumpCirculatedM3, 12);
    }

    [Fact]
    public void Evaporation_from_the_upper_reservoir_shows_as_unaccounted_water()
    {
        // Upper reservoir loses 1 m³/h to evaporation after the first hour: 50, 49, 48, 47.
        var ledger = Storage([50, 49, 48, 47], [110, 120, 110, 100], [10, 10, 10, 10], [0, 0, 20, 20]);
        var w = MineWaterBalance.Of(ledger, irrigationM3: 100);
        Assert.Equal(-3, w.StorageChangeM3, 12);
        Assert.Equal(3, w.UnaccountedM3, 12);
        // More irrigation than water pumped out: the rest comes from another source, nothing is discharged.
        Assert.Equal(40, w.IrrigationFromMineWaterM3);
        Assert.Equal(60, w.IrrigationFromOtherSourcesM3);
        Assert.Equal(0, w.DischargedM3);
    }

    [FsCheck.Xunit.Property]
    public Property Pumped_out_water_is_irrigation_from_mine_water_plus_discharge(NonNegativeInt dewateredM3, NonNegativeInt irrigationM3)
    {
        var ledger = Storage([0], [0], [dewateredM3.Get], [dewateredM3.Get]);
        var w = MineWaterBalance.Of(ledger, irrigationM3.Get);
        return (Math.Abs(w.PumpedOutM3 - w.IrrigationFromMineWaterM3 - w.DischargedM3) < 1e-9
                && w.DischargedM3 >= 0 && w.IrrigationFromOtherSourcesM3 >= 0
                && Math.Abs(w.IrrigationM3 - irrigationM3.Get) < 1e-9
                && Math.Abs(w.UnaccountedM3) < 1e-9).ToProperty();
    }
}
