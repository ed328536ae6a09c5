namespace MineRose.Core.Economics;

/// <summary>One row of the cash-flow table: the year's named lines, their totals, and the net, cumulative and discounted flows.</summary>
/// <remarks>Every year lists the same line names in the same order (zeros where a line is idle), so a report can print
/// the table as columns. Net = revenue − operating cost − capital cost + residual value.</remarks>
public sealed record CashFlowYear
{
    /// <summary>Year t [yr]: 0 is the investment, 1..N the operating years.</summary>
    public required int Year { get; init; }

    /// <summary>Revenue lines in the order of <see cref="FinanceSpec.Revenues"/> [CNY].</summary>
    public required IReadOnlyList<LineItem> Revenues { get; init; }

    /// <summary>Operating-cost lines in the order of <see cref="FinanceSpec.OperatingCosts"/>, then "O&amp;M: component" per component [CNY].</summary>
    public required IReadOnlyList<LineItem> OperatingCosts { get; init; }

    /// <summary>Capital spending per component: its purchase or replacement in this year, else 0 [CNY].</summary>
    public required IReadOnlyList<LineItem> CapitalCosts { get; init; }

    /// <summary>Residual value per component, non-zero only in the last year [CNY].</summary>
    public required IReadOnlyList<LineItem> ResidualValues { get; init; }

    /// <summary>Sum of <see cref="Revenues"/> [CNY].</summary>
    public required double RevenueCny { get; init; }

    /// <summary>Sum of <see cref="OperatingCosts"/> [CNY].</summary>
    public required double OperatingCostCny { get; init; }

    /// <summary>Sum of <see cref="CapitalCosts"/>: capex in year 0, replacements and late installations after [CNY].</summary>
    public required double CapitalCostCny { get; init; }

    /// <summary>Sum of <see cref="ResidualValues"/> [CNY].</summary>
    public required double ResidualValueCny { get; init; }

    /// <summary>Straight-line depreciation of the components in service this year (0 in year 0) [CNY].</summary>
    public required double DepreciationCny { get; init; }

    /// <summary>Net flow F_t = revenue − operating cost − capital cost + residual value [CNY].</summary>
    public required double NetCny { get; init; }

    /// <summary>Σ F over years 0..t [CNY].</summary>
    public required double CumulativeNetCny { get; init; }

    /// <summary>Discount factor 1/(1 + r)^t [–].</summary>
    public required double DiscountFactor { get; init; }

    /// <summary>F_t/(1 + r)^t [CNY].</summary>
    public required double DiscountedNetCny { get; init; }

    /// <summary>Σ F/(1 + r)^τ over years 0..t; in the last year this is the NPV [CNY].</summary>
    public required double CumulativeDiscountedNetCny { get; init; }

    /// <summary>Revenue − operating cost, the year's operating profit (EBITDA) [CNY].</summary>
    public double OperatingProfitCny => RevenueCny - OperatingCostCny;
}
