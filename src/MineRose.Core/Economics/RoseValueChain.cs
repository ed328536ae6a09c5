using MineRose.Core.Crops;

namespace MineRose.Core.Economics;

/// <summary>The rose value chain of a park: fresh-cut stems by grade, an optional share sent to deep processing, and agritourism.</summary>
/// <remarks>
/// <para>Processing takes stems from the lowest-priced grades first (culls and short stems go to petals), so the
/// fresh-cut mean price rises with the share processed. With S stems, processed share s, petal mass m per stem,
/// product yield y per kg of petals and product price p_prod:</para>
/// <para>fresh-cut revenue = S·Σ_g (share_g − taken_g)·price_g; product = S·s·m·y [kg]; processing revenue = product·p_prod,
/// processing cost = product·c_prod; tourism revenue = visitors·spend, tourism cost = that × cost fraction.</para>
/// <para>All figures are scenario data, none is preset: the product and tourism figures vary too much between
/// operations (rose tea, essential oil, jam; sightseeing, weddings) for a default to mean anything.</para>
/// </remarks>
public sealed record RoseValueChain
{
    /// <summary>Stems harvested per year S [stems/yr].</summary>
    public required double StemsPerYear { get; init; }

    /// <summary>Grades with their shares and fresh-cut prices.</summary>
    public required RoseGradeSplit Grades { get; init; }

    /// <summary>Share of the harvested stems sent to deep processing s [–], in [0, 1]; default 0.</summary>
    public double ProcessingShare { get; init; }

    /// <summary>Fresh petal mass per processed stem m [kg/stem], in [0, 1]; required &gt; 0 when <see cref="ProcessingShare"/> &gt; 0.</summary>
    public double PetalKgPerStem { get; init; }

    /// <summary>Product mass per kg of fresh petals y [kg/kg], in [0, 1]; required &gt; 0 when <see cref="ProcessingShare"/> &gt; 0.</summary>
    public double ProductKgPerKgPetals { get; init; }

    /// <summary>Product price p_prod [CNY/kg]; default 0.</summary>
    public double ProductPriceCnyPerKg { get; init; }

    /// <summary>Processing cost c_prod, materials, energy and labour [CNY/kg of product]; default 0.</summary>
    public double ProcessingCostCnyPerKgProduct { get; init; }

    /// <summary>Visitors per year [1/yr]; default 0.</summary>
    public double VisitorsPerYear { get; init; }

    /// <summary>Spend per visitor (tickets, food, flowers) [CNY]; default 0.</summary>
    public double SpendCnyPerVisitor { get; init; }

    /// <summary>Operating cost of agritourism as a fraction of its revenue [–], in [0, 1]; default 0.</summary>
    public double TourismCostFraction { get; init; }

    /// <summary>Checks every field and returns this instance, or throws naming the field.</summary>
    public RoseValueChain Validated()
    {
        Guard.NonNegative(StemsPerYear, "RoseValueChain.StemsPerYear [stems/yr]");
        if (Grades is null)
            throw new InvalidInputException("RoseValueChain.Grades", "null", "a grade split");
        Guard.InRange(ProcessingShare, 0.0, 1.0, "RoseValueChain.ProcessingShare");
        Guard.InRange(PetalKgPerStem, 0.0, 1.0, "RoseValueChain.PetalKgPerStem [kg/stem]");
        Guard.InRange(ProductKgPerKgPetals, 0.0, 1.0, "RoseValueChain.ProductKgPerKgPetals [kg/kg]");
        if (ProcessingShare > 0.0)
        {
            Guard.Positive(PetalKgPerStem, "RoseValueChain.PetalKgPerStem [kg/stem] (processing share > 0)");
            Guard.Positive(ProductKgPerKgPetals, "RoseValueChain.ProductKgPerKgPetals [kg/kg] (processing share > 0)");
        }

        Guard.NonNegative(ProductPriceCnyPerKg, "RoseValueChain.ProductPriceCnyPerKg [CNY/kg]");
        Guard.NonNegative(ProcessingCostCnyPerKgProduct, "RoseValueChain.ProcessingCostCnyPerKgProduct [CNY/kg]");
        Guard.NonNegative(VisitorsPerYear, "RoseValueChain.VisitorsPerYear [1/yr]");
        Guard.NonNegative(SpendCnyPerVisitor, "RoseValueChain.SpendCnyPerVisitor [CNY]");
        Guard.InRange(TourismCostFraction, 0.0, 1.0, "RoseValueChain.TourismCostFraction");
        return this;
    }

