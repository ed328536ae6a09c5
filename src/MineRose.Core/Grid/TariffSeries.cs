using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>An <see cref="ElectricityTariff"/> evaluated on a time grid: the import and export price arrays a simulator reads, the period of each interval, and a bill calculation.</summary>
/// <remarks>
/// <para>Built once per grid (arrays sized once); <see cref="Bill"/> then runs one pass over the series without
/// allocating per interval. With import P_imp,i and export P_exp,i [kW] over intervals of Δt [h]:</para>
/// <para>E_imp,p = Σ_{i∈p} P_imp,i·Δt; C_energy,p = Σ_{i∈p} P_imp,i·Δt·p_energy,i; C_s,k = s_k·Σ_i P_imp,i·Δt;
/// R_exp = Σ_i P_exp,i·Δt·p_exp,i; C_dem,m = c_dem·max_{i∈m} P_imp,i·f_m; C_cap,m = c_cap·S·f_m [140], [151].</para>
/// <para>Import and export in the same interval are billed separately (no netting inside an interval).</para>
/// </remarks>
public sealed class TariffSeries
{
    private readonly TariffPeriod[] _periods;
    private readonly double[] _energyPriceCnyPerKwh;
    private readonly double[] _importPriceCnyPerKwh;
    private readonly double[] _exportPriceCnyPerKwh;
    private readonly int[] _monthSlot;
    private readonly (int Year, int Month, double Fraction)[] _months;
    private readonly double _surchargeCnyPerKwh;

    internal TariffSeries(ElectricityTariff tariff, TimeGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        Tariff = tariff;
        Grid = grid;
        int n = grid.Count;
        _periods = new TariffPeriod[n];
        _energyPriceCnyPerKwh = new double[n];
        _importPriceCnyPerKwh = new double[n];
        _exportPriceCnyPerKwh = new double[n];
        tariff.Import.FillPeriods(grid, tariff.UtcOffsetHours, _periods);
        tariff.Import.FillEnergyPrices(grid, tariff.UtcOffsetHours, _energyPriceCnyPerKwh);
        _surchargeCnyPerKwh = tariff.Import.SurchargeCnyPerKwh;
        for (int i = 0; i < n; i++)
            _importPriceCnyPerKwh[i] = _energyPriceCnyPerKwh[i] + _surchargeCnyPerKwh;
        tariff.Export.FillPrices(grid, _exportPriceCnyPerKwh);

        if (tariff.Demand is null && tariff.Capacity is null)
        {
            _monthSlot = [];
            _months = [];
        }
        else
        {
            (_monthSlot, _months) = MonthSlots(grid, tariff.UtcOffsetHours);
        }
    }

    /// <summary>The tariff.</summary>
    public ElectricityTariff Tariff { get; }

    /// <summary>The time grid.</summary>
    public TimeGrid Grid { get; }

    /// <summary>Time-of-use period of each interval (<see cref="TariffPeriod.Flat"/> for tariffs without periods).</summary>
    public ReadOnlySpan<TariffPeriod> Periods => _periods;

    /// <summary>Energy price of each interval, surcharges excluded [CNY/kWh].</summary>
    public ReadOnlySpan<double> EnergyPriceCnyPerKwh => _energyPriceCnyPerKwh;

    /// <summary>Price of each imported kWh, energy plus surcharges [CNY/kWh].</summary>
    public ReadOnlySpan<double> ImportPriceCnyPerKwh => _importPriceCnyPerKwh;

    /// <summary>Price of each exported kWh [CNY/kWh].</summary>
    public ReadOnlySpan<double> ExportPriceCnyPerKwh => _exportPriceCnyPerKwh;

    /// <summary>Sum of the per-kWh surcharges [CNY/kWh].</summary>
    public double SurchargeCnyPerKwh => _surchargeCnyPerKwh;

