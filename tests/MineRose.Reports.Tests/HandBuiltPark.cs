using MineRose.Core.Carbon;
using MineRose.Core.Crops;
using MineRose.Core.Economics;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Storage;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Reports.Tests;

/// <summary>A small park year filled by hand: an hourly grid from local midnight of 1 January 2025 (UTC+8), PV on a
/// half-sine day, a constant load, a battery that stores the surplus, the grid taking and giving the rest.</summary>
internal static class HandBuiltPark
{
    public static readonly DateTime StartUtc = new(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc);

    public static ParkDesign Design(string name = "Test park", bool battery = true, bool greenhouses = true) => new()
    {
        Name = name,
        Site = Site.Dakuishan,
        GridConnection = new GridConnection { ImportLimitKw = 10_000, ExportLimitKw = 10_000 },
        Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 }, UtcOffsetHours = 8 },
        Battery = battery ? new BatterySpec { EnergyCapacityKwh = 2000, RatedPowerKw = 500 } : null,
        Greenhouses = greenhouses ? new RoseHouses(GreenhouseSpec.Dakuishan(), RoseCropSpec.ModernSoilless, HouseType.GlassHouse) : null,
    };

    /// <summary>A ledger whose electric bus balances in every hour (checked in a test).</summary>
    public static ParkYear Year(int hours = 14 * 24, string name = "Test park", bool battery = true, bool greenhouses = true)
    {
        var design = Design(name, battery, greenhouses);
        var grid = TimeGrid.Hourly(StartUtc, hours);
        var l = new ParkLedger(grid);
        double socKwh = 1000;
        for (int i = 0; i < hours; i++)
        {
            double localHour = (i % 24) + 0.5;
            l.PvAcKw[i] = localHour is > 6 and < 18 ? 2000 * Math.Sin(Math.PI * (localHour - 6) / 12) : 0;
            l.OtherLoadKw[i] = 600;
            l.HeatPumpElectricityKw[i] = greenhouses ? 200 : 0;
            double surplus = l.PvAcKw[i] - l.LoadKw(i);
            if (battery && surplus > 0)
            {
                double charge = Math.Min(Math.Min(surplus, 500), 1900 - socKwh);
                l.BatteryChargeKw[i] = charge;
                socKwh += charge;
                surplus -= charge;
            }
            else if (battery && surplus < 0)
            {
                double discharge = Math.Min(Math.Min(-surplus, 500), socKwh - 100);
                l.BatteryDischargeKw[i] = discharge;
                socKwh -= discharge;
                surplus += discharge;
            }

            l.GridExportKw[i] = Math.Max(0, surplus);
            l.GridImportKw[i] = Math.Max(0, -surplus);
            l.BatteryStateOfCharge[i] = battery ? socKwh / 2000 : 0;
            l.GreenhouseTemperatureC[i] = greenhouses ? 18 + 4 * Math.Sin(2 * Math.PI * (localHour - 9) / 24) : 0;
            l.HeatingDemandKw[i] = greenhouses ? 800 - 30 * l.GreenhouseTemperatureC[i] : 0;
        }

        var bill = design.Tariff.Bill(grid, l.GridImportKw, l.GridExportKw);
        return new ParkYear(design, "hand-built test weather <none>", l, bill, bill, null, 0, 0, 0, 0, null, 0, 0, 0, ["a warning & more"]);
    }

    public static IReadOnlyList<KpiValue> Kpis(ParkYear year) =>
    [
        new("pv_ac_mwh", year.Ledger.EnergyKwh(year.Ledger.PvAcKw) / 1000, "PV energy (AC)"),
        new("grid_import_mwh", year.Ledger.EnergyKwh(year.Ledger.GridImportKw) / 1000, "Grid import"),
        new("irr", double.NaN, "Internal rate of return"),
        new("capex_cny", 12_345_678.9, "Capital cost"),
    ];

    public static IReadOnlyList<ReconciliationRow> Reconciliation { get; } =
    [
        new("CO₂ cut", "t/yr", 9400, 8000, "grid factor 0.641 t/MWh < 0.8 used by the press"),
        new("Rose stems", "stems/yr", 36e6, 30e6, "yield of a modern soilless crop"),
    ];

    public static CashFlowTable CashFlow() => CashFlowTable.Build(new FinanceSpec
    {
        ProjectYears = 5,
        DiscountRate = DiscountRate.Real(0.06),
        Components = [ComponentCost.LumpSum("PV", 1_000_000, 25)],
        Revenues = [new CashLine { Name = "Electricity", FirstYearCny = 300_000 }],
    });

    public static CarbonBalance Carbon() => CarbonAccount.Of(
        new CarbonFlows { PvUsedOnSiteMwh = 100, ExportMwh = 20, ImportMwh = 50, HeatPumpHeatMwh = 300, HeatPumpElectricityMwh = 80 },
        EmissionFactors.Shandong2022);
}
