using BenchmarkDotNet.Attributes;
using MineRose.Core.Carbon;
using MineRose.Core.Crops;
using MineRose.Core.Economics;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Storage;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.Reports;

namespace MineRose.Benchmarks;

/// <summary>The HTML report of an hourly park year with battery, shaft storage and greenhouses: the whole page (six PNG
/// charts) and its most expensive chart alone.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ParkYear _year = null!;
    private CashFlowTable _cashFlow = null!;
    private CarbonBalance _carbon = null!;
    private KpiValue[] _kpis = null!;
    private ReconciliationRow[] _reconciliation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var design = new ParkDesign
        {
            Name = "Dakuishan-like park",
            Site = Site.Dakuishan,
            GridConnection = new GridConnection { ImportLimitKw = 20_000, ExportLimitKw = 20_000 },
            Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 }, UtcOffsetHours = 8 },
            Battery = new BatterySpec { EnergyCapacityKwh = 20_000, RatedPowerKw = 5_000 },
            PumpedHydro = PumpedHydroPresets.DakuishanPhase2,
            Greenhouses = new RoseHouses(GreenhouseSpec.Dakuishan(113_000), RoseCropSpec.ModernSoilless, HouseType.GlassHouse),
        };
        var grid = TimeGrid.Hourly(new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), 8760);
        var l = new ParkLedger(grid);
        for (int i = 0; i < grid.Count; i++)
        {
            double hour = i % 24 + 0.5, day = i / 24;
            double season = Math.Cos(2 * Math.PI * (day - 15) / 365);
            l.PvAcKw[i] = hour is > 6 and < 18 ? 9000 * Math.Sin(Math.PI * (hour - 6) / 12) : 0;
            l.OtherLoadKw[i] = 1500;
            l.HeatPumpElectricityKw[i] = 1000 + 800 * season;
            l.BatteryChargeKw[i] = hour is > 9 and < 14 ? 3000 : 0;
            l.BatteryDischargeKw[i] = hour is > 18 and < 23 ? 2500 : 0;
            l.BatteryStateOfCharge[i] = 0.5 + 0.4 * Math.Sin(2 * Math.PI * hour / 24);
            l.UpperReservoirVolumeM3[i] = 50_000 + 30_000 * Math.Sin(2 * Math.PI * hour / 24);
            double net = l.PvAcKw[i] + l.BatteryDischargeKw[i] - l.LoadKw(i) - l.BatteryChargeKw[i];
            l.GridExportKw[i] = Math.Max(0, net);
            l.GridImportKw[i] = Math.Max(0, -net);
            l.GreenhouseTemperatureC[i] = 20 + 3 * Math.Sin(2 * Math.PI * (hour - 9) / 24) - 2 * season;
            l.HeatingDemandKw[i] = Math.Max(0, 4000 * season);
            l.CoolingDemandKw[i] = Math.Max(0, -3000 * season);
        }

        var bill = design.Tariff.Bill(grid, l.GridImportKw, l.GridExportKw);
        _year = new ParkYear(design, "synthetic benchmark ledger", l, bill, bill, null, 0, 0, 0, 0, null, 0, 0, 0, []);
        _kpis = [new("pv_ac_mwh", l.EnergyKwh(l.PvAcKw) / 1000, "PV energy (AC)"), new("irr", 0.08, "IRR")];
        _reconciliation = [new("CO₂ cut", "t/yr", 9400, 8000, "grid factor")];
        _cashFlow = CashFlowTable.Build(new FinanceSpec
        {
            ProjectYears = 25,
            DiscountRate = DiscountRate.Real(0.06),
            Components = [ComponentCost.LumpSum("Park", 300_000_000, 25)],
            Revenues = [new CashLine { Name = "Sales", FirstYearCny = 40_000_000 }],
        });
        _carbon = CarbonAccount.Of(new CarbonFlows { PvUsedOnSiteMwh = 8000, ExportMwh = 3000, ImportMwh = 5000 }, EmissionFactors.Shandong2022);
    }

    [Benchmark]
    public int WholeReport()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ParkReport.Write(writer, _year, _kpis, _reconciliation, _cashFlow, _carbon);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int StorageLevelChart() => ChartRenderer.StorageLevel(_year.Ledger, 8, true, true).Length;
}
