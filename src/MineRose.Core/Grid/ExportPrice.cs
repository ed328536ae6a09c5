using System.Globalization;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>What exported electricity earns: one price for every kWh, or a price series (e.g. spot) on its own grid.</summary>
/// <remarks>
/// A series is read like <see cref="HourlyPriceTariff"/>: each simulation interval takes the price of the series
/// interval that contains it. Prices may be negative (exporting then costs money). The series is copied.
/// </remarks>
public sealed record ExportPrice
{
    private readonly double[]? _seriesCnyPerKwh;

    private ExportPrice(string name, double flatCnyPerKwh, TimeGrid? seriesGrid, double[]? seriesCnyPerKwh)
    {
        Name = name;
        FlatCnyPerKwh = flatCnyPerKwh;
        SeriesGrid = seriesGrid;
        _seriesCnyPerKwh = seriesCnyPerKwh;
    }

    /// <summary>No payment for exports.</summary>
    public static ExportPrice None { get; } = new("no export payment", 0.0, null, null);

    /// <summary>Shandong's 2025 mechanism price for new PV, CNY 0.225/kWh [140], [144].</summary>
    public static ExportPrice ShandongPvMechanism2025 { get; } =
        Flat(ShandongPrices.PvMechanismPrice2025CnyPerKwh, "Shandong PV mechanism price 2025");

    /// <summary>Shandong's coal benchmark price, CNY 0.3949/kWh, the mechanism price of plants before June 2025 [140], [144].</summary>
    public static ExportPrice ShandongCoalBenchmark { get; } =
        Flat(ShandongPrices.CoalBenchmarkCnyPerKwh, "Shandong coal benchmark price");

    /// <summary>What the price is, as a report shows it.</summary>
    public string Name { get; }

    /// <summary>The price of every exported kWh when the price is flat; NaN for a series [CNY/kWh].</summary>
    public double FlatCnyPerKwh { get; }

    /// <summary>Grid of the price series, or null for a flat price.</summary>
    public TimeGrid? SeriesGrid { get; }

    /// <summary>The price series on <see cref="SeriesGrid"/>, empty for a flat price [CNY/kWh].</summary>
    public ReadOnlySpan<double> SeriesCnyPerKwh => _seriesCnyPerKwh;

    /// <summary>One price for every exported kWh.</summary>
    /// <param name="cnyPerKwh">Price of an exported kWh [CNY/kWh]; finite.</param>
    /// <param name="name">What the price is; defaults to the figure.</param>
    /// <returns>The flat export price.</returns>
    public static ExportPrice Flat(double cnyPerKwh, string? name = null)
    {
        Guard.Finite(cnyPerKwh, "ExportPrice.FlatCnyPerKwh");
        return new(name ?? string.Create(CultureInfo.InvariantCulture, $"flat {cnyPerKwh} CNY/kWh"), cnyPerKwh, null, null);
    }

    /// <summary>A price series on its own grid, e.g. spot prices.</summary>
    /// <param name="seriesGrid">Grid of the series.</param>
    /// <param name="pricesCnyPerKwh">Price of an exported kWh in each interval of <paramref name="seriesGrid"/> [CNY/kWh]; finite, may be negative.</param>
    /// <param name="name">What the price is.</param>
    /// <returns>The export price series.</returns>
    public static ExportPrice Series(TimeGrid seriesGrid, ReadOnlySpan<double> pricesCnyPerKwh, string name = "export price series") =>
        new(name, double.NaN, seriesGrid, PriceSeriesSampler.Copy(seriesGrid, pricesCnyPerKwh, "ExportPrice.SeriesCnyPerKwh"));

    /// <summary>Fills the export price of each interval of a grid.</summary>
    /// <param name="grid">The time grid.</param>
    /// <param name="exportPriceCnyPerKwh">Filled with the price of each exported kWh [CNY/kWh]; length <see cref="TimeGrid.Count"/>.</param>
    public void FillPrices(TimeGrid grid, Span<double> exportPriceCnyPerKwh)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (exportPriceCnyPerKwh.Length != grid.Count)
            throw new InvalidInputException("exportPriceCnyPerKwh length", exportPriceCnyPerKwh.Length.ToString(CultureInfo.InvariantCulture), $"the grid's {grid.Count} intervals");
        if (SeriesGrid is null || _seriesCnyPerKwh is null)
            exportPriceCnyPerKwh.Fill(FlatCnyPerKwh);
        else
            PriceSeriesSampler.Fill(SeriesGrid, _seriesCnyPerKwh, grid, exportPriceCnyPerKwh, "ExportPrice series");
    }
}
