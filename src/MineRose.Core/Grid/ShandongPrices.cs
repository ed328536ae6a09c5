namespace MineRose.Core.Grid;

/// <summary>Published Shandong power prices used as defaults [140], [144].</summary>
public static class ShandongPrices
{
    /// <summary>Shandong coal-fired benchmark on-grid price, also the mechanism price of plants in operation before June 2025 [CNY/kWh] [140], [144].</summary>
    public const double CoalBenchmarkCnyPerKwh = 0.3949;

    /// <summary>Mechanism price cleared by Shandong's first auction for new PV, September 2025 [CNY/kWh] [140], [144].</summary>
    public const double PvMechanismPrice2025CnyPerKwh = 0.225;
}
