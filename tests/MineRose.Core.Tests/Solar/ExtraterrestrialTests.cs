using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class ExtraterrestrialTests
{
    // Spencer (1971) series for (r0/r)^2, written out independently of the implementation.
    private static double Spencer(int doy, double solarConstant)
    {
        double g = 2 * Math.PI * (doy - 1) / 365;
        return solarConstant * (1.000110 + 0.034221 * Math.Cos(g) + 0.001280 * Math.Sin(g)
            + 0.000719 * Math.Cos(2 * g) + 0.000077 * Math.Sin(2 * g));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(91)]
    [InlineData(185)]
    [InlineData(300)]
    [InlineData(366)]
    public void Spencer_series_is_evaluated_as_published(int dayOfYear)
    {
        Assert.Equal(Spencer(dayOfYear, 1366.1), Extraterrestrial.NormalIrradianceWm2(dayOfYear), 9);
        Assert.Equal(Spencer(dayOfYear, 1370.0), Extraterrestrial.NormalIrradianceWm2(dayOfYear, 1370.0), 9);
    }

    [Fact]
    public void Early_January_is_near_1412_and_early_July_near_1321()
    {
        // Perihelion (~3 Jan) r = 0.98329 AU and aphelion (~4 Jul) r = 1.01671 AU (Astronomical Almanac):
        // 1366.1/0.98329^2 = 1412.9 W/m2 and 1366.1/1.01671^2 = 1321.6 W/m2. Spencer's series is within 0.1 % of these.
        double perihelion = 1366.1 / (0.98329 * 0.98329), aphelion = 1366.1 / (1.01671 * 1.01671);
        Assert.Equal(perihelion, Extraterrestrial.NormalIrradianceWm2(3), 0.001 * perihelion);
        Assert.Equal(aphelion, Extraterrestrial.NormalIrradianceWm2(185), 0.001 * aphelion);
    }

    [Fact]
    public void Annual_mean_is_the_solar_constant()
    {
        // The Fourier terms average to zero over the year; the constant term 1.000110 leaves 1366.25 W/m2.
        double sum = 0;
        for (int d = 1; d <= 365; d++)
            sum += Extraterrestrial.NormalIrradianceWm2(d);
        Assert.Equal(1366.1, sum / 365, 0.2);
        Assert.Equal(1366.1 * 1.000110, sum / 365, 6);
    }

    [Fact]
    public void Matches_pvlib_for_26_October()
    {
        // pvlib test_get_extra_radiation: 2016-10-26 (day 300) -> 1383.636203 W/m2 (all methods within 10 W/m2).
        Assert.Equal(1383.636203, Extraterrestrial.NormalIrradianceWm2(300), 1.0);
    }

    [Fact]
    public void Inverse_square_law_at_a_given_distance()
    {
        Assert.Equal(1366.1, Extraterrestrial.NormalIrradianceWm2(1.0), 12);
        Assert.Equal(1361.0 / (1.01671 * 1.01671), Extraterrestrial.NormalIrradianceWm2(1.01671, 1361.0), 12);
    }

    [Fact]
    public void A_day_outside_the_year_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Extraterrestrial.NormalIrradianceWm2(367));
        Assert.Equal("day of year", ex.Field);
        Assert.Throws<InvalidInputException>(() => Extraterrestrial.NormalIrradianceWm2(0));
        Assert.Throws<InvalidInputException>(() => Extraterrestrial.NormalIrradianceWm2(1.0, 1.3661));
    }
}
