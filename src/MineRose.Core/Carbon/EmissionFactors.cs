namespace MineRose.Core.Carbon;

/// <summary>Published average CO₂ emission factors of electricity in China, by data year [t/MWh] [140], [145]–[147].</summary>
/// <remarks>
/// National factors are published by the Ministry of Ecology and Environment (MEE) and the National Bureau of
/// Statistics (NBS) [145]–[147]. Provincial and regional values come from a secondary source and are marked
/// unverified [140]. Use the factor of the grid the park exchanges with; print it with the result.
/// </remarks>
public static class EmissionFactors
{
    private const string Mee2021 = "[145] MEE & NBS, 2021 electricity CO2 factors";
    private const string Mee2022 = "[146] MEE & NBS, 2022 electricity CO2 factors";
    private const string Mee2023 = "[147] MEE & NBS, 2023 electricity CO2 factors";
    private const string Secondary = "[140] secondary source";

    /// <summary>National average, 2021 data: 0.5568 t/MWh [145].</summary>
    public static EmissionFactor National2021 { get; } = new("China national grid average", 0.5568, 2021, Mee2021, true);

    /// <summary>National average, 2022 data: 0.5366 t/MWh [146].</summary>
    public static EmissionFactor National2022 { get; } = new("China national grid average", 0.5366, 2022, Mee2022, true);

    /// <summary>National average, 2023 data: 0.5306 t/MWh [147] (not checked against the primary source).</summary>
    public static EmissionFactor National2023 { get; } = new("China national grid average", 0.5306, 2023, Mee2023, false);

    /// <summary>National average with market-traded non-fossil (green) power excluded, 2022 data: 0.5856 t/MWh [146].</summary>
    public static EmissionFactor NationalExcludingGreenPower2022 { get; } =
        new("China national average, traded green power excluded", 0.5856, 2022, Mee2022, true);

    /// <summary>National average with market-traded non-fossil (green) power excluded, 2023 data: 0.6096 t/MWh [147] (not checked against the primary source).</summary>
    public static EmissionFactor NationalExcludingGreenPower2023 { get; } =
        new("China national average, traded green power excluded", 0.6096, 2023, Mee2023, false);

    /// <summary>Shandong provincial average, 2021 data: 0.6838 t/MWh *(unverified, secondary source)* [140].</summary>
    public static EmissionFactor Shandong2021 { get; } = new("Shandong provincial grid average", 0.6838, 2021, Secondary, false);

    /// <summary>Shandong provincial average, 2022 data: 0.6410 t/MWh *(unverified, secondary source)* [140].</summary>
    public static EmissionFactor Shandong2022 { get; } = new("Shandong provincial grid average", 0.6410, 2022, Secondary, false);

    /// <summary>North China regional grid average, 2022 data: 0.6776 t/MWh *(unverified, secondary source)* [140].</summary>
    public static EmissionFactor NorthChinaGrid2022 { get; } = new("North China regional grid average", 0.6776, 2022, Secondary, false);

    /// <summary>North China regional grid average, 2023 data: 0.6361 t/MWh *(unverified, secondary source)* [140].</summary>
    public static EmissionFactor NorthChinaGrid2023 { get; } = new("North China regional grid average", 0.6361, 2023, Secondary, false);

    /// <summary>Factor said to apply to company emission reports for 2023–2025: 0.5703 t/MWh *(unverified)* [140].</summary>
    public static EmissionFactor CompanyReporting2023To2025 { get; } =
        new("China company reporting factor 2023–2025", 0.5703, null, Secondary, false);

    /// <summary>Every preset above.</summary>
    public static IReadOnlyList<EmissionFactor> All { get; } =
    [
        National2021, National2022, National2023, NationalExcludingGreenPower2022, NationalExcludingGreenPower2023,
        Shandong2021, Shandong2022, NorthChinaGrid2022, NorthChinaGrid2023, CompanyReporting2023To2025,
    ];
}
