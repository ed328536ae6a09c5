using FsCheck.Xunit;
using MineRose.Core.Economics;

namespace MineRose.Core.Tests.Economics;

public class FinancePropertyTests
{
    /// <summary>A conventional flow: an investment I of 1..10⁶, then 1..40 inflows of 0..3·I each, the last at least I/10.</summary>
    /// <remarks>The floor on the last inflow keeps the IRR above ≈ −90 %: as r → −1 a double r = x − 1 keeps too few digits
    /// of the growth factor x for NPV(r) to come back to zero to 10⁻⁶ (a representation limit, not a solver one).</remarks>
    private static double[] Conventional(int investment, int[] inflows)
    {
        var flows = new double[Math.Clamp((inflows ?? []).Length, 1, 40) + 1];
        flows[0] = -(1 + (uint)investment % 1_000_000u);
        for (int t = 1; t < flows.Length; t++)
            flows[t] = t - 1 < (inflows ?? []).Length ? -flows[0] * ((uint)inflows![t - 1] % 3001u) / 1000.0 : 0.0;
        flows[^1] += 1.0 - flows[0] / 10;
        return flows;
    }

    [Property(MaxTest = 300)]
    public bool Npv_of_a_conventional_flow_falls_as_the_discount_rate_rises(int investment, int[] inflows, int rateA, int rateB)
    {
        var flows = Conventional(investment, inflows);
        double low = ((uint)rateA % 5000u) / 10_000.0 - 0.2;
        double high = low + 0.001 + ((uint)rateB % 5000u) / 10_000.0;
        return FinancialMetrics.Npv(high, flows) < FinancialMetrics.Npv(low, flows);
    }

    [Property(MaxTest = 300)]
    public bool The_irr_makes_the_npv_zero(int investment, int[] inflows)
    {
        var flows = Conventional(investment, inflows);
        double? irr = FinancialMetrics.Irr(flows);
        // One sign change: exactly one IRR (Descartes), inside the searched range for these magnitudes.
        return irr is double r && Math.Abs(FinancialMetrics.Npv(r, flows)) < 1e-6;
    }

    [Property(MaxTest = 200)]
    public bool Every_root_of_a_non_conventional_flow_makes_the_npv_zero(int[] flows)
    {
        var values = (flows ?? []).Select(f => (double)(f % 100_000)).ToArray();
        if (values.Length < 2)
            return true;
        foreach (double r in FinancialMetrics.IrrAll(values))
        {
            // Relative to the size of the terms at that rate.
            double scale = 0.0;
            for (int t = 0; t < values.Length; t++)
                scale += Math.Abs(values[t]) * Math.Pow(1 + r, -t);
            if (Math.Abs(FinancialMetrics.Npv(r, values)) > 1e-9 * scale)
                return false;
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool Depreciation_and_residual_value_account_for_every_yuan_of_capital(int years, int life, int install, int decline, int capex)
    {
        int n = 1 + (int)((uint)years % 60u);
        var component = ComponentCost.LumpSum("Plant", 1 + (uint)capex % 10_000_000u, 1 + (int)((uint)life % 40u)) with
        {
            InstallationYear = (int)((uint)install % (uint)n),
            CostDeclinePerYear = ((uint)decline % 100u) / 1000.0,
            ReplacementCostFraction = 0.7,
        };
        var table = CashFlowTable.Build(new FinanceSpec
        {
            ProjectYears = n,
            DiscountRate = DiscountRate.Real(0.05),
            Escalation = new Escalation { CapitalGoodsPerYear = 0.01 },
            Components = [component],
        });
        double capital = table.Years.Sum(y => y.CapitalCostCny);
        double accounted = table.Years.Sum(y => y.DepreciationCny) + table.Years[n].ResidualValueCny;
        bool balances = Math.Abs(capital - accounted) < 1e-6 * capital;
        // And the table's discounted column ends at the NPV.
        bool npv = Math.Abs(table.Years[n].CumulativeDiscountedNetCny - table.NpvCny) < 1e-6 * capital;
        return balances && npv;
    }
}
