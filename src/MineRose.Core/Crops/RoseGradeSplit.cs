namespace MineRose.Core.Crops;

/// <summary>The split of a rose harvest into grades with a price each; shares sum to 1. Prices are scenario data.</summary>
public sealed class RoseGradeSplit
{
    /// <summary>A split from its grades; throws naming the field if a share or price is invalid or the shares do not sum to 1.</summary>
    /// <param name="grades">The grades, at least one.</param>
    public RoseGradeSplit(IReadOnlyList<RoseGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count == 0)
            throw new InvalidInputException("rose grades", "none", "at least one grade");
        double sum = 0;
        foreach (var g in grades)
            sum += g.Validated().Share;
        if (Math.Abs(sum - 1) > 1e-6)
            throw new InvalidInputException("sum of rose grade shares", Guard.Format(sum), "1");
        Grades = [.. grades];
    }

    /// <summary>The grades.</summary>
    public IReadOnlyList<RoseGrade> Grades { get; }

    /// <summary>Share-weighted mean price [CNY/stem].</summary>
    public double MeanPriceCnyPerStem => Grades.Sum(g => g.Share * g.PriceCnyPerStem);

    /// <summary>Stems in each grade, in the order of <see cref="Grades"/> [stems].</summary>
    /// <param name="totalStems">Harvested stems [stems].</param>
    public double[] StemsByGrade(double totalStems)
    {
        Guard.NonNegative(totalStems, "harvested stems");
        return Grades.Select(g => g.Share * totalStems).ToArray();
    }

    /// <summary>Revenue of a harvest [CNY].</summary>
    /// <param name="totalStems">Harvested stems [stems].</param>
    public double RevenueCny(double totalStems) => Guard.NonNegative(totalStems, "harvested stems") * MeanPriceCnyPerStem;

    /// <summary>One grade at the 2024 average wholesale price of the Kunming Dounan market, CNY 0.82/stem [91].</summary>
    public static RoseGradeSplit DounanAverage2024 { get; } = new([new RoseGrade("Dounan 2024 average", 1, 0.82)]);
}
