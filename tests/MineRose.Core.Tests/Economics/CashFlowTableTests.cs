using MineRose.Core.Economics;

namespace MineRose.Core.Tests.Economics;

public class CashFlowTableTests
{
    private static readonly DiscountRate Real6 = DiscountRate.Real(0.06);

    [Fact]
    public void A_15_year_inverter_in_a_25_year_project_is_replaced_once_at_year_15()
    {
        var inverter = ComponentCost.LumpSum("Inverters", 100_000, 15);
        var modules = ComponentCost.LumpSum("Modules", 1_000_000, 30);
        Assert.Equal([15], inverter.ReplacementYears(25));
        Assert.Empty(modules.ReplacementYears(25));
        // A unit whose life ends with the project is not bought again; a 5-year unit in 25 years is bought at 0, 5, 10, 15, 20.
        Assert.Empty(ComponentCost.LumpSum("x", 1, 25).ReplacementYears(25));
        Assert.Equal([5, 10, 15, 20], ComponentCost.LumpSum("x", 1, 5).ReplacementYears(25));

        var table = CashFlowTable.Build(new FinanceSpec { ProjectYears = 25, DiscountRate = Real6, Components = [inverter, modules] });
        for (int t = 1; t <= 25; t++)
            Assert.Equal(t == 15 ? 100_000 : 0, table.Years[t].CapitalCostCny);
        Assert.Equal(1_100_000, table.Years[0].CapitalCostCny);
        // Residual value at the end of year 25, linear in remaining life [168]:
        // inverter bought at 15 has 5 of 15 years left → 100,000/3; modules 5 of 30 → 1,000,000/6.
        var last = table.Years[25];
        Assert.Equal(100_000 / 3.0, last.ResidualValues[0].AmountCny, 6);
        Assert.Equal(1_000_000 / 6.0, last.ResidualValues[1].AmountCny, 6);
        Assert.Equal(0.0, table.Years[24].ResidualValueCny);
    }

    [Fact]
    public void Replacements_follow_the_cost_decline_and_the_replacement_fraction()
    {
        // A battery bought for CNY 1 M, life 10 yr, replaced at 80 % of its cost with prices falling 3 %/yr:
        // year 10 costs 1e6 × 0.8 × 0.97¹⁰; year 20 costs 1e6 × 0.8 × 0.97²⁰; the last has 5 of 10 years left in year 25.
        var battery = ComponentCost.LumpSum("Battery", 1_000_000, 10) with { ReplacementCostFraction = 0.8, CostDeclinePerYear = 0.03 };
        var table = CashFlowTable.Build(new FinanceSpec { ProjectYears = 25, DiscountRate = Real6, Components = [battery] });
        Assert.Equal(1_000_000, table.Years[0].CapitalCostCny, 6);
        Assert.Equal(800_000 * Math.Pow(0.97, 10), table.Years[10].CapitalCostCny, 6);
        Assert.Equal(800_000 * Math.Pow(0.97, 20), table.Years[20].CapitalCostCny, 6);
        Assert.Equal(800_000 * Math.Pow(0.97, 20) * 5 / 10, table.Years[25].ResidualValueCny, 6);
        // Depreciation: the first unit 100,000/yr in years 1–10; the last 1/10 of its cost in years 21–25.
        Assert.Equal(100_000, table.Years[1].DepreciationCny, 6);
        Assert.Equal(80_000 * Math.Pow(0.97, 20), table.Years[21].DepreciationCny, 6);
    }

    [Fact]
    public void A_phase_two_component_is_bought_in_its_year_and_keeps_its_O_and_M_from_then_on()
    {
        // Phase II greenhouse bought in year 3: capex then, O&M (2 % of capex) from year 4, capital goods escalating 2 %/yr.
        var greenhouse = ComponentCost.Of("Greenhouse phase II", CostDefaults.GlassGreenhouse, 100_000, 20) with
        {
            InstallationYear = 3,
            FixedOmFractionOfCapexPerYear = 0.02,
        };
        var spec = new FinanceSpec
        {
            ProjectYears = 10,
            DiscountRate = Real6,
            Escalation = new Escalation { CapitalGoodsPerYear = 0.02 },
            Components = [greenhouse],
        };
        var table = CashFlowTable.Build(spec);
        Assert.Equal(0.0, table.Years[0].CapitalCostCny);
        Assert.Equal(1e8 * Math.Pow(1.02, 3), table.Years[3].CapitalCostCny, 4);
        Assert.Equal(0.0, table.Years[3].OperatingCostCny);
        Assert.Equal(2e6, table.Years[4].OperatingCostCny, 6);
        Assert.Equal("O&M: Greenhouse phase II", table.Years[4].OperatingCosts[0].Name);
        // Bought in year 3 for 20 years: 13 of 20 years left at the end of year 10.
        Assert.Equal(1e8 * Math.Pow(1.02, 3) * 13 / 20, table.Years[10].ResidualValueCny, 4);
    }

