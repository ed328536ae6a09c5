using MineRose.Core.Park;

namespace MineRose.Core.Tests.Park;

public class EvaluationFinanceTests
{
    // The hand-built PV-only year, written out: capex 1,000 kWp × CNY 10 = 10,000 in year 0; O&M 1 % = 100/yr;
    // exports 8,000 kWh × 0.4 = 3,200/yr; no savings (no load), no labour; PV life 25 y in a 10-y project leaves a
    // residual value of 10,000 × 15/25 = 6,000 in year 10 (linear remaining life, HOMER [168]).
    private static double[] HandFlows()
    {
        var f = new double[11];
        f[0] = -10_000;
        for (int t = 1; t <= 10; t++) f[t] = 3_200 - 100;
        f[10] += 6_000;
        return f;
    }

    private static double Npv(double r, double[] f)
    {
        double s = 0;
        for (int t = 0; t < f.Length; t++) s += f[t] / Math.Pow(1 + r, t);
        return s;
    }

    [Fact]
    public void Npv_and_irr_of_a_hand_built_year_match_an_independent_calculation()
    {
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything());
        var f = HandFlows();
        // NPV at 6 %: −10,000 + 3,100 × a(6 %, 10) + 6,000/1.06^10, with the annuity factor (1 − 1.06^−10)/0.06 = 7.360087.
        double npv = -10_000 + 3_100 * (1 - Math.Pow(1.06, -10)) / 0.06 + 6_000 / Math.Pow(1.06, 10);
        Assert.Equal(npv, result.Kpi("npv_cny"), 6);
        Assert.Equal(Npv(0.06, f), npv, 9);

        // IRR by bisection on the written-out flows (independent of the library's Brent solver).
        double lo = 0, hi = 1;
        for (int k = 0; k < 200; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (Npv(mid, f) > 0) lo = mid; else hi = mid;
        }

        Assert.Equal(lo, result.Kpi("irr"), 9);
        // Payback: cumulative −10,000 + 3,100·t crosses 0 at t = 10,000/3,100 = 3.2258 y.
        Assert.Equal(10_000 / 3_100.0, result.Kpi("payback_years"), 9);
        Assert.Equal(10_000, result.Kpi("capex_cny"), 9);
        Assert.Equal(3_200, result.Kpi("annual_revenue_cny"), 9);
        Assert.Equal(100, result.Kpi("annual_opex_cny"), 9);
        Assert.Equal(3_100, result.Kpi("annual_profit_cny"), 9);
    }

    [Fact]
    public void Pv_lcoe_is_pv_capex_and_om_less_residual_over_discounted_pv_energy()
    {
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything());
        double a = (1 - Math.Pow(1.06, -10)) / 0.06;
        // (10,000 + 100·a − 6,000/1.06^10) / (8,000 kWh · a) [163].
        double lcoe = (10_000 + 100 * a - 6_000 / Math.Pow(1.06, 10)) / (8_000 * a);
        Assert.Equal(lcoe, result.Kpi("lcoe_cny_per_kwh"), 12);
        Assert.True(double.IsNaN(result.Kpi("lcos_cny_per_kwh")));
    }

    [Fact]
    public void Irr_and_payback_are_NaN_when_the_flows_never_change_sign()
    {
        // No capital cost at all: every flow positive, so no IRR and payback at once (0).
        var design = EvaluationFixture.PvOnlyDesign() with { Economics = EvaluationFixture.PvOnlyDesign().Economics with { PvCapexCnyPerKw = 0 } };
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything(design));
        Assert.True(double.IsNaN(result.Kpi("irr")));
        Assert.Equal(0.0, result.Kpi("payback_years"));

        // A park that never earns its capex back: payback undefined.
        var poor = EvaluationFixture.PvOnlyDesign() with { Economics = EvaluationFixture.PvOnlyDesign().Economics with { PvCapexCnyPerKw = 1_000 } };
        var poorResult = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything(poor));
        Assert.True(double.IsNaN(poorResult.Kpi("payback_years")));
    }

    [Fact]
    public void Savings_and_the_baseline_bill_net_to_the_actual_import_cost()
    {
        // A park with a 100 kW load all day and PV covering part of it: operating cost − savings = actual import cost.
        var design = EvaluationFixture.PvOnlyDesign();
        var ledger = new MineRose.Core.Park.ParkLedger(MineRose.Core.Time.TimeGrid.Hourly(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), 24));
        for (int i = 0; i < 24; i++)
        {
            double pv = i is >= 8 and < 16 ? 60 : 0;
            ledger.PvAcKw[i] = pv; ledger.OtherLoadKw[i] = 100; ledger.GridImportKw[i] = 100 - pv;
            ledger.ImportPriceCnyPerKwh[i] = EvaluationFixture.ImportPrice; ledger.ExportPriceCnyPerKwh[i] = EvaluationFixture.ExportPrice;
        }

        var result = ParkEvaluation.Evaluate(EvaluationFixture.YearOf(design, ledger));
        var y1 = result.CashFlow.Years[1];
        double baselineBill = y1.OperatingCosts.Single(l => l.Name == ParkFinance.BaselineBillLine).AmountCny;
        double savings = y1.Revenues.Single(l => l.Name == ParkFinance.SavingsLine).AmountCny;
        // By hand: baseline 2,400 kWh × 0.6 = 1,440; actual (2,400 − 480) × 0.6 = 1,152; savings 288.
        Assert.Equal(1_440, baselineBill, 9);
        Assert.Equal(288, savings, 9);
        Assert.Equal(1_152, result.Kpi("net_energy_cost_cny"), 9);
        // PV used on site 480 kWh × 0.6410 t/MWh.
        Assert.Equal(0.48 * 0.6410, result.Kpi("co2_avoided_t"), 12);
    }
}