    /// <summary>The bill for import and export power series on the grid, each part separately.</summary>
    /// <param name="importKw">Average import of each interval [kW]; finite, ≥ 0; length <see cref="TimeGrid.Count"/>.</param>
    /// <param name="exportKw">Average export of each interval [kW]; finite, ≥ 0; length <see cref="TimeGrid.Count"/>.</param>
    /// <returns>The bill.</returns>
    public ElectricityBill Bill(ReadOnlySpan<double> importKw, ReadOnlySpan<double> exportKw)
    {
        RequireLength(importKw.Length, "importKw");
        RequireLength(exportKw.Length, "exportKw");

        Span<double> importKwh = stackalloc double[TariffPeriodValues.Count];
        Span<double> energyCostCny = stackalloc double[TariffPeriodValues.Count];
        importKwh.Clear();
        energyCostCny.Clear();
        var peakKw = new double[_months.Length];
        bool monthly = _months.Length > 0;
        double hours = Grid.StepHours;
        double exportKwh = 0.0;
        double exportRevenueCny = 0.0;
        for (int i = 0; i < importKw.Length; i++)
        {
            double imp = importKw[i];
            double exp = exportKw[i];
            if (!(imp >= 0.0 && imp < double.PositiveInfinity))
                ThrowBadPower("importKw", i, imp);
            if (!(exp >= 0.0 && exp < double.PositiveInfinity))
                ThrowBadPower("exportKw", i, exp);

            int p = (int)_periods[i];
            double importedKwh = imp * hours;
            importKwh[p] += importedKwh;
            energyCostCny[p] += importedKwh * _energyPriceCnyPerKwh[i];
            double exportedKwh = exp * hours;
            exportKwh += exportedKwh;
            exportRevenueCny += exportedKwh * _exportPriceCnyPerKwh[i];
            if (monthly)
            {
                ref double peak = ref peakKw[_monthSlot[i]];
                if (imp > peak)
                    peak = imp;
            }
        }

        var imports = TariffPeriodValues.From(importKwh);
        double totalImportKwh = imports.Total;
        var surcharges = new SurchargeCost[Tariff.Import.Surcharges.Count];
        for (int k = 0; k < surcharges.Length; k++)
        {
            var s = Tariff.Import.Surcharges[k];
            surcharges[k] = new SurchargeCost(s.Name, s.CnyPerKwh, s.CnyPerKwh * totalImportKwh);
        }

        var months = new MonthlyGridCharge[_months.Length];
        double demandCnyPerKw = Tariff.Demand?.CnyPerKwMonth ?? 0.0;
        double capacityCnyPerMonth = Tariff.Capacity?.CnyPerMonth ?? 0.0;
        for (int m = 0; m < months.Length; m++)
        {
            var (year, month, fraction) = _months[m];
            months[m] = new MonthlyGridCharge(year, month, fraction, peakKw[m], demandCnyPerKw * peakKw[m] * fraction, capacityCnyPerMonth * fraction);
        }

        return new ElectricityBill
        {
            ImportKwhByPeriod = imports,
            EnergyCostCnyByPeriod = TariffPeriodValues.From(energyCostCny),
            Surcharges = surcharges,
            Months = months,
            ExportKwh = exportKwh,
            ExportRevenueCny = exportRevenueCny,
        };
    }

    private static (int[] Slots, (int Year, int Month, double Fraction)[] Months) MonthSlots(TimeGrid grid, double utcOffsetHours)
    {
        var offset = LocalClock.Offset(utcOffsetHours);
        LocalClock.RequireWithinClockHours(grid, offset, "monthly demand or capacity charges");
        var slots = new int[grid.Count];
        var months = new List<(int Year, int Month, double Hours)>();
        var cursor = new LocalHourCursor((grid.StartUtc + offset).Ticks, grid.Step.Ticks);
        double stepHours = grid.StepHours;
        for (int i = 0; i < slots.Length; i++)
        {
            cursor.NextMonthHourIndex();
            if (months.Count == 0 || months[^1].Year != cursor.Year || months[^1].Month != cursor.Month)
                months.Add((cursor.Year, cursor.Month, 0.0));
            var last = months[^1];
            months[^1] = (last.Year, last.Month, last.Hours + stepHours);
            slots[i] = months.Count - 1;
        }

        var result = new (int Year, int Month, double Fraction)[months.Count];
        for (int m = 0; m < result.Length; m++)
        {
            var (year, month, hours) = months[m];
            result[m] = (year, month, hours / (DateTime.DaysInMonth(year, month) * 24.0));
        }

        return (slots, result);
    }

    private void RequireLength(int length, string field)
    {
        if (length != Grid.Count)
            throw new InvalidInputException($"{field} length", length.ToString(CultureInfo.InvariantCulture), $"the grid's {Grid.Count} intervals");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadPower(string field, int index, double value) =>
        throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]"), Guard.Format(value), "a finite power >= 0");
}
