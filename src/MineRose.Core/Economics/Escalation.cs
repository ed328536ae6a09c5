namespace MineRose.Core.Economics;

/// <summary>Annual escalation rates of prices and costs over the project life, in the basis of the <see cref="DiscountRate"/>.</summary>
/// <remarks>
/// In a real analysis the rates are real (above general inflation; 0 keeps today's prices); in a nominal analysis
/// they include inflation [163]. Recurring lines are stated at first-year (year 1) prices and escalate from there:
/// factor (1 + e)^(t − 1) in year t. Capital goods are priced in year-0 money: factor (1 + e_cap)^t.
/// </remarks>
public sealed record Escalation
{
    /// <summary>No escalation: every price constant in the money of the analysis.</summary>
    public static Escalation None { get; } = new();

    /// <summary>General inflation, for <see cref="PriceIndex.General"/> lines [1/yr]; 0 in a real analysis.</summary>
    public double GeneralPerYear { get; init; }

    /// <summary>Electricity price escalation [1/yr].</summary>
    public double ElectricityPerYear { get; init; }

    /// <summary>Rose price escalation [1/yr].</summary>
    public double RosePricePerYear { get; init; }

    /// <summary>Operation and maintenance cost escalation, also applied to component O&amp;M [1/yr].</summary>
    public double OpexPerYear { get; init; }

    /// <summary>Wage escalation [1/yr].</summary>
    public double LabourPerYear { get; init; }

    /// <summary>Carbon price escalation [1/yr].</summary>
    public double CarbonPricePerYear { get; init; }

    /// <summary>Escalation of equipment prices, applied to replacements and late installations [1/yr].</summary>
    public double CapitalGoodsPerYear { get; init; }

    /// <summary>Checks every rate (each in [−0.5, 1]) and returns this instance, or throws naming the field.</summary>
    public Escalation Validated()
    {
        Guard.InRange(GeneralPerYear, -0.5, 1.0, "Escalation.GeneralPerYear");
        Guard.InRange(ElectricityPerYear, -0.5, 1.0, "Escalation.ElectricityPerYear");
        Guard.InRange(RosePricePerYear, -0.5, 1.0, "Escalation.RosePricePerYear");
        Guard.InRange(OpexPerYear, -0.5, 1.0, "Escalation.OpexPerYear");
        Guard.InRange(LabourPerYear, -0.5, 1.0, "Escalation.LabourPerYear");
        Guard.InRange(CarbonPricePerYear, -0.5, 1.0, "Escalation.CarbonPricePerYear");
        Guard.InRange(CapitalGoodsPerYear, -0.5, 1.0, "Escalation.CapitalGoodsPerYear");
        return this;
    }

    /// <summary>The annual rate of an index [1/yr].</summary>
    /// <param name="index">The price index.</param>
    public double RatePerYear(PriceIndex index) => index switch
    {
        PriceIndex.None => 0.0,
        PriceIndex.General => GeneralPerYear,
        PriceIndex.Electricity => ElectricityPerYear,
        PriceIndex.RosePrice => RosePricePerYear,
        PriceIndex.Opex => OpexPerYear,
        PriceIndex.Labour => LabourPerYear,
        PriceIndex.CarbonPrice => CarbonPricePerYear,
        _ => throw new InvalidInputException("price index", index.ToString(), "one of None, General, Electricity, RosePrice, Opex, Labour, CarbonPrice"),
    };

    /// <summary>Price level of a recurring line in an operating year relative to year 1, (1 + e)^(t − 1) [–].</summary>
    /// <param name="index">The price index.</param>
    /// <param name="year">Operating year t, ≥ 1.</param>
    public double OperatingFactor(PriceIndex index, int year)
    {
        if (year < 1)
            throw new InvalidInputException("operating year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer >= 1");
        return Math.Pow(1.0 + RatePerYear(index), year - 1);
    }

    /// <summary>Price level of capital goods in a year relative to year 0, (1 + e_cap)^t [–].</summary>
    /// <param name="year">Year t, ≥ 0.</param>
    public double CapitalFactor(int year)
    {
        if (year < 0)
            throw new InvalidInputException("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer >= 0");
        return Math.Pow(1.0 + CapitalGoodsPerYear, year);
    }
}
