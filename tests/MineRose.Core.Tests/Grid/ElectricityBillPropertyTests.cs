using FsCheck.Xunit;
using MineRose.Core.Grid;
using MineRose.Core.Time;

namespace MineRose.Core.Tests.Grid;

public class ElectricityBillPropertyTests
{
    private const int Hours = 24 * 9;

    // Nine local days from 28 Aug 2025 (UTC+8): August with the critical peak, September with the deep valley, two months.
    private static readonly TimeGrid Grid = TimeGrid.Hourly(new DateTime(2025, 8, 27, 16, 0, 0, DateTimeKind.Utc), Hours);

    private static readonly TariffSeries Series = new ElectricityTariff
    {
        Import = ShandongTimeOfUse.Tariff2025(0.42, [new Surcharge("T&D", 0.17), new Surcharge("funds", 0.03)]),
        Export = ExportPrice.ShandongPvMechanism2025,
        Demand = new DemandCharge { CnyPerKwMonth = 38.0 },
        Capacity = new CapacityCharge { CnyPerKvaMonth = 23.0, ContractedKva = 800.0 },
        UtcOffsetHours = 8.0,
    }.On(Grid);

    [Property(MaxTest = 200)]
    public bool A_bill_scales_with_the_load(int[] raw, int scale)
    {
        var (importKw, exportKw) = Profile(raw, 0);
        double k = ((uint)scale % 1001u) / 100.0; // 0 to 10
        var bill = Series.Bill(importKw, exportKw);
        var scaled = Series.Bill(importKw.Select(x => k * x).ToArray(), exportKw.Select(x => k * x).ToArray());
        return Close(scaled.EnergyCostCny, k * bill.EnergyCostCny)
            && Close(scaled.EnergyCostCnyByPeriod.Peak, k * bill.EnergyCostCnyByPeriod.Peak)
            && Close(scaled.EnergyCostCnyByPeriod.DeepValley, k * bill.EnergyCostCnyByPeriod.DeepValley)
            && Close(scaled.SurchargeCostCny, k * bill.SurchargeCostCny)
            && Close(scaled.DemandChargeCny, k * bill.DemandChargeCny)
            && Close(scaled.ExportRevenueCny, k * bill.ExportRevenueCny)
            && Close(scaled.CapacityChargeCny, bill.CapacityChargeCny); // fixed, whatever the load
    }

    [Property(MaxTest = 200)]
    public bool Energy_surcharge_and_export_parts_add_up_over_two_loads_and_demand_does_not_exceed_the_sum(int[] rawA, int[] rawB)
    {
        var (importA, exportA) = Profile(rawA, 1);
        var (importB, exportB) = Profile(rawB, 2);
        var a = Series.Bill(importA, exportA);
        var b = Series.Bill(importB, exportB);
        var sum = Series.Bill(importA.Zip(importB, (x, y) => x + y).ToArray(), exportA.Zip(exportB, (x, y) => x + y).ToArray());
        for (int p = 0; p < TariffPeriodValues.Count; p++)
        {
            var period = (TariffPeriod)p;
            if (!Close(sum.EnergyCostCnyByPeriod[period], a.EnergyCostCnyByPeriod[period] + b.EnergyCostCnyByPeriod[period]))
                return false;
        }

        return Close(sum.SurchargeCostCny, a.SurchargeCostCny + b.SurchargeCostCny)
            && Close(sum.ExportRevenueCny, a.ExportRevenueCny + b.ExportRevenueCny)
            && sum.DemandChargeCny <= a.DemandChargeCny + b.DemandChargeCny + 1e-9
            && sum.DemandChargeCny >= Math.Max(a.DemandChargeCny, b.DemandChargeCny) - 1e-9;
    }

    [Property(MaxTest = 200)]
    public bool Exports_never_raise_the_bill(int[] raw, int[] extra)
    {
        // Export prices here are non-negative (the mechanism price); with negative spot prices exporting can cost.
        var (importKw, exportKw) = Profile(raw, 3);
        var (more, _) = Profile(extra, 4);
        var bill = Series.Bill(importKw, exportKw);
        var withMore = Series.Bill(importKw, exportKw.Zip(more, (x, y) => x + y).ToArray());
        return withMore.NetCostCny <= bill.NetCostCny + 1e-9 && withMore.ImportCostCny == bill.ImportCostCny;
    }

    [Property(MaxTest = 200)]
    public bool The_parts_of_a_bill_add_up_to_its_net(int[] raw)
    {
        var (importKw, exportKw) = Profile(raw, 5);
        var bill = Series.Bill(importKw, exportKw);
        double byHand = importKw.Select((x, i) => x * Series.ImportPriceCnyPerKwh[i]).Sum()
            - exportKw.Select((x, i) => x * Series.ExportPriceCnyPerKwh[i]).Sum()
            + bill.DemandChargeCny + bill.CapacityChargeCny;
        return Close(bill.NetCostCny, byHand) && Close(bill.ImportKwh, importKw.Sum());
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * (1.0 + Math.Abs(a) + Math.Abs(b));

    private static (double[] ImportKw, double[] ExportKw) Profile(int[]? raw, int salt)
    {
        var importKw = new double[Hours];
        var exportKw = new double[Hours];
        raw ??= [];
        if (raw.Length == 0)
            return (importKw, exportKw);
        for (int h = 0; h < Hours; h++)
        {
            uint u = unchecked((uint)(raw[(h + salt) % raw.Length] * 2654435761u + (uint)h * 40503u));
            importKw[h] = u % 2001u / 2.0;         // 0 to 1000 kW
            exportKw[h] = u / 2001u % 801u / 2.0;  // 0 to 400 kW
        }

        return (importKw, exportKw);
    }
}
