using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class DecompositionTests
{
    private static double Cosd(double deg) => Math.Cos(deg * Math.PI / 180);

    [Theory]
    // pvlib test_erbs: 2019-01-01 (day 1) and 2019-06-20 (day 171).
    [InlineData(0, 120, 1, 0, 0, 0)]
    [InlineData(50, 85, 1, 96.7192672, 41.5703604, 0.405723511)]
    [InlineData(1000, 10, 1, 794.205651, 217.860117, 0.718132729)]
    [InlineData(1000, 10, 171, 842.001578, 170.790318, 0.768214312)]
    public void Erbs_matches_pvlib_series(double ghi, double zenith, int day, double dni, double dhi, double kt)
    {
        var d = Decomposition.Erbs(ghi, zenith, Extraterrestrial.NormalIrradianceWm2(day));
        Assert.Equal(dni, d.DniWm2, 1e-5);
        Assert.Equal(dhi, d.DhiWm2, 1e-5);
        Assert.Equal(kt, d.ClearnessIndex, 1e-8);
    }

    // Erbs et al. (1982) correlation written out independently.
    private static double ErbsKd(double kt) =>
        kt <= 0.22 ? 1 - 0.09 * kt
        : kt <= 0.80 ? 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * Math.Pow(kt, 3) + 12.336 * Math.Pow(kt, 4)
        : 0.165;

    [Theory]
    // At the breakpoints: k_d(0.22) = 1 - 0.09*0.22 = 0.9802; k_d(0.80) = 0.165 (the polynomial gives 0.16527 there).
    [InlineData(0.22, 0.9802)]
    [InlineData(0.80, 0.9511 - 0.1604 * 0.8 + 4.388 * 0.64 - 16.638 * 0.512 + 12.336 * 0.4096)]
    [InlineData(0.81, 0.165)]
    // Mid value by hand: 0.9511 - 0.0802 + 1.097 - 2.07975 + 0.771 = 0.65915.
    [InlineData(0.50, 0.65915)]
    [InlineData(0.10, 0.991)]
    public void Erbs_diffuse_fraction_follows_the_published_correlation(double kt, double expectedKd)
    {
        // Sun at the zenith and I0 = 1366.1 make GHI = kt * 1366.1.
        double ghi = kt * 1366.1;
        var d = Decomposition.Erbs(ghi, 0, 1366.1);
        Assert.Equal(kt, d.ClearnessIndex, 1e-12);
        Assert.Equal(expectedKd, d.DhiWm2 / ghi, 1e-9);
        Assert.Equal(ErbsKd(kt), d.DhiWm2 / ghi, 1e-12);
        Assert.Equal(ghi, d.DhiWm2 + d.DniWm2, 1e-9);
    }

    [Fact]
    public void Erbs_breakpoints_are_nearly_continuous()
    {
        // The published pieces meet within 3e-4 at k_t = 0.22 and 0.80.
        Assert.Equal(1 - 0.09 * 0.22, 0.9511 - 0.1604 * 0.22 + 4.388 * 0.0484 - 16.638 * 0.010648 + 12.336 * 0.00234256, 3e-4);
        Assert.Equal(0.165, ErbsKd(0.8), 3e-4);
    }

    [Fact]
    public void Erbs_gives_all_diffuse_near_the_horizon()
    {
        // pvlib test_erbs_min_cos_zenith_max_zenith, default limits: ghi 1, zenith 90, 2016-07-19 (day 201)
        // -> dni 0, dhi 1, kt 0.01163776.
        var d = Decomposition.Erbs(1, 90, Extraterrestrial.NormalIrradianceWm2(201));
        Assert.Equal(0, d.DniWm2);
        Assert.Equal(1, d.DhiWm2);
        Assert.Equal(0.01163776, d.ClearnessIndex, 1e-8);
    }

    [Theory]
    // pvlib test_disc_value (atol 1e-5 there): 2014-06-24 12:00 and 18:00 at Phoenix (UTC-7). pvlib takes the day of
    // year in UTC, so 18:00 local (01:00 UTC on 25 June) is day 176.
    [InlineData(1038.62, 10.567, 175, 93193, 830.46567, 0.79742)]
    [InlineData(254.53, 72.469, 176, 93193, 676.18340, 0.63782)]
    [InlineData(1038.62, 10.567, 175, 101325, 868.72425, 0.79742)]
    [InlineData(254.53, 72.469, 176, 101325, 680.73800, 0.63782)]
    public void Disc_matches_pvlib(double ghi, double zenith, int day, double pressure, double dni, double kt)
    {
        var d = Decomposition.Disc(ghi, zenith, day, pressure);
        Assert.Equal(dni, d.DniWm2, 1e-4);
        Assert.Equal(kt, d.ClearnessIndex, 1e-5);
        Assert.Equal(ghi, d.DhiWm2 + d.DniWm2 * Cosd(zenith), 1e-9);
    }

    [Fact]
    public void Disc_caps_the_clearness_index_at_one()
    {
        // pvlib test_disc_overirradiance: ghi 3000 at zenith 0 on 2016-07-19 (day 201) -> dni 872.544336, kt 1.
        var d = Decomposition.Disc(3000, 0, 201);
        Assert.Equal(872.544336, d.DniWm2, 1e-5);
        Assert.Equal(1.0, d.ClearnessIndex);
        // pvlib test_disc_min_cos_zenith_max_zenith: ghi 1 at zenith 89.99 -> dni 0, kt 0.0116046346.
        var low = Decomposition.Disc(1, 89.99, 201);
        Assert.Equal(0, low.DniWm2);
        Assert.Equal(1.16046346e-2, low.ClearnessIndex, 1e-9);
    }

    [Theory]
    // pvlib test_kt_kt_prime_factor (atol 1e-5).
    [InlineData(1, 0.999971)]
    [InlineData(5, 0.723088)]
    [InlineData(12, 0.548811)]
    [InlineData(20, 0.471068)]
    public void Zenith_independent_clearness_factor_matches_pvlib(double airMass, double expected)
    {
        Assert.Equal(expected, Decomposition.KtPrimeFactor(airMass), 1e-5);
    }

    [Fact]
    public void Dirint_table_holds_the_published_factors()
    {
        // pvlib test_dirint_coeffs (zero-based indices [kt', zenith, delta kt', w]).
        Assert.Equal(1260, DirintCoefficients.Count);
        Assert.Equal(0.385230, DirintCoefficients.Lookup(0, 0, 0, 0));
        Assert.Equal(0.229970, DirintCoefficients.Lookup(0, 1, 2, 1));
        Assert.Equal(1.032260, DirintCoefficients.Lookup(3, 2, 6, 3));
    }

    [Theory]
    // pvlib test_dirint_value, test_dirint_no_delta_kt and test_dirint_tdew: the two hours 12:00 and 18:00 of
    // 2014-06-24 at Phoenix (days 175 and 176 in UTC, see DISC) at 93193 Pa; pvlib checks one decimal (|error| < 0.15).
    // Each hour's only neighbour is the other.
    [InlineData(true, double.NaN, 868.8, 699.7)]
    [InlineData(false, double.NaN, 861.9, 670.4)]
    [InlineData(true, 10.0, 882.1, 672.6)]
    public void Dirint_matches_pvlib(bool useNeighbours, double dewPointC, double noonDni, double eveningDni)
    {
        const double pressure = 93193;
        double ktNoon = Decomposition.ClearnessIndexPrime(1038.62, 10.567, 175, pressure);
        double ktEvening = Decomposition.ClearnessIndexPrime(254.53, 72.469, 176, pressure);
        var noon = Decomposition.Dirint(1038.62, 10.567, 175, pressure, double.NaN, useNeighbours ? ktEvening : double.NaN, dewPointC);
        var evening = Decomposition.Dirint(254.53, 72.469, 176, pressure, useNeighbours ? ktNoon : double.NaN, double.NaN, dewPointC);
        Assert.Equal(noonDni, noon.DniWm2, 0.15);
        Assert.Equal(eveningDni, evening.DniWm2, 0.15);
        Assert.Equal(254.53, evening.DhiWm2 + evening.DniWm2 * Cosd(72.469), 1e-9);
    }

    [Fact]
    public void Dirint_is_DISC_times_the_looked_up_factor()
    {
        // By hand for the pvlib noon hour without neighbours or dew point: kt' = kt / factor(AM), AM = 0.93505 (pvlib disc);
        // kt' = 0.79742/0.99999.. falls in bin 5 (0.70-0.80), zenith 10.567 in bin 1, delta kt' unknown (bin 7), w unknown (bin 5):
        // X = 1.037800 (table row "k_t' bin 5, zenith bin 1", last row, last column).
        var disc = Decomposition.Disc(1038.62, 10.567, 175, 93193);
        var dirint = Decomposition.Dirint(1038.62, 10.567, 175, 93193, double.NaN, double.NaN);
        double ktPrime = 0.79742 / Decomposition.KtPrimeFactor(0.93505);
        Assert.InRange(ktPrime, 0.70, 0.80);
        Assert.Equal(disc.DniWm2 * 1.037800, dirint.DniWm2, 1e-9);
    }

    [Fact]
    public void Night_and_low_sun_give_no_beam()
    {
        Assert.Equal(new DecomposedIrradiance(0, 0, 0), Decomposition.Erbs(0, 120, 1366.1));
        Assert.Equal(0, Decomposition.Disc(5, 88, 100).DniWm2);
        Assert.Equal(0, Decomposition.Dirint(5, 88, 100, 101325, 0.3, 0.3).DniWm2);
        Assert.True(double.IsNaN(Decomposition.ClearnessIndexPrime(0, 100, 100)));
        Assert.Equal(0, Decomposition.ClearnessIndexPrime(0, 80, 100));
        Assert.Equal(new DecomposedIrradiance(0, 0, 0), Decomposition.Dirint(0, 30, 100, 101325, 0.5, 0.5));
    }

    [Fact]
    public void Negative_irradiance_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Decomposition.Erbs(-2, 95, 1366.1));
        Assert.Equal("GHI", ex.Field);
        Assert.Throws<InvalidInputException>(() => Decomposition.Dirint(100, 50, 100, 101325, 1.5, double.NaN));
        Assert.Equal("day of year", Assert.Throws<InvalidInputException>(() => Decomposition.Disc(0, 100, 400)).Field);
    }
}