    [Fact]
    public void Revenue_and_cost_lines_escalate_degrade_and_stop_as_the_scenario_asks()
    {
        var spec = new FinanceSpec
        {
            ProjectYears = 25,
            DiscountRate = Real6,
            Escalation = new Escalation { RosePricePerYear = 0.02, ElectricityPerYear = 0.01, LabourPerYear = 0.04, OpexPerYear = 0.03 },
            Revenues =
            [
                new CashLine { Name = "Roses", FirstYearCny = 1_000_000, Index = PriceIndex.RosePrice },
                new CashLine { Name = "Electricity savings", FirstYearCny = 500_000, Index = PriceIndex.Electricity, QuantityChangePerYear = -0.005 },
                new CashLine { Name = "Carbon", FirstYearCny = 100_000, Index = PriceIndex.CarbonPrice, StartYear = 1, EndYear = 10 },
            ],
            OperatingCosts =
            [
                new CashLine { Name = "Labour", FirstYearCny = 300_000, Index = PriceIndex.Labour },
                new CashLine { Name = "Grid purchases", FirstYearCny = 50_000, Index = PriceIndex.Electricity },
            ],
            Components = [ComponentCost.LumpSum("PV", 2_000_000, 25) with { FixedOmCnyPerYear = 20_000 }],
        };
        var table = CashFlowTable.Build(spec);
        var y3 = table.Years[3];
        // By hand: roses 1e6 × 1.02²; savings 5e5 × (1 − 0.005 × 2) × 1.01²; carbon constant until year 10.
        Assert.Equal(1_000_000 * 1.02 * 1.02, y3.Revenues[0].AmountCny, 6);
        Assert.Equal(500_000 * 0.99 * 1.01 * 1.01, y3.Revenues[1].AmountCny, 6);
        Assert.Equal(100_000, table.Years[10].Revenues[2].AmountCny);
        Assert.Equal(0.0, table.Years[11].Revenues[2].AmountCny);
        Assert.Equal(300_000 * 1.04 * 1.04, y3.OperatingCosts[0].AmountCny, 6);
        Assert.Equal(20_000 * 1.03 * 1.03, y3.OperatingCosts[2].AmountCny, 6);
        // Year 0 has the capex only; every row lists the same names.
        Assert.Equal(0.0, table.Years[0].RevenueCny);
        Assert.Equal(0.0, table.Years[0].OperatingCostCny);
        Assert.All(table.Years, y => Assert.Equal(["Roses", "Electricity savings", "Carbon"], y.Revenues.Select(r => r.Name)));
        // Net, cumulative and discounted columns add up.
        double expectedNet = y3.RevenueCny - y3.OperatingCostCny - y3.CapitalCostCny + y3.ResidualValueCny;
        Assert.Equal(expectedNet, y3.NetCny, 9);
        Assert.Equal(table.Years.Take(4).Sum(y => y.NetCny), y3.CumulativeNetCny, 6);
        Assert.Equal(expectedNet / Math.Pow(1.06, 3), y3.DiscountedNetCny, 9);
        Assert.Equal(table.NpvCny, table.Years[25].CumulativeDiscountedNetCny, 6);
    }

