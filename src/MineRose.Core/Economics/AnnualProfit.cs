namespace MineRose.Core.Economics;

/// <summary>Profit of one operating year in three variants: operating (the planner's "profit per year"), after depreciation, after capital recovery.</summary>
/// <remarks>
/// <para>The published "profit per year" of a park is read here as <see cref="OperatingProfitCny"/>: revenue − operating
/// costs (opex, labour, grid purchases, component O&amp;M) in a typical year, i.e. EBITDA before interest and tax.
/// It ignores the investment entirely; the other two variants charge for it:</para>
/// <para><see cref="ProfitAfterDepreciationCny"/> = operating profit − straight-line depreciation (an accounting EBIT).</para>
/// <para><see cref="ProfitAfterCapitalRecoveryCny"/> = operating profit − (PV of capital costs − PV of residual value)·CRF(r, N),
/// the level annual charge that repays the investment at the discount rate [163]; if it is zero every year the NPV is zero.</para>
/// </remarks>
/// <param name="Year">Operating year [yr].</param>
/// <param name="RevenueCny">Revenue [CNY].</param>
/// <param name="OperatingCostCny">Operating costs [CNY].</param>
/// <param name="DepreciationCny">Straight-line depreciation [CNY].</param>
/// <param name="AnnualisedCapitalCostCny">Capital costs less residual value, discounted, times CRF(r, N) [CNY/yr].</param>
public sealed record AnnualProfit(int Year, double RevenueCny, double OperatingCostCny, double DepreciationCny, double AnnualisedCapitalCostCny)
{
    /// <summary>Revenue − operating costs (EBITDA): the planner's "profit per year" [CNY].</summary>
    public double OperatingProfitCny => RevenueCny - OperatingCostCny;

    /// <summary>Operating profit − depreciation (EBIT-style) [CNY].</summary>
    public double ProfitAfterDepreciationCny => OperatingProfitCny - DepreciationCny;

    /// <summary>Operating profit − annualised capital cost (economic profit at the discount rate) [CNY].</summary>
    public double ProfitAfterCapitalRecoveryCny => OperatingProfitCny - AnnualisedCapitalCostCny;
}
