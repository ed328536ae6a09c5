using BenchmarkDotNet.Attributes;
using MineRose.Core.Economics;

namespace MineRose.Benchmarks;

/// <summary>Project finance of a Dakuishan-like park over 25 years: building the cash-flow table and reading its metrics.</summary>
[MemoryDiagnoser]
public class FinanceBenchmarks
{
    private FinanceSpec _spec = null!;
    private double[] _park = null!;
    private double[] _conventional = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spec = new FinanceSpec
        {
            ProjectYears = 25,
            DiscountRate = DiscountRate.Real(0.06),
            Escalation = new Escalation { ElectricityPerYear = 0.01, RosePricePerYear = 0.01, LabourPerYear = 0.03, OpexPerYear = 0.02 },
            Components =
            [
                ComponentCost.Of("PV", CostDefaults.PvDakuishan, 11_300, 25) with { FixedOmFractionOfCapexPerYear = 0.01 },
                ComponentCost.LumpSum("PV inverters", 3_000_000, 15),
                ComponentCost.Of("Heat pumps", CostDefaults.WaterSourceHeatPump, 12_000, 20) with { FixedOmFractionOfCapexPerYear = 0.015 },
                ComponentCost.Of("Battery", CostDefaults.BatteryFourHour, 20_000, 12) with { CostDeclinePerYear = 0.03 },
                ComponentCost.Of("Pumped hydro", CostDefaults.PumpedHydroEuropeLow, 12_000, 40),
                ComponentCost.Of("Glass greenhouses", CostDefaults.GlassGreenhouse, 113_000, 25) with { FixedOmFractionOfCapexPerYear = 0.02 },
                ComponentCost.Of("Plastic houses", CostDefaults.PlasticGreenhouse, 133_000, 8) with { InstallationYear = 2 },
                ComponentCost.LumpSum("Land restoration", 12_000_000, 50),
            ],
            Revenues =
            [
                new CashLine { Name = "Roses, fresh-cut", FirstYearCny = 29_520_000, Index = PriceIndex.RosePrice },
                new CashLine { Name = "Electricity sales", FirstYearCny = 3_000_000, Index = PriceIndex.Electricity, QuantityChangePerYear = -0.005 },
                new CashLine { Name = "Electricity savings", FirstYearCny = 2_000_000, Index = PriceIndex.Electricity, QuantityChangePerYear = -0.005 },
                new CashLine { Name = "Carbon", FirstYearCny = 500_000, Index = PriceIndex.CarbonPrice, EndYear = 10 },
                new CashLine { Name = "Agritourism", FirstYearCny = 4_000_000, Index = PriceIndex.General },
            ],
            OperatingCosts =
            [
                new CashLine { Name = "Labour", FirstYearCny = 12_000_000, Index = PriceIndex.Labour },
                new CashLine { Name = "Grid purchases", FirstYearCny = 2_500_000, Index = PriceIndex.Electricity },
                new CashLine { Name = "Materials", FirstYearCny = 3_000_000, Index = PriceIndex.Opex },
            ],
        };
        // The park's net flows change sign several times (replacement years), so its IRR takes the grid-scan path.
        _park = CashFlowTable.Build(_spec).NetCny.ToArray();
        // One sign change: the bracketed Brent path.
        _conventional = [.. _park];
        for (int t = 1; t < _conventional.Length; t++)
            _conventional[t] = Math.Abs(_conventional[t]);
    }

    [Benchmark]
    public CashFlowTable BuildTable() => CashFlowTable.Build(_spec);

    [Benchmark]
    public double Npv() => FinancialMetrics.Npv(0.06, _park);

    [Benchmark]
    public double? IrrConventional() => FinancialMetrics.Irr(_conventional);

    [Benchmark]
    public double? IrrSeveralSignChanges() => FinancialMetrics.Irr(_park);

    [Benchmark]
    public double? DiscountedPayback() => FinancialMetrics.DiscountedPaybackYears(0.06, _park);
}
