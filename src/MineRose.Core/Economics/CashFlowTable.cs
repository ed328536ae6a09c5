using System.Globalization;

namespace MineRose.Core.Economics;

/// <summary>The project's cash flows year by year, with named lines, and the metrics read from them (NPV, IRR, payback, profit).</summary>
/// <remarks>
/// <para>Year 0 carries the capex of the components bought before operation. In each operating year t = 1..N:
/// revenues R_t and operating costs O_t (named lines, escalated, with quantity trends), component O&amp;M, capital
/// spending K_t (replacements and late installations, see <see cref="ComponentCost"/>), and in year N the residual
/// value S of the components [168]. Net F_t = R_t − O_t − K_t + S_t, discounted at end of year by (1 + r)^t [163].</para>
/// <para>Building allocates the table (one row per year); the metrics read a cached net-flow array and allocate nothing.</para>
/// </remarks>
public sealed class CashFlowTable
{
    private readonly double[] _netCny;
    private readonly double[] _costsCny;

    private CashFlowTable(FinanceSpec spec, CashFlowYear[] years, double[] netCny, double[] costsCny, double annualisedCapitalCostCny)
    {
        Spec = spec;
        Years = years;
        _netCny = netCny;
        _costsCny = costsCny;
        AnnualisedCapitalCostCny = annualisedCapitalCostCny;
    }

    /// <summary>The inputs.</summary>
    public FinanceSpec Spec { get; }

    /// <summary>Rows for years 0..N.</summary>
    public IReadOnlyList<CashFlowYear> Years { get; }

    /// <summary>Net flows F_0..F_N [CNY].</summary>
    public ReadOnlySpan<double> NetCny => _netCny;

    /// <summary>Costs by year for an LCOE: capital + operating − residual value [CNY].</summary>
    public ReadOnlySpan<double> CostsCny => _costsCny;

    /// <summary>Net present value at the spec's discount rate [CNY] [160].</summary>
    public double NpvCny => FinancialMetrics.Npv(Spec.DiscountRate.RatePerYear, _netCny);

    /// <summary>Internal rate of return, in the basis of the spec's money; null if none (see <see cref="FinancialMetrics.Irr"/>) [1/yr].</summary>
    public double? Irr => FinancialMetrics.Irr(_netCny);

    /// <summary>Simple payback, interpolated within the year; null if never [yr].</summary>
    public double? PaybackYears => FinancialMetrics.PaybackYears(_netCny);

    /// <summary>Discounted payback at the spec's discount rate, interpolated within the year; null if never [yr].</summary>
    public double? DiscountedPaybackYears => FinancialMetrics.DiscountedPaybackYears(Spec.DiscountRate.RatePerYear, _netCny);

    /// <summary>(PV of capital costs − PV of residual value)·CRF(r, N): the level annual charge that repays the investment [CNY/yr] [163].</summary>
    public double AnnualisedCapitalCostCny { get; }

    /// <summary>The three profit variants of an operating year (<see cref="AnnualProfit"/>).</summary>
    /// <param name="year">Operating year, 1..N; year 1 (base prices, new plant) is the "typical year" of a plan.</param>
    public AnnualProfit Profit(int year)
    {
        if (year < 1 || year >= Years.Count)
        {
            throw new InvalidInputException("operating year", year.ToString(CultureInfo.InvariantCulture),
                $"an integer in [1, {(Years.Count - 1).ToString(CultureInfo.InvariantCulture)}]");
        }

        var row = Years[year];
        return new AnnualProfit(year, row.RevenueCny, row.OperatingCostCny, row.DepreciationCny, AnnualisedCapitalCostCny);
    }

