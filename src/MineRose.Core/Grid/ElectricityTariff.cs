using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>Everything a park pays and earns at its grid connection: an import energy tariff with surcharges, an export price, and optional demand and capacity charges, in one local time zone.</summary>
/// <remarks>
/// Evaluate it on a grid once with <see cref="On"/>; the resulting <see cref="TariffSeries"/> holds the price arrays a
/// simulator reads and computes bills without allocating per interval.
/// </remarks>
public sealed record ElectricityTariff
{
    /// <summary>What the tariff is, as a report shows it.</summary>
    public string Name { get; init; } = "";

    /// <summary>Price of imported electricity.</summary>
    public required EnergyTariff Import { get; init; }

    /// <summary>Price of exported electricity; default no payment.</summary>
    public ExportPrice Export { get; init; } = ExportPrice.None;

    /// <summary>Demand charge on each month's peak import, or null.</summary>
    public DemandCharge? Demand { get; init; }

    /// <summary>Capacity charge on the contracted kVA, or null.</summary>
    public CapacityCharge? Capacity { get; init; }

    /// <summary>Offset from UTC of the local standard time in which the tariff's hours and months are stated [h], in [−12, 14]; +8 in China.</summary>
    public required double UtcOffsetHours { get; init; }

    /// <summary>Checks every part and returns this tariff; throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    /// <returns>This instance, unchanged.</returns>
    public ElectricityTariff Validated()
    {
        ArgumentNullException.ThrowIfNull(Import, nameof(Import));
        ArgumentNullException.ThrowIfNull(Export, nameof(Export));
        Import.Validated();
        Demand?.Validated();
        Capacity?.Validated();
        Guard.InRange(UtcOffsetHours, -12.0, 14.0, "ElectricityTariff.UtcOffsetHours");
        return this;
    }

    /// <summary>The tariff evaluated on a time grid: price arrays, period labels and month slots, computed once.</summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The tariff on the grid.</returns>
    public TariffSeries On(TimeGrid grid) => new(Validated(), grid);

    /// <summary>Fills the price of each imported kWh on a grid, energy plus surcharges.</summary>
    /// <param name="grid">The simulation grid.</param>
    /// <param name="importPriceCnyPerKwh">Filled with the import price of each interval [CNY/kWh]; length <see cref="TimeGrid.Count"/>.</param>
    public void FillImportPrices(TimeGrid grid, Span<double> importPriceCnyPerKwh) =>
        Validated().Import.FillImportPrices(grid, UtcOffsetHours, importPriceCnyPerKwh);

    /// <summary>Fills the price of each exported kWh on a grid.</summary>
    /// <param name="grid">The simulation grid.</param>
    /// <param name="exportPriceCnyPerKwh">Filled with the export price of each interval [CNY/kWh]; length <see cref="TimeGrid.Count"/>.</param>
    public void FillExportPrices(TimeGrid grid, Span<double> exportPriceCnyPerKwh) =>
        Validated().Export.FillPrices(grid, exportPriceCnyPerKwh);

    /// <summary>The bill for import and export power series on a grid (shorthand for <see cref="On"/> then <see cref="TariffSeries.Bill"/>).</summary>
    /// <param name="grid">The simulation grid.</param>
    /// <param name="importKw">Average import of each interval [kW]; ≥ 0.</param>
    /// <param name="exportKw">Average export of each interval [kW]; ≥ 0.</param>
    /// <returns>The bill, each part separately.</returns>
    public ElectricityBill Bill(TimeGrid grid, ReadOnlySpan<double> importKw, ReadOnlySpan<double> exportKw) =>
        On(grid).Bill(importKw, exportKw);
}
