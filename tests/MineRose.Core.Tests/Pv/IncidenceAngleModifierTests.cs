using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class IncidenceAngleModifierTests
{
    private static double Rad(double deg) => deg * Math.PI / 180;

    [Fact]
    public void Both_models_are_one_at_normal_incidence_and_zero_from_90_degrees()
    {
        Assert.Equal(1, IncidenceAngleModifier.Physical(0), 1e-15);
        Assert.Equal(1, IncidenceAngleModifier.Ashrae(0), 1e-15);
        foreach (double aoi in new[] { 90.0, 95.0, 180.0 })
        {
            Assert.Equal(0, IncidenceAngleModifier.Physical(aoi));
            Assert.Equal(0, IncidenceAngleModifier.Ashrae(aoi));
        }
    }

    [Fact]
    public void Ashrae_at_60_degrees_is_0_95()
    {
        // 1 - b0 (1/cos 60 - 1) = 1 - 0.05 * (2 - 1) = 0.95 (Souka & Safwat form).
        Assert.Equal(0.95, IncidenceAngleModifier.Ashrae(60), 1e-12);
    }

    [Theory]
    // pvlib test_ashrae (b = 0.05).
    [InlineData(22.5, 0.99588039)]
    [InlineData(45, 0.97928932)]
    [InlineData(67.5, 0.9193437)]
    [InlineData(89, 0)]
    public void Ashrae_matches_pvlib(double aoi, double expected)
    {
        Assert.Equal(expected, IncidenceAngleModifier.Ashrae(aoi), 1e-7);
    }

    [Theory]
    // pvlib test_physical with n = 1.526, K = 4 /m, L = 0.002 m (assert_allclose, rtol 1e-7).
    [InlineData(22.5, 0.99926198)]
    [InlineData(45, 0.98797788)]
    [InlineData(67.5, 0.8893998)]
    public void Physical_matches_pvlib(double aoi, double expected)
    {
        Assert.Equal(expected, IncidenceAngleModifier.Physical(aoi), 1e-7);
    }

    [Fact]
    public void Physical_at_60_degrees_matches_De_Sotos_form_evaluated_by_hand()
    {
        // De Soto et al. (2006) eq. 14: tau(theta) = exp(-K L / cos theta_r) [1 - (sin^2(theta_r - theta)/sin^2(theta_r + theta)
        // + tan^2(theta_r - theta)/tan^2(theta_r + theta))/2]; tau(0) = exp(-K L) [1 - ((n - 1)/(n + 1))^2].
        double n = 1.526, kl = 4 * 0.002, th = Rad(60);
        double tr = Math.Asin(Math.Sin(th) / n);
        double tau = Math.Exp(-kl / Math.Cos(tr)) * (1 - 0.5 * (
            Math.Pow(Math.Sin(tr - th), 2) / Math.Pow(Math.Sin(tr + th), 2) +
            Math.Pow(Math.Tan(tr - th), 2) / Math.Pow(Math.Tan(tr + th), 2)));
        double tau0 = Math.Exp(-kl) * (1 - Math.Pow((n - 1) / (n + 1), 2));
        Assert.Equal(tau / tau0, IncidenceAngleModifier.Physical(60), 1e-12);
        // About 0.946: between pvlib's 0.98798 at 45 deg and 0.88940 at 67.5 deg.
        Assert.Equal(0.946, IncidenceAngleModifier.Physical(60), 0.001);
    }

    [Theory]
    // Brandemuehl & Beckman (1980) via Duffie & Beckman section 5.4, evaluated by hand.
    [InlineData(0, 59.7, 90.0)]
    [InlineData(30, 59.7 - 0.1388 * 30 + 0.001497 * 900, 90 - 0.5788 * 30 + 0.002693 * 900)]
    [InlineData(90, 59.7 - 0.1388 * 90 + 0.001497 * 8100, 90 - 0.5788 * 90 + 0.002693 * 8100)]
    public void Diffuse_equivalent_angles_follow_Brandemuehl_and_Beckman(double tilt, double sky, double ground)
    {
        Assert.Equal(sky, DiffuseEquivalentAngles.SkyDeg(tilt), 1e-12);
        Assert.Equal(ground, DiffuseEquivalentAngles.GroundDeg(tilt), 1e-12);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Both_models_decrease_monotonically_between_0_and_90_degrees(int seed)
    {
        var random = new Random(seed);
        double a = 90 * random.NextDouble(), b = 90 * random.NextDouble();
        double lo = Math.Min(a, b), hi = Math.Max(a, b);
        double n = 1.3 + 0.4 * random.NextDouble(), k = 30 * random.NextDouble(), l = 0.005 * random.NextDouble();
        double b0 = 0.2 * random.NextDouble();
        double pLo = IncidenceAngleModifier.Physical(lo, n, k, l), pHi = IncidenceAngleModifier.Physical(hi, n, k, l);
        double aLo = IncidenceAngleModifier.Ashrae(lo, b0), aHi = IncidenceAngleModifier.Ashrae(hi, b0);
        return pHi <= pLo + 1e-12 && aHi <= aLo + 1e-12
            && pLo is >= 0 and <= 1 && pHi is >= 0 and <= 1 && aLo is >= 0 and <= 1 && aHi is >= 0 and <= 1;
    }

    [Fact]
    public void A_refractive_index_below_one_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => IncidenceAngleModifier.Physical(30, 0.9));
        Assert.Equal("refractive index", ex.Field);
    }
}