    /// <summary>Stems sold fresh-cut, S·(1 − s) [stems/yr].</summary>
    public double FreshCutStems => StemsPerYear * (1.0 - ProcessingShare);

    /// <summary>Stems sent to processing, S·s [stems/yr].</summary>
    public double ProcessedStems => StemsPerYear * ProcessingShare;

    /// <summary>Revenue of the fresh-cut stems, the lowest grades having gone to processing [CNY/yr].</summary>
    public double FreshCutRevenueCny => FreshCutRevenueByGrade().Sum(g => g.AmountCny);

    /// <summary>Fresh-cut revenue of each grade, in the order of <see cref="RoseGradeSplit.Grades"/>, after processing took the cheapest stems [CNY/yr].</summary>
    public IReadOnlyList<LineItem> FreshCutRevenueByGrade()
    {
        Validated();
        var grades = Grades.Grades;
        var taken = new double[grades.Count];
        // Take the processing share from the cheapest grades first (stable order for equal prices).
        double toTake = ProcessingShare;
        foreach (int i in Enumerable.Range(0, grades.Count).OrderBy(i => grades[i].PriceCnyPerStem))
        {
            taken[i] = Math.Min(grades[i].Share, toTake);
            toTake -= taken[i];
        }

        var lines = new LineItem[grades.Count];
        for (int i = 0; i < grades.Count; i++)
            lines[i] = new LineItem(grades[i].Name, StemsPerYear * (grades[i].Share - taken[i]) * grades[i].PriceCnyPerStem);
        return lines;
    }

    /// <summary>Mean price of a fresh-cut stem after processing took the cheapest [CNY/stem]; the split's mean price when nothing is sold fresh.</summary>
    public double FreshCutMeanPriceCnyPerStem => FreshCutStems > 0.0 ? FreshCutRevenueCny / FreshCutStems : Grades.MeanPriceCnyPerStem;

    /// <summary>Processed product, S·s·m·y [kg/yr].</summary>
    public double ProductKg => ProcessedStems * PetalKgPerStem * ProductKgPerKgPetals;

    /// <summary>Revenue of processed products [CNY/yr].</summary>
    public double ProcessingRevenueCny => ProductKg * ProductPriceCnyPerKg;

    /// <summary>Cost of processing [CNY/yr].</summary>
    public double ProcessingCostCny => ProductKg * ProcessingCostCnyPerKgProduct;

    /// <summary>Agritourism revenue, visitors × spend [CNY/yr].</summary>
    public double TourismRevenueCny => VisitorsPerYear * SpendCnyPerVisitor;

    /// <summary>Agritourism operating cost [CNY/yr].</summary>
    public double TourismCostCny => TourismRevenueCny * TourismCostFraction;

    /// <summary>All revenue of the chain [CNY/yr].</summary>
    public double RevenueCny => FreshCutRevenueCny + ProcessingRevenueCny + TourismRevenueCny;

    /// <summary>Revenue less the chain's own processing and tourism costs; growing and park costs are not in it [CNY/yr].</summary>
    public double ContributionCny => RevenueCny - ProcessingCostCny - TourismCostCny;

