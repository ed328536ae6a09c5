using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class AirMassTests
{
    // Kasten & Young (1989) eq. 3, written out independently: z in degrees.
    private static double KastenYoung(double z) =>
        1 / (Math.Cos(z * Math.PI / 180) + 0.50572 * Math.Pow(96.07995 - z, -1.6364));

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(89)]
    public void Kasten_Young_follows_its_formula(double zenithDeg)
    {
        Assert.Equal(KastenYoung(zenithDeg), AirMass.RelativeKastenYoung(zenithDeg), 12);
    }

    [Theory]
    // pvlib test_airmass, model 'kastenyoung1989' (atol 0.001).
    [InlineData(89.9, 36.467)]
    [InlineData(80, 5.586)]
    [InlineData(0, 1.000)]
    public void Kasten_Young_matches_published_values(double zenithDeg, double expected)
    {
        Assert.Equal(expected, AirMass.RelativeKastenYoung(zenithDeg), 0.001);
    }

    [Theory]
    // pvlib test_airmass, model 'kasten1966' (atol 0.001).
    [InlineData(89.9, 35.365)]
    [InlineData(80, 5.580)]
    [InlineData(0, 0.999)]
    public void Kasten_1966_matches_pvlib(double zenithDeg, double expected)
    {
        Assert.Equal(expected, AirMass.RelativeKasten1966(zenithDeg), 0.001);
    }

    [Fact]
    public void Below_the_horizon_the_air_mass_is_NaN_and_at_the_horizon_finite()
    {
        Assert.True(double.IsNaN(AirMass.RelativeKastenYoung(90.01)));
        Assert.True(double.IsNaN(AirMass.RelativeKasten1966(120)));
        // At z = 90 the formula gives 1/(0.50572 * 6.07995^-1.6364) = 37.92.
        Assert.Equal(1 / (0.50572 * Math.Pow(6.07995, -1.6364)), AirMass.RelativeKastenYoung(90), 1e-9);
        Assert.True(double.IsNaN(AirMass.Absolute(double.NaN, 90_000)));
    }

    [Theory]
    // pvlib test_get_absolute_airmass with pressure 90000 Pa (atol 0.001).
    [InlineData(40, 35.529)]
    [InlineData(2, 1.776)]
    [InlineData(0.999, 0.887)]
    public void Absolute_air_mass_scales_with_pressure(double relative, double expected)
    {
        Assert.Equal(expected, AirMass.Absolute(relative, 90_000), 0.001);
        Assert.Equal(relative, AirMass.Absolute(relative), 12);
    }

    [Theory]
    // pvlib test_alt2pres (its fit of the standard atmosphere): 0 m -> 101324.999, 1000 m -> 89874.750,
    // 8000 m -> 35600.496 Pa; our exact troposphere formula agrees within 1 Pa.
    [InlineData(0, 101324.999)]
    [InlineData(1000, 89874.750)]
    [InlineData(8000, 35600.496)]
    public void Pressure_follows_the_standard_atmosphere(double elevationM, double expectedPa)
    {
        Assert.InRange(AirMass.PressureFromAltitudePa(elevationM), expectedPa - 1, expectedPa + 1);
    }

    [Fact]
    public void Hectopascals_and_impossible_zeniths_are_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => AirMass.Absolute(1.5, 1013.25));
        Assert.Equal("air pressure", ex.Field);
        Assert.Throws<InvalidInputException>(() => AirMass.RelativeKastenYoung(-1));
        Assert.Throws<InvalidInputException>(() => AirMass.RelativeKastenYoung(double.NaN));
    }
}
