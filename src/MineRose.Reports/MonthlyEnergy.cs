using MineRose.Core.Park;

namespace MineRose.Reports;

/// <summary>Energy of the park's main electric flows per local calendar month, in the order the months occur.</summary>
/// <remarks>Each interval counts toward the local month of its midpoint: E_m = Σ_{i ∈ m} P_i · Δt / 1000. Storage is the
/// battery and the shaft pumped hydro together; load is every electric load with storage excluded
/// (<see cref="ParkLedger.LoadKw"/>).</remarks>
/// <param name="Months">First day of each local month covered, in order.</param>
/// <param name="PvAcMwh">PV AC energy per month [MWh].</param>
/// <param name="LoadMwh">Electric load, storage excluded, per month [MWh].</param>
/// <param name="GridImportMwh">Grid import per month [MWh].</param>
/// <param name="GridExportMwh">Grid export per month [MWh].</param>
/// <param name="StorageChargeMwh">Battery charging plus shaft pumping per month [MWh].</param>
/// <param name="StorageDischargeMwh">Battery discharging plus shaft generation per month [MWh].</param>
public sealed record MonthlyEnergy(
    IReadOnlyList<DateOnly> Months,
    double[] PvAcMwh,
    double[] LoadMwh,
    double[] GridImportMwh,
    double[] GridExportMwh,
    double[] StorageChargeMwh,
    double[] StorageDischargeMwh)
{
    /// <summary>Sums the ledger's flows per local month.</summary>
    /// <param name="ledger">The park's ledger.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    public static MonthlyEnergy Of(ParkLedger ledger, double utcOffsetHours)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var grid = ledger.Grid;
        var first = LocalCalendar.MidpointLocal(grid, 0, utcOffsetHours);
        var last = LocalCalendar.MidpointLocal(grid, grid.Count - 1, utcOffsetHours);
        int count = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var months = new DateOnly[count];
        for (int m = 0; m < count; m++)
            months[m] = new DateOnly(first.Year, first.Month, 1).AddMonths(m);

        double[] pv = new double[count], load = new double[count], import = new double[count], export = new double[count];
        double[] charge = new double[count], discharge = new double[count];
        double toMwh = grid.StepHours / 1000.0;
        for (int i = 0; i < grid.Count; i++)
        {
            var t = LocalCalendar.MidpointLocal(grid, i, utcOffsetHours);
            int m = (t.Year - first.Year) * 12 + t.Month - first.Month;
            pv[m] += ledger.PvAcKw[i] * toMwh;
            load[m] += ledger.LoadKw(i) * toMwh;
            import[m] += ledger.GridImportKw[i] * toMwh;
            export[m] += ledger.GridExportKw[i] * toMwh;
            charge[m] += (ledger.BatteryChargeKw[i] + ledger.PumpedHydroPumpKw[i]) * toMwh;
            discharge[m] += (ledger.BatteryDischargeKw[i] + ledger.PumpedHydroGenerateKw[i]) * toMwh;
        }

        return new MonthlyEnergy(months, pv, load, import, export, charge, discharge);
    }
}
