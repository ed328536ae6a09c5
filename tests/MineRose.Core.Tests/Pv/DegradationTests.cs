using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class DegradationTests
{
    [Theory]
    // Linear: 1 − r·n. At the Jordan & Kurtz median 0.5 %/year [55]: year 10 → 0.95, year 25 → 0.875.
    [InlineData(0, 0.005, 1.0)]
    [InlineData(10, 0.005, 0.95)]
    [InlineData(25, 0.005, 0.875)]
    [InlineData(30, 0.05, 0.0)]
    public void Capacity_declines_linearly_from_one_in_the_first_year(int year, double rate, double expected) =>
        Assert.Equal(expected, Degradation.CapacityFactor(year, rate), 1e-12);

    [Fact]
    public void The_default_rate_is_the_median_of_Jordan_and_Kurtz()
    {
        // Jordan & Kurtz 2013 [55]: median 0.5 %/year over ≈2,000 field rates.
        Assert.Equal(0.95, Degradation.CapacityFactor(10), 1e-12);
    }

    [Fact]
    public void A_negative_year_or_rate_is_refused_with_its_name()
    {
        Assert.Equal("year_index", Assert.Throws<InvalidInputException>(() => Degradation.CapacityFactor(-1)).Field);
        Assert.Equal("annual_degradation_per_year", Assert.Throws<InvalidInputException>(() => Degradation.CapacityFactor(1, -0.01)).Field);
    }

    [FsCheck.Xunit.Property]
    public bool Capacity_never_grows_and_never_goes_negative(byte year, byte rate)
    {
        double r = rate / 255.0 * Degradation.MaxRatePerYear;
        double now = Degradation.CapacityFactor(year, r), next = Degradation.CapacityFactor(year + 1, r);
        return next <= now && next >= 0 && now <= 1;
    }
}