    /// <summary>Builds the table from a spec, validating it first.</summary>
    /// <param name="spec">Project life, discount rate, escalation, components and lines.</param>
    /// <exception cref="InvalidInputException">A field of the spec is out of range; the message names it.</exception>
    public static CashFlowTable Build(FinanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validated();
        int n = spec.ProjectYears;
        var escalation = spec.Escalation;
        var components = spec.Components;
        int nc = components.Count;

        // Capital, depreciation and residual value of each component, by year.
        var capital = new double[nc, n + 1];
        var depreciation = new double[n + 1];
        var residual = new double[nc];
        for (int c = 0; c < nc; c++)
        {
            var component = components[c];
            int life = component.LifetimeYears;
            for (int y = component.InstallationYear; y < n; y += life)
            {
                double cost = component.PurchaseCostCny(y, y != component.InstallationYear, escalation);
                capital[c, y] += cost;
                int lastServiceYear = Math.Min(y + life, n);
                for (int t = y + 1; t <= lastServiceYear; t++)
                    depreciation[t] += cost / life;
                if (y + life > n && spec.IncludeResidualValue)
                    residual[c] = cost * (y + life - n) / life;
            }
        }

        double rate = spec.DiscountRate.RatePerYear;
        var rows = new CashFlowYear[n + 1];
        var net = new double[n + 1];
        var costs = new double[n + 1];
        double cumulative = 0.0, cumulativeDiscounted = 0.0, capitalPresentCny = 0.0;
        for (int t = 0; t <= n; t++)
        {
            var revenues = new LineItem[spec.Revenues.Count];
            double revenue = 0.0;
            for (int i = 0; i < revenues.Length; i++)
            {
                var line = spec.Revenues[i];
                double amount = t == 0 ? 0.0 : line.AmountCny(t, escalation);
                revenues[i] = new LineItem(line.Name, amount);
                revenue += amount;
            }

            var operating = new LineItem[spec.OperatingCosts.Count + nc];
            double operatingCost = 0.0;
            for (int i = 0; i < spec.OperatingCosts.Count; i++)
            {
                var line = spec.OperatingCosts[i];
                double amount = t == 0 ? 0.0 : line.AmountCny(t, escalation);
                operating[i] = new LineItem(line.Name, amount);
                operatingCost += amount;
            }

            var capitalItems = new LineItem[nc];
            var residualItems = new LineItem[nc];
            double capitalCost = 0.0, residualValue = 0.0;
            for (int c = 0; c < nc; c++)
            {
                var component = components[c];
                double om = t > component.InstallationYear ? component.FirstYearFixedOmCny * escalation.OperatingFactor(PriceIndex.Opex, t) : 0.0;
                operating[spec.OperatingCosts.Count + c] = new LineItem("O&M: " + component.Name, om);
                operatingCost += om;
                capitalItems[c] = new LineItem(component.Name, capital[c, t]);
                capitalCost += capital[c, t];
                double s = t == n ? residual[c] : 0.0;
                residualItems[c] = new LineItem(component.Name, s);
                residualValue += s;
            }

            double factor = spec.DiscountRate.Factor(t);
            double flow = revenue - operatingCost - capitalCost + residualValue;
            cumulative += flow;
            cumulativeDiscounted += flow * factor;
            capitalPresentCny += (capitalCost - residualValue) * factor;
            net[t] = flow;
            costs[t] = capitalCost + operatingCost - residualValue;
            rows[t] = new CashFlowYear
            {
                Year = t,
                Revenues = revenues,
                OperatingCosts = operating,
                CapitalCosts = capitalItems,
                ResidualValues = residualItems,
                RevenueCny = revenue,
                OperatingCostCny = operatingCost,
                CapitalCostCny = capitalCost,
                ResidualValueCny = residualValue,
                DepreciationCny = depreciation[t],
                NetCny = flow,
                CumulativeNetCny = cumulative,
                DiscountFactor = factor,
                DiscountedNetCny = flow * factor,
                CumulativeDiscountedNetCny = cumulativeDiscounted,
            };
        }

        double annualisedCapital = capitalPresentCny * FinancialMetrics.CapitalRecoveryFactor(rate, n);
        return new CashFlowTable(spec, rows, net, costs, annualisedCapital);
    }
}
