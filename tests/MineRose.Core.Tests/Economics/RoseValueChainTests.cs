using MineRose.Core.Crops;
using MineRose.Core.Economics;

namespace MineRose.Core.Tests.Economics;

public class RoseValueChainTests
{
    private static readonly RoseGradeSplit ThreeGrades = new([new RoseGrade("A", 0.3, 1.5), new RoseGrade("B", 0.5, 0.8), new RoseGrade("C", 0.2, 0.3)]);

    private static RoseValueChain Chain() => new()
    {
        StemsPerYear = 1_000_000,
        Grades = ThreeGrades,
        ProcessingShare = 0.3,
        PetalKgPerStem = 0.01,
        ProductKgPerKgPetals = 0.2,
        ProductPriceCnyPerKg = 200,
        ProcessingCostCnyPerKgProduct = 50,
        VisitorsPerYear = 10_000,
        SpendCnyPerVisitor = 80,
        TourismCostFraction = 0.25,
    };

    [Fact]
    public void Processing_takes_the_cheapest_grades_first_and_tourism_adds_visitors_times_spend()
    {
        var chain = Chain();
        // By hand: 30 % processed takes all of C (20 %) and 10 % of B; fresh-cut = 1e6 × (0.3 × 1.5 + 0.4 × 0.8) = 770,000.
        Assert.Equal(700_000, chain.FreshCutStems, 9);
        Assert.Equal(770_000, chain.FreshCutRevenueCny, 6);
        Assert.Equal([450_000.0, 320_000.0, 0.0], chain.FreshCutRevenueByGrade().Select(g => Math.Round(g.AmountCny, 6)));
        Assert.Equal(1.1, chain.FreshCutMeanPriceCnyPerStem, 12);
        // 300,000 stems × 0.01 kg × 0.2 = 600 kg of product: revenue 600 × 200, cost 600 × 50.
        Assert.Equal(600, chain.ProductKg, 9);
        Assert.Equal(120_000, chain.ProcessingRevenueCny, 6);
        Assert.Equal(30_000, chain.ProcessingCostCny, 6);
        // Tourism 10,000 × 80 = 800,000, costing a quarter of it.
        Assert.Equal(800_000, chain.TourismRevenueCny, 6);
        Assert.Equal(200_000, chain.TourismCostCny, 6);
        Assert.Equal(770_000 + 120_000 + 800_000, chain.RevenueCny, 6);
        Assert.Equal(1_690_000 - 230_000, chain.ContributionCny, 6);
    }

    [Fact]
    public void What_it_takes_solves_the_profit_target_for_the_stem_price_or_the_visitors()
    {
        var chain = Chain();
        // Target CNY 2 M with the rest of the park at −0.5 M: the chain must bring 2.5 M.
        // Price: (2.5 M − (120,000 − 30,000) − (800,000 − 200,000)) / 700,000 stems = 1.81 M / 0.7 M.
        Assert.Equal(1_810_000 / 700_000.0, chain.RequiredFreshCutPriceCnyPerStem(2_000_000, -500_000)!.Value, 12);
        // Visitors: (2.5 M − 770,000 − 90,000) / (80 × 0.75) = 27,333.3.
        Assert.Equal(1_640_000 / 60.0, chain.RequiredVisitorsPerYear(2_000_000, -500_000)!.Value, 9);
        // A target already met needs nothing more.
        Assert.Equal(0.0, chain.RequiredVisitorsPerYear(0, 0));
        // Nothing sold fresh, or no spend: the question has no answer.
        Assert.Null((chain with { ProcessingShare = 1 }).RequiredFreshCutPriceCnyPerStem(1e6, 0));
        Assert.Null((chain with { SpendCnyPerVisitor = 0 }).RequiredVisitorsPerYear(1e6, 0));
    }

    [Fact]
    public void Thirty_six_million_stems_at_Dounan_prices_bring_the_revenue_FACTS_reconciles()
    {
        // FACTS consistency notes [170]: 36 M stems at wholesale prices bring CNY 30–39 M (0.82/stem in 2024, 1.09 in 2021).
        var at2024 = new RoseValueChain { StemsPerYear = 36e6, Grades = RoseGradeSplit.DounanAverage2024 };
        Assert.Equal(36e6 * 0.82, at2024.RevenueCny, 3);
        var at2021 = at2024 with { Grades = new RoseGradeSplit([new RoseGrade("Dounan 2021 average", 1, 1.09)]) };
        Assert.Equal(39.24e6, at2021.RevenueCny, 3);
        // "CNY 60 M profit needs ≈CNY 2–3 per stem" [170]: with CNY 30 M of costs outside the chain, (60 + 30) M / 36 M = 2.5.
        Assert.Equal(2.5, at2024.RequiredFreshCutPriceCnyPerStem(60e6, -30e6)!.Value, 12);
        // With no costs at all it would still take 60/36 = 1.67 CNY/stem, twice the 2024 price.
        Assert.Equal(60.0 / 36, at2024.RequiredFreshCutPriceCnyPerStem(60e6, 0)!.Value, 12);
    }

    [Fact]
    public void The_chain_feeds_named_lines_into_the_cash_flow_table()
    {
        var chain = Chain();
        var spec = new FinanceSpec
        {
            ProjectYears = 3,
            DiscountRate = DiscountRate.Real(0.05),
            Escalation = new Escalation { RosePricePerYear = 0.03 },
            Revenues = chain.RevenueLines(),
            OperatingCosts = chain.CostLines(),
        };
        var table = CashFlowTable.Build(spec);
        Assert.Equal(["Roses, fresh-cut: A", "Roses, fresh-cut: B", "Roses, fresh-cut: C", "Rose products", "Agritourism"], table.Years[1].Revenues.Select(r => r.Name));
        Assert.Equal(["Rose processing", "Agritourism operations"], table.Years[1].OperatingCosts.Select(r => r.Name));
        Assert.Equal(chain.ContributionCny, table.Profit(1).OperatingProfitCny, 6);
        // Fresh-cut follows rose prices: grade A 450,000 × 1.03 in year 2; products and tourism follow general inflation (0 here).
        Assert.Equal(450_000 * 1.03, table.Years[2].Revenues[0].AmountCny, 6);
        Assert.Equal(800_000, table.Years[2].Revenues[4].AmountCny, 6);
    }

    [Fact]
    public void Processing_without_petal_figures_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => (Chain() with { PetalKgPerStem = 0 }).Validated());
        Assert.Equal("RoseValueChain.PetalKgPerStem [kg/stem] (processing share > 0)", ex.Field);
        Assert.Equal("RoseValueChain.ProcessingShare", Assert.Throws<InvalidInputException>(() => (Chain() with { ProcessingShare = 1.5 }).Validated()).Field);
    }
}
