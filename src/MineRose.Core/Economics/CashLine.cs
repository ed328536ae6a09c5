using System.Globalization;

namespace MineRose.Core.Economics;

/// <summary>A recurring revenue or operating-cost line of the cash-flow table, stated for the first operating year.</summary>
/// <remarks>
/// Amount in operating year t = <see cref="FirstYearCny"/> · q(t) · (1 + e)^(t − 1) for
/// <see cref="StartYear"/> ≤ t ≤ <see cref="EndYear"/>, else 0; e is the rate of <see cref="Index"/>. The quantity factor
/// q(t) is <see cref="QuantityFactors"/>[t − 1] when given (e.g. battery capacity fade from a multi-year simulation),
/// else the linear trend max(0, 1 + g·(t − StartYear)) with g = <see cref="QuantityChangePerYear"/>, the linear
/// convention of <see cref="Pv.Degradation"/> (g = −0.005 for PV losing 0.5 %/yr).
/// </remarks>
public sealed record CashLine
{
    /// <summary>Line name as printed, e.g. "Roses, fresh-cut" or "Grid purchases"; unique within its list.</summary>
    public required string Name { get; init; }

    /// <summary>Amount in the first operating year at year-1 prices and quantities [CNY/yr], ≥ 0.</summary>
    public required double FirstYearCny { get; init; }

    /// <summary>Escalation index the price follows; default <see cref="PriceIndex.None"/>.</summary>
    public PriceIndex Index { get; init; } = PriceIndex.None;

    /// <summary>Linear change of the underlying quantity per year g [1/yr], in [−1, 1]; negative for degradation. Default 0.</summary>
    public double QuantityChangePerYear { get; init; }

    /// <summary>Quantity factor of each project year 1..N [–], each ≥ 0; overrides <see cref="QuantityChangePerYear"/>. Default null.</summary>
    public IReadOnlyList<double>? QuantityFactors { get; init; }

    /// <summary>First operating year with this line [yr], ≥ 1; default 1.</summary>
    public int StartYear { get; init; } = 1;

    /// <summary>Last operating year with this line [yr]; null for the whole project life. E.g. a 10-year carbon crediting period.</summary>
    public int? EndYear { get; init; }

    /// <summary>Checks every field against a project life and returns this instance, or throws naming the field.</summary>
    /// <param name="projectYears">Project life N [yr].</param>
    public CashLine Validated(int projectYears)
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("CashLine.Name", "empty", "a name");
        Guard.NonNegative(FirstYearCny, $"CashLine.FirstYearCny ('{Name}') [CNY/yr]");
        if (!Enum.IsDefined(Index))
            throw new InvalidInputException($"CashLine.Index ('{Name}')", Index.ToString(), "a defined price index");
        Guard.InRange(QuantityChangePerYear, -1.0, 1.0, $"CashLine.QuantityChangePerYear ('{Name}') [1/yr]");
        Guard.InRange(StartYear, 1, projectYears, $"CashLine.StartYear ('{Name}') [yr]");
        if (EndYear is int end)
            Guard.InRange(end, StartYear, projectYears, $"CashLine.EndYear ('{Name}') [yr]");
        if (QuantityFactors is { } factors)
        {
            if (factors.Count != projectYears)
            {
                throw new InvalidInputException($"CashLine.QuantityFactors ('{Name}')", $"{factors.Count.ToString(CultureInfo.InvariantCulture)} values",
                    $"one factor per project year ({projectYears.ToString(CultureInfo.InvariantCulture)})");
            }

            for (int i = 0; i < factors.Count; i++)
                Guard.NonNegative(factors[i], $"CashLine.QuantityFactors[{i.ToString(CultureInfo.InvariantCulture)}] ('{Name}')");
        }

        return this;
    }

    /// <summary>The quantity factor q(t) of an operating year [–] (1 at <see cref="StartYear"/> unless factors are given).</summary>
    /// <param name="year">Operating year t, ≥ 1.</param>
    public double QuantityFactor(int year)
    {
        if (year < 1)
            throw new InvalidInputException("operating year", year.ToString(CultureInfo.InvariantCulture), "an integer >= 1");
        if (QuantityFactors is { } factors)
            return year <= factors.Count ? factors[year - 1] : 0.0;
        return Math.Max(0.0, 1.0 + QuantityChangePerYear * (year - StartYear));
    }

    /// <summary>The line's amount in an operating year [CNY].</summary>
    /// <param name="year">Operating year t, ≥ 1.</param>
    /// <param name="escalation">Escalation rates.</param>
    /// <returns>FirstYearCny·q(t)·(1 + e)^(t − 1) inside [StartYear, EndYear], else 0 [CNY].</returns>
    public double AmountCny(int year, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (year < StartYear || (EndYear is int end && year > end))
            return 0.0;
        return FirstYearCny * QuantityFactor(year) * escalation.OperatingFactor(Index, year);
    }
}
