using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

/// <summary>Hand-built park years for the evaluation tests: small grids whose sums can be checked by hand.</summary>
internal static class EvaluationFixture
{
    public const double ImportPrice = 0.6;
    public const double ExportPrice = 0.4;

    /// <summary>A 1 MWp PV-only park with a 10-year life at 6 % real, CNY 10/kWp, 1 % O&amp;M, no staff, no degradation.</summary>
    public static ParkDesign PvOnlyDesign(int lifeYears = 10) => new()
    {
        Name = "PV only",
        Site = Site.Dakuishan,
        ProjectLifeYears = lifeYears,
        PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000, AnnualDegradationPerYear = 0 })],
        GridConnection = new GridConnection { ImportLimitKw = 10_000, ExportLimitKw = 10_000 },
        Tariff = new ElectricityTariff
        {
            Import = new FlatTariff { EnergyPriceCnyPerKwh = ImportPrice },
            Export = Core.Grid.ExportPrice.Flat(ExportPrice),
            UtcOffsetHours = 8,
        },
        Economics = new ParkEconomics { PvCapexCnyPerKw = 10, EnergyOmFractionPerYear = 0.01, DiscountRate = DiscountRate.Real(0.06) },
        People = new ParkPeople(EnergyOperationsWorkersPerMw: 0, OtherStaff: 0),
    };

    /// <summary>Two days, 500 kW of PV from 08 to 16 UTC each day, all exported: 8 MWh.</summary>
    public static ParkYear PvOnlyExportingEverything(ParkDesign? design = null)
    {
        design ??= PvOnlyDesign();
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), 48));
        for (int i = 0; i < 48; i++)
        {
            int hour = i % 24;
            double pv = hour is >= 8 and < 16 ? 500 : 0;
            ledger.PvAcKw[i] = pv;
            ledger.GridExportKw[i] = pv;
            ledger.ImportPriceCnyPerKwh[i] = ImportPrice;
            ledger.ExportPriceCnyPerKwh[i] = ExportPrice;
        }

        return YearOf(design, ledger);
    }

    public static ParkYear YearOf(ParkDesign design, ParkLedger ledger, double roseStems = 0, double irrigationM3 = 0)
    {
        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        var baselineImport = new double[ledger.Grid.Count];
        for (int i = 0; i < baselineImport.Length; i++)
            baselineImport[i] = ledger.LoadKw(i);
        var baseline = design.Tariff.Bill(ledger.Grid, baselineImport, new double[ledger.Grid.Count]);
        return new ParkYear(design, "hand-built", ledger, bill, baseline, null, roseStems, 0, irrigationM3, 0, null, 0, 0, 0, []);
    }
}
