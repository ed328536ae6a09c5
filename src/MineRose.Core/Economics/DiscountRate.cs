namespace MineRose.Core.Economics;

/// <summary>An annual discount rate with its basis stated, real or nominal [163].</summary>
/// <remarks>
/// Cash flows and the rate must share a basis: real flows (constant money, escalation rates above inflation) with a
/// real rate, nominal flows with a nominal rate [163]. The Fisher relation converts between them [171]:
/// (1 + r_nominal) = (1 + r_real)·(1 + i). Discounting is end-of-year: a flow in year t is worth 1/(1 + r)^t today.
/// </remarks>
/// <param name="RatePerYear">Discount rate r [1/yr], in [−0.5, 1].</param>
/// <param name="Basis">Real or nominal.</param>
public sealed record DiscountRate(double RatePerYear, DiscountBasis Basis)
{
    /// <summary>Lowest accepted rate [1/yr].</summary>
    public const double MinRatePerYear = -0.5;

    /// <summary>Highest accepted rate [1/yr].</summary>
    public const double MaxRatePerYear = 1.0;

    /// <summary>A real rate.</summary>
    /// <param name="ratePerYear">Real discount rate [1/yr].</param>
    public static DiscountRate Real(double ratePerYear) => new DiscountRate(ratePerYear, DiscountBasis.Real).Validated();

    /// <summary>A nominal rate.</summary>
    /// <param name="ratePerYear">Nominal discount rate [1/yr].</param>
    public static DiscountRate Nominal(double ratePerYear) => new DiscountRate(ratePerYear, DiscountBasis.Nominal).Validated();

    /// <summary>Checks the rate and returns this instance, or throws naming the field.</summary>
    public DiscountRate Validated()
    {
        Guard.InRange(RatePerYear, MinRatePerYear, MaxRatePerYear, "DiscountRate.RatePerYear");
        if (!Enum.IsDefined(Basis))
            throw new InvalidInputException("DiscountRate.Basis", Basis.ToString(), "Real or Nominal");
        return this;
    }

    /// <summary>Present value of one unit of money in a year, 1/(1 + r)^t [–].</summary>
    /// <param name="year">Year t counted from the investment (0) [yr], ≥ 0.</param>
    public double Factor(int year)
    {
        if (year < 0)
            throw new InvalidInputException("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer >= 0");
        return Math.Pow(1.0 + RatePerYear, -year);
    }

    /// <summary>The same rate in the real basis, by the Fisher relation [171].</summary>
    /// <param name="inflationPerYear">General inflation i [1/yr], in [−0.5, 1].</param>
    /// <returns>This rate if already real, else (1 + r)/(1 + i) − 1.</returns>
    public DiscountRate ToReal(double inflationPerYear)
    {
        Guard.InRange(inflationPerYear, -0.5, 1.0, "inflation per year");
        return Basis == DiscountBasis.Real ? this : new DiscountRate((1.0 + RatePerYear) / (1.0 + inflationPerYear) - 1.0, DiscountBasis.Real);
    }

    /// <summary>The same rate in the nominal basis, by the Fisher relation [171].</summary>
    /// <param name="inflationPerYear">General inflation i [1/yr], in [−0.5, 1].</param>
    /// <returns>This rate if already nominal, else (1 + r)·(1 + i) − 1.</returns>
    public DiscountRate ToNominal(double inflationPerYear)
    {
        Guard.InRange(inflationPerYear, -0.5, 1.0, "inflation per year");
        return Basis == DiscountBasis.Nominal ? this : new DiscountRate((1.0 + RatePerYear) * (1.0 + inflationPerYear) - 1.0, DiscountBasis.Nominal);
    }
}
