namespace MineRose.Core.Economics;

/// <summary>The capital cost of one park component, its fixed O&amp;M, lifetime, replacements and residual value.</summary>
/// <remarks>
/// <para>Capex = quantity × unit cost. The component is bought in <see cref="InstallationYear"/> y₀ (0: before
/// operation starts) and serves <see cref="LifetimeYears"/> L operating years; it is bought again at y₀ + L, y₀ + 2L, …
/// while that year is before the last project year N (a unit whose life ends with the project is not replaced).</para>
/// <para>The price of a purchase in year t is capex·φ·(1 + e_cap)^t·(1 − d)^t, with φ = 1 for the first purchase
/// and <see cref="ReplacementCostFraction"/> for replacements, d = <see cref="CostDeclinePerYear"/> (learning) and e_cap
/// the capital-goods escalation. Each purchase depreciates straight-line over L years; what is left at the end of
/// year N is the residual value, cost × (y_last + L − N)/L, the linear remaining-life salvage of HOMER [168].</para>
/// <para>Fixed O&amp;M per operating year = <see cref="FixedOmCnyPerYear"/> + <see cref="FixedOmFractionOfCapexPerYear"/>·capex,
/// escalated with the O&amp;M index from year 1.</para>
/// </remarks>
public sealed record ComponentCost
{
    /// <summary>Component name, e.g. "PV inverters"; unique within a <see cref="FinanceSpec"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Installed quantity, in <see cref="Unit"/> [unit]; 1 for a lump sum.</summary>
    public required double Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/>, e.g. "kWp", "m²", "lump sum".</summary>
    public required string Unit { get; init; }

    /// <summary>Cost of one unit at year-0 prices [CNY/unit].</summary>
    public required double UnitCostCny { get; init; }

    /// <summary>Service life L [yr], in [1, 100].</summary>
    public required int LifetimeYears { get; init; }

    /// <summary>Fixed O&amp;M in the first operating year [CNY/yr]; default 0.</summary>
    public double FixedOmCnyPerYear { get; init; }

    /// <summary>Fixed O&amp;M as a fraction of capex per year [1/yr], in [0, 1]; default 0. Added to <see cref="FixedOmCnyPerYear"/>.</summary>
    public double FixedOmFractionOfCapexPerYear { get; init; }

    /// <summary>Cost of a replacement as a fraction of the initial capex, φ [–], in [0, 2]; default 1.</summary>
    public double ReplacementCostFraction { get; init; } = 1.0;

    /// <summary>Annual decline of the component's price (learning), d [1/yr], in [0, 0.5]; default 0.</summary>
    public double CostDeclinePerYear { get; init; }

    /// <summary>Year of the first purchase y₀ [yr], in [0, N − 1]; default 0 (before operation). Later for a second phase.</summary>
    public int InstallationYear { get; init; }

    /// <summary>Initial capital cost, quantity × unit cost [CNY].</summary>
    public double CapexCny => Quantity * UnitCostCny;

    /// <summary>Fixed O&amp;M in the first operating year at year-1 prices [CNY/yr].</summary>
    public double FirstYearFixedOmCny => FixedOmCnyPerYear + FixedOmFractionOfCapexPerYear * CapexCny;

    /// <summary>A component priced by a preset unit cost.</summary>
    /// <param name="name">Component name.</param>
    /// <param name="unitCost">The unit cost, e.g. <see cref="CostDefaults.PvDakuishan"/>.</param>
    /// <param name="quantity">Installed quantity in the unit of <paramref name="unitCost"/> [unit].</param>
    /// <param name="lifetimeYears">Service life [yr].</param>
    public static ComponentCost Of(string name, CostItem unitCost, double quantity, int lifetimeYears)
    {
        ArgumentNullException.ThrowIfNull(unitCost);
        unitCost.Validated();
        return new ComponentCost { Name = name, Quantity = quantity, Unit = unitCost.Unit, UnitCostCny = unitCost.CnyPerUnit, LifetimeYears = lifetimeYears };
    }

    /// <summary>A component priced as a lump sum.</summary>
    /// <param name="name">Component name.</param>
    /// <param name="capexCny">Capital cost [CNY].</param>
    /// <param name="lifetimeYears">Service life [yr].</param>
    public static ComponentCost LumpSum(string name, double capexCny, int lifetimeYears) =>
        new() { Name = name, Quantity = 1.0, Unit = "lump sum", UnitCostCny = capexCny, LifetimeYears = lifetimeYears };

    /// <summary>Checks every field and returns this instance, or throws naming the field.</summary>
    public ComponentCost Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("ComponentCost.Name", "empty", "a name");
        Guard.NonNegative(Quantity, $"ComponentCost.Quantity ('{Name}') [{Unit}]");
        Guard.NonNegative(UnitCostCny, $"ComponentCost.UnitCostCny ('{Name}') [CNY/{Unit}]");
        Guard.InRange(LifetimeYears, 1, 100, $"ComponentCost.LifetimeYears ('{Name}') [yr]");
        Guard.NonNegative(FixedOmCnyPerYear, $"ComponentCost.FixedOmCnyPerYear ('{Name}') [CNY/yr]");
        Guard.InRange(FixedOmFractionOfCapexPerYear, 0.0, 1.0, $"ComponentCost.FixedOmFractionOfCapexPerYear ('{Name}') [1/yr]");
        Guard.InRange(ReplacementCostFraction, 0.0, 2.0, $"ComponentCost.ReplacementCostFraction ('{Name}')");
        Guard.InRange(CostDeclinePerYear, 0.0, 0.5, $"ComponentCost.CostDeclinePerYear ('{Name}') [1/yr]");
        Guard.InRange(InstallationYear, 0, 99, $"ComponentCost.InstallationYear ('{Name}') [yr]");
        Guard.Finite(CapexCny, $"ComponentCost capex ('{Name}') [CNY]");
        return this;
    }

    /// <summary>Years in which the component is bought again within a project of <paramref name="projectYears"/> years.</summary>
    /// <param name="projectYears">Project life N [yr], ≥ 1.</param>
    /// <returns>y₀ + kL for k ≥ 1 while below N; empty if none.</returns>
    public int[] ReplacementYears(int projectYears)
    {
        Guard.InRange(projectYears, 1, 100, "project years");
        int count = 0;
        for (int y = InstallationYear + LifetimeYears; y < projectYears; y += LifetimeYears)
            count++;
        var years = new int[count];
        for (int k = 0; k < count; k++)
            years[k] = InstallationYear + (k + 1) * LifetimeYears;
        return years;
    }

    /// <summary>Price of a purchase of this component in a year [CNY].</summary>
    /// <param name="year">Year of purchase t [yr], ≥ 0.</param>
    /// <param name="isReplacement">True for a replacement (× <see cref="ReplacementCostFraction"/>).</param>
    /// <param name="escalation">Capital-goods escalation.</param>
    /// <returns>capex·φ·(1 + e_cap)^t·(1 − d)^t [CNY].</returns>
    public double PurchaseCostCny(int year, bool isReplacement, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        double fraction = isReplacement ? ReplacementCostFraction : 1.0;
        return CapexCny * fraction * escalation.CapitalFactor(year) * Math.Pow(1.0 - CostDeclinePerYear, year);
    }
}
