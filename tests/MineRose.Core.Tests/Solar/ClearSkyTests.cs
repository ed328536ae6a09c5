using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class ClearSkyTests
{
    [Fact]
    public void Ineichen_matches_pvlib_scalar_case()
    {
        // pvlib test_ineichen_scalar_input: ineichen(10, 1, 3) with altitude 0 and dni_extra 1364.
        var cs = ClearSky.Ineichen(10, 1, 3, 0, 1364);
        Assert.Equal(1038.159219, cs.GhiWm2, 1e-5);
        Assert.Equal(942.2081860378344, cs.DniWm2, 1e-8);
        Assert.Equal(110.26529293612793, cs.DhiWm2, 1e-8);
    }

    [Fact]
    public void Ineichen_matches_pvlib_at_altitude_and_other_dni_extra()
    {
        // pvlib test_ineichen_altitude: altitude 2000 m.
        var high = ClearSky.Ineichen(10, 1, 3, 2000, 1364);
        Assert.Equal(1134.24312405, high.GhiWm2, 1e-6);
        Assert.Equal(994.95377835, high.DniWm2, 1e-6);
        Assert.Equal(154.40492924, high.DhiWm2, 1e-6);
        // pvlib test_ineichen_dni_extra: dni_extra 1370.
        var other = ClearSky.Ineichen(10, 1, 3, 0, 1370);
        Assert.Equal(1042.72590228, other.GhiWm2, 1e-6);
        Assert.Equal(946.35279683, other.DniWm2, 1e-6);
        Assert.Equal(110.75033088, other.DhiWm2, 1e-6);
    }

    [Theory]
    // pvlib test_ineichen_series (Tucson, 2014-06-24, T_L = 3, altitude 0, dni_extra 1364).
    [InlineData(82.85457044, 6.97935524, 65.49426624, 321.16092181, 25.54562017)]
    [InlineData(46.0467599, 1.32355476, 704.6968125, 888.90147035, 87.73601277)]
    [InlineData(10.56413562, 0.93527685, 1044.1230677, 953.24925854, 107.03109696)]
    [InlineData(34.86074109, 1.12008114, 853.02065704, 922.06124712, 96.42909484)]
    [InlineData(72.41687122, 3.01614096, 251.99427693, 655.44925241, 53.9901349)]
    public void Ineichen_matches_pvlib_series(double zenith, double airMass, double ghi, double dni, double dhi)
    {
        var cs = ClearSky.Ineichen(zenith, airMass, 3, 0, 1364);
        Assert.Equal(ghi, cs.GhiWm2, 1e-6);
        Assert.Equal(dni, cs.DniWm2, 1e-6);
        Assert.Equal(dhi, cs.DhiWm2, 1e-6);
    }

    [Fact]
    public void Ineichen_with_Perez_enhancement_matches_pvlib()
    {
        // pvlib test_ineichen_series_perez_enhancement, 12:00 row.
        var cs = ClearSky.Ineichen(10.56413562, 0.93527685, 3, 0, 1364, perezEnhancement: true);
        Assert.Equal(1053.42066073, cs.GhiWm2, 1e-6);
        Assert.Equal(953.24925905, cs.DniWm2, 1e-5);
        Assert.Equal(116.3286895, cs.DhiWm2, 1e-5);
    }

    [Fact]
    public void Ineichen_equations_evaluated_by_hand()
    {
        // Ineichen & Perez (2002) eqs. with h = 200 m, T_L = 4.5, AM = 1.5, z = 45 deg, I0 = 1366.1:
        double h = 200, tl = 4.5, am = 1.5, i0 = 1366.1, cz = Math.Cos(Math.PI / 4);
        double fh1 = Math.Exp(-h / 8000), fh2 = Math.Exp(-h / 1250);
        double ghi = (5.09e-5 * h + 0.868) * i0 * cz * Math.Exp(-(3.92e-5 * h + 0.0387) * am * (fh1 + fh2 * (tl - 1)));
        double dni1 = (0.664 + 0.163 / fh1) * i0 * Math.Exp(-0.09 * am * (tl - 1));
        double dni2 = ghi * (1 - (0.1 - 0.2 * Math.Exp(-tl)) / (0.1 + 0.882 / fh1)) / cz;
        double dni = Math.Min(dni1, dni2);
        var cs = ClearSky.Ineichen(45, am, tl, h, i0);
        Assert.Equal(ghi, cs.GhiWm2, 1e-9);
        Assert.Equal(dni, cs.DniWm2, 1e-9);
        Assert.Equal(ghi - dni * cz, cs.DhiWm2, 1e-9);
    }

    [Fact]
    public void Ineichen_is_dark_below_the_horizon()
    {
        Assert.Equal(ClearSkyIrradiance.Dark, ClearSky.Ineichen(124.0390863, double.NaN, 3, 0, 1364));
        Assert.Equal(ClearSkyIrradiance.Dark, ClearSky.Ineichen(95, 40, 3, 0, 1364));
    }

    [Theory]
    // pvlib test_haurwitz: apparent elevations 90, 50, 30, 10, 5 deg.
    [InlineData(0, 1035.09203253450)]
    [InlineData(40, 778.766689344363)]
    [InlineData(60, 487.894132885425)]
    [InlineData(80, 135.741748091813)]
    [InlineData(85, 48.6298687941956)]
    [InlineData(90.05, 0)]
    [InlineData(110, 0)]
    public void Haurwitz_matches_pvlib(double zenithDeg, double expected)
    {
        Assert.Equal(expected, ClearSky.HaurwitzGhiWm2(zenithDeg), 1e-8);
    }

    [Fact]
    public void Haurwitz_at_the_zenith_is_the_1098_prefactor_times_the_extinction_term()
    {
        // Haurwitz (1945): GHI = 1098 cos z exp(-0.059/cos z); at z = 0 the prefactor 1098 W/m2 is reduced by exp(-0.059).
        Assert.Equal(1098 * Math.Exp(-0.059), ClearSky.HaurwitzGhiWm2(0), 1e-10);
    }

    [Fact]
    public void A_Linke_turbidity_below_one_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ClearSky.Ineichen(10, 1, 0.5, 0, 1364));
        Assert.Equal("Linke turbidity", ex.Field);
    }
}
