namespace MineRose.Core.Grid;

/// <summary>A time-of-use period of an electricity tariff, from the dearest to the cheapest.</summary>
/// <remarks>Tariffs without periods (flat or spot prices) label every interval <see cref="Flat"/>. The numeric values
/// index <see cref="TariffPeriodValues"/>.</remarks>
public enum TariffPeriod
{
    /// <summary>Critical peak (尖峰): the highest price, a few hours on the peak days of summer and winter [140].</summary>
    CriticalPeak = 0,

    /// <summary>Peak (高峰).</summary>
    Peak = 1,

    /// <summary>Flat (平段): the reference price that the multipliers scale.</summary>
    Flat = 2,

    /// <summary>Valley (低谷).</summary>
    Valley = 3,

    /// <summary>Deep valley (深谷): Shandong's midday discount in spring and autumn, when PV floods the grid [141].</summary>
    DeepValley = 4,
}
