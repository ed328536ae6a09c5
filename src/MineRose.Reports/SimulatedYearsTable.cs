using System.Globalization;
using MineRose.Core.Park;

namespace MineRose.Reports;

/// <summary>The operating years of a multi-year run side by side (PV degradation, battery fade, mine-water drawdown, energy
/// cost), for the report and the terminal: the KPIs elsewhere are operating year 1.</summary>
public static class SimulatedYearsTable
{
    /// <summary>One row per simulated operating year.</summary>
    /// <param name="years">The simulated years, operating year 1 first.</param>
    public static ReportTable Of(IReadOnlyList<ParkYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var rows = new List<IReadOnlyList<string>>(years.Count);
        foreach (var y in years)
        {
            var l = y.Ledger;
            rows.Add(
            [
                y.OperatingYear.ToString(CultureInfo.InvariantCulture),
                NumberText.Sensible(l.EnergyKwh(l.PvAcKw) / 1000),
                NumberText.Sensible(l.EnergyKwh(l.GridImportKw) / 1000),
                NumberText.Sensible(l.EnergyKwh(l.GridExportKw) / 1000),
                NumberText.Sensible(y.BatteryCapacityKwh),
                double.IsNaN(y.MineWaterTemperatureC) ? "n/a" : y.MineWaterTemperatureC.ToString("F2", CultureInfo.InvariantCulture),
                NumberText.Sensible(y.Bill.NetCostCny),
            ]);
        }
        return new ReportTable(
            "Simulated years",
            ["year", "PV [MWh]", "import [MWh]", "export [MWh]", "battery capacity [kWh]", "mine water at year end [°C]", "net energy cost [CNY]"],
            rows,
            ["KPIs above are operating year 1; the cash flow (NPV, IRR, payback) and the PV LCOE use every simulated year."]);
    }
}
