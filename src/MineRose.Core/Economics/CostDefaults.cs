namespace MineRose.Core.Economics;

/// <summary>Preset unit costs for the Dakuishan park and its replicas, each with its source [170]; replace them with quotes where known.</summary>
/// <remarks>
/// All figures are capital costs in CNY at the prices of their year (2024–2025), to be used as year-0 prices. They are
/// secondary figures gathered in the project's fact base [170]; none of them carries a lifetime, which the planner
/// states per <see cref="ComponentCost"/>. Items flagged <see cref="CostItem.IsUnverified"/> rest on an assumption
/// beyond [170] and must stay configurable.
/// </remarks>
public static class CostDefaults
{
    /// <summary>Euro-to-yuan rate used to convert the European pumped-hydro costs, 7.8 CNY/EUR [CNY/EUR] (assumption, about the 2024 average; unverified).</summary>
    public const double AssumedCnyPerEur = 7.8;

    /// <summary>Equity ("capital") IRR at which China sets pumped-hydro capacity prices, 6.5 % [1/yr] [169], [170].</summary>
    public const double PumpedHydroBenchmarkIrr = 0.065;

    /// <summary>Operating period of the Chinese pumped-hydro price benchmark, 40 years [yr] [169], [170].</summary>
    public const int PumpedHydroBenchmarkYears = 40;

    /// <summary>PV plant at Dakuishan, CNY 2,650/kWp (CNY 30 M for 11.3 MW) [CNY/kWp] [170].</summary>
    public static CostItem PvDakuishan { get; } = new(
        "PV plant, Dakuishan", 2_650.0, "kWp",
        "[170]: about CNY 30 M for 11.3 MW in total (news report, Sept 2025); CNY 3,450/kWp if the 30 M paid only for the 8.7 MW of phase II");

    /// <summary>Battery system, lowest 2025 bid, CNY 370/kWh [CNY/kWh] [170].</summary>
    public static CostItem BatteryLow { get; } = new("Battery system, 2025 bids, low", 370.0, "kWh", "[170]: China battery-system bids 2025, CNY 0.37–0.79/Wh");

    /// <summary>Battery system of 4 h duration, 2025 bids, CNY 430/kWh [CNY/kWh] [170].</summary>
    public static CostItem BatteryFourHour { get; } = new("Battery system, 4 h, 2025 bids", 430.0, "kWh", "[170]: ≈CNY 0.43/Wh for 4 h systems, 2025 bids");

    /// <summary>Battery system, highest 2025 bid, CNY 790/kWh [CNY/kWh] [170].</summary>
    public static CostItem BatteryHigh { get; } = new("Battery system, 2025 bids, high", 790.0, "kWh", "[170]: China battery-system bids 2025, CNY 0.37–0.79/Wh");

    /// <summary>Water-source heat-pump system including wells, CNY 5,650/kW of heat [CNY/kW_th] [170].</summary>
    public static CostItem WaterSourceHeatPump { get; } = new(
        "Water-source heat-pump system incl. wells", 5_650.0, "kW_th", "[170]: one large project; a single data point");

    /// <summary>Plastic-film greenhouse, CNY 180/m² [CNY/m²] [170].</summary>
    public static CostItem PlasticGreenhouse { get; } = new("Greenhouse, plastic film", 180.0, "m²", "[170]: China greenhouse costs, plastic ≈CNY 180/m²");

    /// <summary>Glass greenhouse, CNY 1,000/m² [CNY/m²] [170].</summary>
    public static CostItem GlassGreenhouse { get; } = new("Greenhouse, glass", 1_000.0, "m²", "[170]: China greenhouse costs, glass ≈CNY 1,000/m²");

    /// <summary>Pumped hydro, low end of European costs, €470/kW at 7.8 CNY/EUR = CNY 3,666/kW [CNY/kW] [170] (conversion unverified).</summary>
    public static CostItem PumpedHydroEuropeLow { get; } = new(
        "Pumped hydro, Europe, low", 470.0 * AssumedCnyPerEur, "kW", "[170]: €470/kW in Europe, converted at an assumed 7.8 CNY/EUR", IsUnverified: true);

    /// <summary>Pumped hydro, high end of European costs, €2,170/kW at 7.8 CNY/EUR = CNY 16,926/kW [CNY/kW] [170] (conversion unverified).</summary>
    public static CostItem PumpedHydroEuropeHigh { get; } = new(
        "Pumped hydro, Europe, high", 2_170.0 * AssumedCnyPerEur, "kW", "[170]: €2,170/kW in Europe, converted at an assumed 7.8 CNY/EUR", IsUnverified: true);

    /// <summary>Every preset, for printing with its source.</summary>
    public static IReadOnlyList<CostItem> All { get; } =
    [
        PvDakuishan, BatteryLow, BatteryFourHour, BatteryHigh, WaterSourceHeatPump, PlasticGreenhouse, GlassGreenhouse,
        PumpedHydroEuropeLow, PumpedHydroEuropeHigh,
    ];
}
