namespace MineRose.Core.Grid;

/// <summary>Shandong's five-tier time-of-use tariff for industry and commerce, 2025, as data *(unverified)* [140]–[143].</summary>
/// <remarks>
/// <para>Windows (local China Standard Time, UTC+8) from one unofficial 2025 schedule [140], [142]: critical peak
/// 16–19 h (×2.0 on the flat energy price), peak 7–9 h and 16–21 h (×1.7), valley 2–6 h and 10–15 h (×0.3), deep
/// valley 11–14 h (×0.1), flat otherwise; where windows overlap, the narrower one applies.</para>
/// <para>Months are MineRose's choice, since the source says only that the hours "change by month": the deep valley
/// applies in spring and autumn, March–May and September–November [141]; the critical peak only in the summer and
/// winter peak-load months, January, July, August and December (an assumption; in the other months 16–19 h falls
/// back to peak); peak and valley windows apply all year. Replace the windows when the official monthly table is
/// at hand. Note: ×2.0 is 17.6 % above the ×1.7 peak, slightly short of the national guideline of at least 20 %
/// [143] — one more reason to treat the multipliers as unverified.</para>
/// </remarks>
public static class ShandongTimeOfUse
{
    /// <summary>Offset of China Standard Time from UTC, in which the schedule is stated [h].</summary>
    public const double UtcOffsetHours = 8.0;

    /// <summary>Months in which the critical peak applies: January, July, August, December (assumption).</summary>
    public static IReadOnlyList<int> CriticalPeakMonths2025 { get; } = [1, 7, 8, 12];

    /// <summary>Months in which the midday deep valley applies: spring (March–May) and autumn (September–November) [141].</summary>
    public static IReadOnlyList<int> DeepValleyMonths2025 { get; } = [3, 4, 5, 9, 10, 11];

    /// <summary>The 2025 windows as data; hours not covered are flat [140], [142].</summary>
    public static IReadOnlyList<TariffPeriodWindow> Windows2025 { get; } =
    [
        new(TariffPeriod.CriticalPeak, 16, 19, CriticalPeakMonths2025),
        new(TariffPeriod.Peak, 7, 9, TariffPeriodWindow.AllMonths),
        new(TariffPeriod.Peak, 16, 21, TariffPeriodWindow.AllMonths),
        new(TariffPeriod.Valley, 2, 6, TariffPeriodWindow.AllMonths),
        new(TariffPeriod.Valley, 10, 15, TariffPeriodWindow.AllMonths),
        new(TariffPeriod.DeepValley, 11, 14, DeepValleyMonths2025),
    ];

    /// <summary>The 2025 schedule: <see cref="Windows2025"/>, flat otherwise *(unverified)*.</summary>
    public static TimeOfUseSchedule Schedule2025 { get; } = new(Windows2025, TariffPeriod.Flat);

    /// <summary>Multipliers on the flat energy price: critical peak 2.0, peak 1.7, flat 1.0, valley 0.3, deep valley 0.1 [–] *(unverified)* [140], [142].</summary>
    public static TariffPeriodValues Multipliers2025 { get; } = new(2.0, 1.7, 1.0, 0.3, 0.1);

    /// <summary>The 2025 Shandong time-of-use energy tariff at a given flat energy price.</summary>
    /// <param name="flatEnergyPriceCnyPerKwh">Energy price in the flat period, the base of the multipliers [CNY/kWh].</param>
    /// <param name="surcharges">Per-kWh charges the multipliers do not scale (transmission and distribution, government funds) [CNY/kWh].</param>
    /// <returns>The tariff, validated.</returns>
    public static TimeOfUseTariff Tariff2025(double flatEnergyPriceCnyPerKwh, IEnumerable<Surcharge> surcharges)
    {
        ArgumentNullException.ThrowIfNull(surcharges);
        return new TimeOfUseTariff
        {
            Schedule = Schedule2025,
            FlatEnergyPriceCnyPerKwh = flatEnergyPriceCnyPerKwh,
            Multipliers = Multipliers2025,
            Surcharges = [.. surcharges],
        }.Validated();
    }
}
