namespace MineRose.Core.Crops;

/// <summary>One quality grade of cut roses: its share of the harvest and its price (scenario data).</summary>
/// <param name="Name">Grade label, e.g. "A (≥ 60 cm)".</param>
/// <param name="Share">Fraction of harvested stems in this grade [-], in [0, 1].</param>
/// <param name="PriceCnyPerStem">Farm-gate or wholesale price of a stem of this grade [CNY/stem], at least 0.</param>
public sealed record RoseGrade(string Name, double Share, double PriceCnyPerStem)
{
    /// <summary>Checks every field and returns the grade, or throws naming the bad field.</summary>
    public RoseGrade Validated()
    {
        Guard.InRange(Share, 0, 1, $"share of rose grade '{Name}'");
        Guard.NonNegative(PriceCnyPerStem, $"price of rose grade '{Name}' [CNY/stem]");
        return this;
    }
}
