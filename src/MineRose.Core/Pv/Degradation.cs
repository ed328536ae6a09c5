using System.Runtime.CompilerServices;

namespace MineRose.Core.Pv;

/// <summary>Slow loss of module power over the years of operation [55], [56].</summary>
/// <remarks>
/// Jordan and Kurtz [55] reviewed about 2,000 field measurements: the median rate is 0.5 %/year and the mean
/// 0.8 %/year; a later compendium of ≈11,000 rates [56] finds medians of ≈0.5–0.6 %/year. The default 0.005/year
/// is that median. The one-off light-induced degradation of the first months is not part of this rate: it is a
/// PVWatts loss category (<see cref="PvWattsLosses.LightInducedDegradationPercent"/>).
/// The model is linear, as the reviewed rates are slopes of linear regressions; SAM's PVWatts compounds the rate
/// ((1 − r)^n), which gives 0.7 % more capacity after 25 years at 0.5 %/year (0.882 against 0.875).
/// </remarks>
public static class Degradation
{
    /// <summary>Median field degradation rate of PV modules, 0.5 %/year [1/year] [55].</summary>
    public const double MedianRatePerYear = 0.005;

    /// <summary>Highest accepted degradation rate [1/year]; ten times the median, above nearly all reviewed field rates [55].</summary>
    public const double MaxRatePerYear = 0.05;

    /// <summary>Fraction of the initial (post-LID) capacity left in a year of operation [—].</summary>
    /// <param name="yearIndex">Year of operation counted from 0 (the first year), ≥ 0 [year].</param>
    /// <param name="annualRatePerYear">Linear degradation rate r in [0, 0.05] [1/year].</param>
    /// <returns>max(0, 1 − r·n) with n = <paramref name="yearIndex"/>: 1 in the first year [—].</returns>
    /// <exception cref="InvalidInputException">When the year is negative or the rate out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CapacityFactor(int yearIndex, double annualRatePerYear = MedianRatePerYear)
    {
        if (yearIndex < 0) throw new InvalidInputException("year_index", yearIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer >= 0");
        if (!(annualRatePerYear >= 0 && annualRatePerYear <= MaxRatePerYear))
            _ = Guard.InRange(annualRatePerYear, 0, MaxRatePerYear, "annual_degradation_per_year");
        return Math.Max(0.0, 1.0 - annualRatePerYear * yearIndex);
    }
}