    [Fact]
    public void Explicit_quantity_factors_carry_a_simulated_capacity_fade()
    {
        // Arbitrage revenue of a battery whose capacity a multi-year run gives as 1.00, 0.97, 0.94.
        var line = new CashLine { Name = "Arbitrage", FirstYearCny = 1000, QuantityFactors = [1.0, 0.97, 0.94] };
        var table = CashFlowTable.Build(new FinanceSpec { ProjectYears = 3, DiscountRate = Real6, Revenues = [line] });
        Assert.Equal([0.0, 1000.0, 970.0, 940.0], table.Years.Select(y => Math.Round(y.RevenueCny, 9)));
        var ex = Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec { ProjectYears = 4, DiscountRate = Real6, Revenues = [line] }));
        Assert.Equal("CashLine.QuantityFactors ('Arbitrage')", ex.Field);
    }

    [Fact]
    public void A_project_paid_exactly_its_capital_recovery_has_zero_npv_irr_equal_to_the_rate_and_zero_economic_profit()
    {
        // Capex C over N = 20 years at 8 %: an operating profit of C·CRF(8 %, 20) = 0.101852·C each year repays it exactly [163].
        const double capex = 10_000_000;
        double crf = FinancialMetrics.CapitalRecoveryFactor(0.08, 20);
        var spec = new FinanceSpec
        {
            ProjectYears = 20,
            DiscountRate = DiscountRate.Real(0.08),
            Components = [ComponentCost.LumpSum("Plant", capex, 20)],
            Revenues = [new CashLine { Name = "Sales", FirstYearCny = capex * crf + 200_000 }],
            OperatingCosts = [new CashLine { Name = "Staff", FirstYearCny = 200_000 }],
        };
        var table = CashFlowTable.Build(spec);
        Assert.True(Math.Abs(table.NpvCny) < 1e-6);
        Assert.Equal(0.08, table.Irr!.Value, 10);
        var profit = table.Profit(1);
        Assert.Equal(capex * crf, profit.OperatingProfitCny, 6);
        Assert.Equal(capex * crf, profit.AnnualisedCapitalCostCny, 6);
        Assert.Equal(0.0, profit.ProfitAfterCapitalRecoveryCny, 6);
        // Straight-line depreciation C/N: EBIT = C·CRF − C/20 = 1,018,522 − 500,000.
        Assert.Equal(capex * crf - capex / 20, profit.ProfitAfterDepreciationCny, 6);
        // Simple payback: C / (C·CRF) = 1/CRF = 9.818 years; the discounted one takes the whole life.
        Assert.Equal(1 / crf, table.PaybackYears!.Value, 9);
        Assert.Equal(20.0, table.DiscountedPaybackYears!.Value, 6);
    }

    [Fact]
    public void Lcoe_from_the_table_costs_equals_the_hand_formula()
    {
        // PV 1 MWp at CNY 2,650/kWp [170], O&M 1.5 % of capex, 1,150 MWh/yr, 25 years at 6 % real, no residual.
        var pv = ComponentCost.Of("PV", CostDefaults.PvDakuishan, 1000, 25) with { FixedOmFractionOfCapexPerYear = 0.015 };
        var table = CashFlowTable.Build(new FinanceSpec { ProjectYears = 25, DiscountRate = Real6, Components = [pv] });
        double[] energy = Enumerable.Range(0, 26).Select(t => t == 0 ? 0.0 : 1_150_000.0).ToArray();
        double crf = 0.06 / (1 - Math.Pow(1.06, -25));
        double expected = (2_650_000 * crf + 0.015 * 2_650_000) / 1_150_000;
        Assert.Equal(expected, FinancialMetrics.LcoeCnyPerKwh(0.06, table.CostsCny, energy), 12);
    }

    [Fact]
    public void Residual_value_can_be_left_out()
    {
        var spec = new FinanceSpec { ProjectYears = 10, DiscountRate = Real6, Components = [ComponentCost.LumpSum("PV", 1000, 25)], IncludeResidualValue = false };
        Assert.Equal(0.0, CashFlowTable.Build(spec).Years[10].ResidualValueCny);
        Assert.Equal(600.0, CashFlowTable.Build(spec with { IncludeResidualValue = true }).Years[10].ResidualValueCny, 9);
    }

    [Fact]
    public void Bad_specs_are_refused_naming_the_field()
    {
        Assert.Equal("FinanceSpec.ProjectYears [yr]",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec { ProjectYears = 0, DiscountRate = Real6 })).Field);
        Assert.Equal("ComponentCost.LifetimeYears ('Inverters') [yr]",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec { ProjectYears = 25, DiscountRate = Real6, Components = [ComponentCost.LumpSum("Inverters", 1, 0)] })).Field);
        Assert.Equal("ComponentCost.InstallationYear ('PV') [yr]",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec
            {
                ProjectYears = 5,
                DiscountRate = Real6,
                Components = [ComponentCost.LumpSum("PV", 1, 25) with { InstallationYear = 5 }],
            })).Field);
        Assert.Equal("FinanceSpec.Revenues",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec
            {
                ProjectYears = 5,
                DiscountRate = Real6,
                Revenues = [new CashLine { Name = "Roses", FirstYearCny = 1 }, new CashLine { Name = "Roses", FirstYearCny = 2 }],
            })).Field);
        Assert.Equal("CashLine.EndYear ('Carbon') [yr]",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec
            {
                ProjectYears = 5,
                DiscountRate = Real6,
                Revenues = [new CashLine { Name = "Carbon", FirstYearCny = 1, StartYear = 3, EndYear = 2 }],
            })).Field);
        Assert.Equal("Escalation.OpexPerYear",
            Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec { ProjectYears = 5, DiscountRate = Real6, Escalation = new Escalation { OpexPerYear = 2 } })).Field);
        Assert.Equal("DiscountRate.RatePerYear", Assert.Throws<InvalidInputException>(() => DiscountRate.Real(1.5)).Field);
        Assert.Equal("operating year", Assert.Throws<InvalidInputException>(() => CashFlowTable.Build(new FinanceSpec { ProjectYears = 5, DiscountRate = Real6 }).Profit(0)).Field);
    }
}