    /// <summary>Revenue lines for a <see cref="FinanceSpec"/>: fresh-cut by grade, "Roses, fresh-cut: {grade}" (rose prices), then
    /// products and tourism (general inflation); empty product and tourism lines are left out.</summary>
    public IReadOnlyList<CashLine> RevenueLines()
    {
        var lines = new List<CashLine>();
        foreach (var grade in FreshCutRevenueByGrade())
            lines.Add(new CashLine { Name = "Roses, fresh-cut: " + grade.Name, FirstYearCny = grade.AmountCny, Index = PriceIndex.RosePrice });
        if (ProcessingRevenueCny > 0.0)
            lines.Add(new CashLine { Name = "Rose products", FirstYearCny = ProcessingRevenueCny, Index = PriceIndex.General });
        if (TourismRevenueCny > 0.0)
            lines.Add(new CashLine { Name = "Agritourism", FirstYearCny = TourismRevenueCny, Index = PriceIndex.General });
        return lines;
    }

    /// <summary>Operating-cost lines for a <see cref="FinanceSpec"/>: processing and tourism (O&amp;M index); empty lines are left out.</summary>
    public IReadOnlyList<CashLine> CostLines()
    {
        var lines = new List<CashLine>();
        if (ProcessingCostCny > 0.0)
            lines.Add(new CashLine { Name = "Rose processing", FirstYearCny = ProcessingCostCny, Index = PriceIndex.Opex });
        if (TourismCostCny > 0.0)
            lines.Add(new CashLine { Name = "Agritourism operations", FirstYearCny = TourismCostCny, Index = PriceIndex.Opex });
        return lines;
    }

    /// <summary>What it takes: the mean fresh-cut price per stem at which the park's annual profit reaches a target.</summary>
    /// <remarks>Solves target = other + F·p + (processing + tourism contribution) for p, F = <see cref="FreshCutStems"/>.
    /// Compare the answer with <see cref="FreshCutMeanPriceCnyPerStem"/> (e.g. CNY 0.82 at Kunming in 2024 [170]).</remarks>
    /// <param name="targetProfitCny">Annual profit aimed at, e.g. the published CNY 60 M [CNY/yr].</param>
    /// <param name="otherProfitCny">Everything else of the park in that year: other revenues less all costs not in this chain (growing, energy, labour…) [CNY/yr].</param>
    /// <returns>Mean price over fresh-cut stems [CNY/stem]; 0 if the target is met without fresh-cut revenue; null if nothing is sold fresh.</returns>
    public double? RequiredFreshCutPriceCnyPerStem(double targetProfitCny, double otherProfitCny)
    {
        Validated();
        Guard.Finite(targetProfitCny, "target profit [CNY/yr]");
        Guard.Finite(otherProfitCny, "other profit [CNY/yr]");
        if (!(FreshCutStems > 0.0))
            return null;
        double rest = ProcessingRevenueCny - ProcessingCostCny + TourismRevenueCny - TourismCostCny;
        return Math.Max(0.0, (targetProfitCny - otherProfitCny - rest) / FreshCutStems);
    }

    /// <summary>What it takes: the visitors per year at which the park's annual profit reaches a target, at the stated spend.</summary>
    /// <param name="targetProfitCny">Annual profit aimed at [CNY/yr].</param>
    /// <param name="otherProfitCny">Everything else of the park: other revenues less all costs not in this chain [CNY/yr].</param>
    /// <returns>Visitors [1/yr]; 0 if the target is met without tourism; null if a visitor brings no net income.</returns>
    public double? RequiredVisitorsPerYear(double targetProfitCny, double otherProfitCny)
    {
        Validated();
        Guard.Finite(targetProfitCny, "target profit [CNY/yr]");
        Guard.Finite(otherProfitCny, "other profit [CNY/yr]");
        double netPerVisitor = SpendCnyPerVisitor * (1.0 - TourismCostFraction);
        if (!(netPerVisitor > 0.0))
            return null;
        double rest = FreshCutRevenueCny + ProcessingRevenueCny - ProcessingCostCny;
        return Math.Max(0.0, (targetProfitCny - otherProfitCny - rest) / netPerVisitor);
    }
}
