using MineRose.Core.Economics;

namespace MineRose.Core.Tests.Economics;

public class FinancialMetricsTests
{
    [Fact]
    public void Npv_matches_the_numpy_financial_reference_value()
    {
        // numpy-financial test_npv [162]: npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) = 122.894854950942692 (Decimal).
        Assert.Equal(122.894854950942692, FinancialMetrics.Npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]), 9);
    }

    [Fact]
    public void Npv_of_the_classic_one_period_project_is_zero_at_ten_percent_and_its_irr_is_ten_percent()
    {
        // −100 today, +110 in a year: 110/1.1 − 100 = 0, so IRR = 10 % [160].
        Assert.Equal(0.0, FinancialMetrics.Npv(0.10, [-100, 110]), 12);
        Assert.Equal(0.10, FinancialMetrics.Irr([-100, 110])!.Value, 12);
        // At 5 %: 110/1.05 − 100 = 4.7619.
        Assert.Equal(110 / 1.05 - 100, FinancialMetrics.Npv(0.05, [-100, 110]), 12);
    }

    [Fact]
    public void Irr_matches_the_worked_examples_of_Excel_IRR_documentation()
    {
        // Microsoft, IRR function [161]: −70,000 then 12,000, 15,000, 18,000, 21,000 → −2.1 %; with 26,000 more → 8.7 % (8.66 %).
        Assert.Equal(-0.021, FinancialMetrics.Irr([-70000, 12000, 15000, 18000, 21000])!.Value, 3);
        Assert.Equal(0.0866, FinancialMetrics.Irr([-70000, 12000, 15000, 18000, 21000, 26000])!.Value, 4);
        // Two years only → −44.4 % [161]; by hand −70,000 + 12,000v + 15,000v² = 0 gives v = (−12,000 + √(12,000² + 4·15,000·70,000))/30,000.
        double v = (-12000 + Math.Sqrt(12000.0 * 12000 + 4 * 15000.0 * 70000)) / 30000;
        double irr = FinancialMetrics.Irr([-70000, 12000, 15000])!.Value;
        Assert.Equal(1 / v - 1, irr, 12);
        Assert.Equal(-0.444, irr, 3);
    }

    [Theory]
    // numpy-financial TestIrr.test_basic_values [162] (asserted there to 2 decimals; the 4-5 digit values are its docs').
    [InlineData(new double[] { -150000, 15000, 25000, 35000, 45000, 60000 }, 0.0524)]
    [InlineData(new double[] { -100, 39, 59, 55, 20 }, 0.28095)]
    [InlineData(new double[] { -100, 100, 0, 7 }, 0.06206)]
    [InlineData(new double[] { -100, 100, 0, -7 }, -0.0833)]
    [InlineData(new double[] { -5, 10.5, 1, -8, 1 }, 0.0886)]
    [InlineData(new double[] { -5, 10.5, 1, -8, 1, 0, 0, 0 }, 0.0886)]
    public void Irr_matches_the_numpy_financial_reference_values(double[] flows, double expected)
    {
        double irr = FinancialMetrics.Irr(flows)!.Value;
        Assert.Equal(expected, irr, 5e-5);
        Assert.True(Math.Abs(FinancialMetrics.Npv(irr, flows)) < 1e-9);
    }

    [Fact]
    public void Irr_of_a_single_late_inflow_is_the_geometric_rate()
    {
        // −100 then +74 after three years: (0.74)^(1/3) − 1 = −0.0955 (numpy-financial docs [162]).
        Assert.Equal(Math.Cbrt(0.74) - 1, FinancialMetrics.Irr([-100, 0, 0, 74])!.Value, 12);
    }

    [Fact]
    public void Irr_of_the_Brealey_Myers_two_period_project_is_28_percent()
    {
        // C0 = −4,000, C1 = +2,000, C2 = +4,000 [160]: −4 + 2v + 4v² = 0 → v = (−2 + √68)/8, IRR = 1/v − 1 ≈ 28.08 %.
        double v = (-2 + Math.Sqrt(68)) / 8;
        Assert.Equal(1 / v - 1, FinancialMetrics.Irr([-4000, 2000, 4000])!.Value, 12);
    }

    [Fact]
    public void A_flow_with_two_sign_changes_has_two_irrs_and_the_one_closest_to_zero_is_returned()
    {
        // The multiple-IRR pitfall described by Brealey, Myers and Allen [160], on −4,000, +25,000, −25,000.
        // By hand −4 + 25v − 25v² = 0 → v = 0.8 or 0.2 → IRR = 25 % or 400 %.
        double[] flows = [-4000, 25000, -25000];
        var all = FinancialMetrics.IrrAll(flows);
        Assert.Equal(2, all.Length);
        Assert.Equal(0.25, all[0], 10);
        Assert.Equal(4.0, all[1], 9);
        Assert.Equal(0.25, FinancialMetrics.Irr(flows)!.Value, 10);
        // numpy-financial's three-root example [162]: −5, 10.5, 1, −8, 1 has IRRs ≈ −87 %, 8.86 % and 71 %.
        Assert.Equal(3, FinancialMetrics.IrrAll([-5, 10.5, 1, -8, 1]).Length);
    }

    [Fact]
    public void Irr_is_null_when_the_flows_never_change_sign()
    {
        // numpy-financial test_numpy_gh_6744 [162]: [−1, −2, −3] has no IRR.
        Assert.Null(FinancialMetrics.Irr([-1, -2, -3]));
        Assert.Null(FinancialMetrics.Irr([100, 10, 10]));
        Assert.Null(FinancialMetrics.Irr([0, 0, 0]));
        Assert.Empty(FinancialMetrics.IrrAll([-1, -2, -3]));
        // −100, +50, −60 changes sign twice but NPV < 0 at every rate (discriminant 50² − 4·100·60 < 0): no IRR.
        Assert.Null(FinancialMetrics.Irr([-100, 50, -60]));
    }

    [Fact]
    public void Capital_recovery_factor_at_8_percent_over_20_years_is_0_10185()
    {
        // Standard annuity tables [163]: CRF(8 %, 20) = 0.08·1.08²⁰/(1.08²⁰ − 1) = 0.101852.
        Assert.Equal(0.10185, FinancialMetrics.CapitalRecoveryFactor(0.08, 20), 5);
        Assert.Equal(0.08 * Math.Pow(1.08, 20) / (Math.Pow(1.08, 20) - 1), FinancialMetrics.CapitalRecoveryFactor(0.08, 20), 14);
        // r → 0: a straight 1/n.
        Assert.Equal(0.1, FinancialMetrics.CapitalRecoveryFactor(0, 10), 15);
        // Small r: CRF ≈ 1/n + r·(n + 1)/(2n) = 0.1 + 0.55e-9 (series of the formula).
        Assert.Equal(0.1 + 0.55e-9, FinancialMetrics.CapitalRecoveryFactor(1e-9, 10), 15);
        // Definition: n payments of CRF have a present value of 1.
        double[] annuity = new double[21];
        Array.Fill(annuity, FinancialMetrics.CapitalRecoveryFactor(0.08, 20));
        annuity[0] = 0;
        Assert.Equal(1.0, FinancialMetrics.Npv(0.08, annuity), 12);
        Assert.Equal(1_000_000 * 0.101852208823, FinancialMetrics.AnnualisedCostCny(1_000_000, 0.08, 20), 3);
    }

    [Fact]
    public void A_pumped_hydro_plant_paid_by_the_Chinese_benchmark_annuity_earns_exactly_6_5_percent()
    {
        // China sets pumped-hydro capacity prices for a 6.5 % capital IRR over 40 years [169], [170]. A level income of
        // capex·CRF(6.5 %, 40) over 40 years repays the capex at exactly that rate.
        double capexCny = 12_000 * CostDefaults.PumpedHydroEuropeLow.CnyPerUnit;
        double income = capexCny * FinancialMetrics.CapitalRecoveryFactor(CostDefaults.PumpedHydroBenchmarkIrr, CostDefaults.PumpedHydroBenchmarkYears);
        double[] flows = new double[41];
        Array.Fill(flows, income);
        flows[0] = -capexCny;
        Assert.Equal(0.065, FinancialMetrics.Irr(flows)!.Value, 12);
        Assert.True(Math.Abs(FinancialMetrics.Npv(0.065, flows)) < 1e-6);
    }

    [Fact]
    public void Payback_interpolates_within_the_year_it_is_reached()
    {
        // By hand: cumulative −1000, −700, −300, +200 → 2 years + 300/500 = 2.6 years [160].
        Assert.Equal(2.6, FinancialMetrics.PaybackYears([-1000, 300, 400, 500])!.Value, 12);
        // Discounted at 10 %: flows 300/1.1, 400/1.1², 500/1.1³, 200/1.1⁴ → cumulative −727.27, −396.69, −21.04, +115.57
        // → 3 years + 21.04/136.60.
        double[] flows = [-1000, 300, 400, 500, 200];
        double afterThree = -1000 + 300 / 1.1 + 400 / Math.Pow(1.1, 2) + 500 / Math.Pow(1.1, 3);
        double expected = 3 + -afterThree / (200 / Math.Pow(1.1, 4));
        Assert.Equal(expected, FinancialMetrics.DiscountedPaybackYears(0.10, flows)!.Value, 12);
        Assert.Equal(3.154, expected, 3);
        // The undiscounted payback of the same flows comes first.
        Assert.Equal(2.6, FinancialMetrics.PaybackYears(flows)!.Value, 12);
    }

    [Fact]
    public void Payback_is_null_when_the_investment_is_never_recovered_and_zero_without_investment()
    {
        Assert.Null(FinancialMetrics.PaybackYears([-1000, 100, 100]));
        Assert.Null(FinancialMetrics.DiscountedPaybackYears(0.10, [-1000, 300, 400, 500]));
        Assert.Equal(0.0, FinancialMetrics.PaybackYears([0, 10, 10]));
    }

    [Fact]
    public void Lcoe_of_a_constant_plant_equals_capex_times_crf_plus_om_over_energy()
    {
        // NREL simple LCOE [163]: LCOE = (capex·CRF + fixed O&M)/E for constant annual O&M and energy.
        // A 1 MWp plant at CNY 2,650/kWp, O&M CNY 40,000/yr, 1,150 MWh/yr (Dakuishan yield [170]), 25 years at 6 %.
        const double capex = 2_650_000, om = 40_000, energy = 1_150_000;
        double crf = 0.06 * Math.Pow(1.06, 25) / (Math.Pow(1.06, 25) - 1);
        double[] costs = new double[26], kwh = new double[26];
        costs[0] = capex;
        for (int t = 1; t <= 25; t++)
        {
            costs[t] = om;
            kwh[t] = energy;
        }

        double expected = capex * crf / energy + om / energy;
        Assert.Equal(expected, FinancialMetrics.LcoeCnyPerKwh(0.06, costs, kwh), 12);
        Assert.Equal(0.2150, expected, 4); // 2,650,000 × 0.078227 / 1,150,000 + 0.03478
    }

    [Fact]
    public void Lcos_counts_the_charging_electricity_as_Schmidt_et_al_define_it()
    {
        // Schmidt et al. [165]: (capex + Σ (O&M + P_el·E_dis/η_RT)/(1+r)^t) / Σ E_dis/(1+r)^t.
        // By hand: capex 1,000; O&M 20/yr; 300 kWh/yr discharged at η_RT = 0.8 charged at CNY 0.4/kWh → 150/yr; r = 10 %, 2 years.
        double annuity = 1 / 1.1 + 1 / 1.21;
        double expected = (1000 + (20 + 150) * annuity) / (300 * annuity);
        double lcos = FinancialMetrics.LcosCnyPerKwh(0.10, [1000, 20, 20], [0, 0.4 * 300 / 0.8, 0.4 * 300 / 0.8], [0, 300, 300]);
        Assert.Equal(expected, lcos, 12);
        Assert.Equal(2.4873, lcos, 4);
        // Free charging electricity lowers it by exactly P_el/η_RT = 0.5.
        Assert.Equal(expected - 0.5, FinancialMetrics.LcosCnyPerKwh(0.10, [1000, 20, 20], [0, 0, 0], [0, 300, 300]), 12);
    }

    [Fact]
    public void Bad_inputs_are_refused_with_the_field_named()
    {
        Assert.Equal("discount rate [1/yr]", Assert.Throws<InvalidInputException>(() => FinancialMetrics.Npv(-1, [1.0])).Field);
        Assert.Equal("cash flows", Assert.Throws<InvalidInputException>(() => FinancialMetrics.Irr([1.0])).Field);
        Assert.Equal("cash flows[1] [CNY]", Assert.Throws<InvalidInputException>(() => FinancialMetrics.Irr([-1.0, double.NaN])).Field);
        Assert.Equal("discounted energy [kWh]", Assert.Throws<InvalidInputException>(() => FinancialMetrics.LcoeCnyPerKwh(0.05, [1.0, 1.0], [0.0, 0.0])).Field);
        Assert.Equal("energy per year [kWh]", Assert.Throws<InvalidInputException>(() => FinancialMetrics.LcoeCnyPerKwh(0.05, [1.0, 1.0], [0.0])).Field);
        Assert.Equal("years", Assert.Throws<InvalidInputException>(() => FinancialMetrics.CapitalRecoveryFactor(0.05, 0)).Field);
    }
}
