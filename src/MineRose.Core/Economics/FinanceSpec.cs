namespace MineRose.Core.Economics;

/// <summary>Everything the cash-flow table needs: project life, discount rate, escalation, components and recurring lines.</summary>
/// <remarks>Cash flows are those of the unlevered project before tax: no loans, interest, tax or subsidies unless the
/// caller adds them as lines. All money is in the basis of <see cref="DiscountRate"/> [163].</remarks>
public sealed record FinanceSpec
{
    /// <summary>Project life N [yr], in [1, 100]; operating years are 1..N.</summary>
    public required int ProjectYears { get; init; }

    /// <summary>Discount rate and its basis.</summary>
    public required DiscountRate DiscountRate { get; init; }

    /// <summary>Escalation rates; default none.</summary>
    public Escalation Escalation { get; init; } = Escalation.None;

    /// <summary>Capital components; default none.</summary>
    public IReadOnlyList<ComponentCost> Components { get; init; } = [];

    /// <summary>Recurring revenue lines: rose sales, electricity savings and sales, carbon, tourism…; default none.</summary>
    public IReadOnlyList<CashLine> Revenues { get; init; } = [];

    /// <summary>Recurring operating-cost lines: opex, labour, grid purchases…; component O&amp;M is added from <see cref="Components"/>.</summary>
    public IReadOnlyList<CashLine> OperatingCosts { get; init; } = [];

    /// <summary>Whether the residual (undepreciated) value of the components counts as an inflow in year N; default true.</summary>
    public bool IncludeResidualValue { get; init; } = true;

    /// <summary>Checks every field and item and returns this instance, or throws naming the first bad field.</summary>
    public FinanceSpec Validated()
    {
        Guard.InRange(ProjectYears, 1, 100, "FinanceSpec.ProjectYears [yr]");
        if (DiscountRate is null)
            throw new InvalidInputException("FinanceSpec.DiscountRate", "null", "a discount rate");
        DiscountRate.Validated();
        if (Escalation is null)
            throw new InvalidInputException("FinanceSpec.Escalation", "null", "escalation rates");
        Escalation.Validated();
        if (Components is null || Revenues is null || OperatingCosts is null)
            throw new InvalidInputException("FinanceSpec lists", "null", "lists (possibly empty) of components, revenues and operating costs");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Components)
        {
            (c ?? throw new InvalidInputException("FinanceSpec.Components", "null item", "a component")).Validated();
            if (c.InstallationYear >= ProjectYears)
                Guard.InRange(c.InstallationYear, 0, ProjectYears - 1, $"ComponentCost.InstallationYear ('{c.Name}') [yr]");
            RequireUnique(names, c.Name, "FinanceSpec.Components");
        }

        names.Clear();
        foreach (var line in Revenues)
        {
            (line ?? throw new InvalidInputException("FinanceSpec.Revenues", "null item", "a line")).Validated(ProjectYears);
            RequireUnique(names, line.Name, "FinanceSpec.Revenues");
        }

        names.Clear();
        foreach (var line in OperatingCosts)
        {
            (line ?? throw new InvalidInputException("FinanceSpec.OperatingCosts", "null item", "a line")).Validated(ProjectYears);
            RequireUnique(names, line.Name, "FinanceSpec.OperatingCosts");
        }

        return this;
    }

    private static void RequireUnique(HashSet<string> names, string name, string field)
    {
        if (!names.Add(name))
            throw new InvalidInputException(field, $"'{name}' twice", "unique names");
    }
}
