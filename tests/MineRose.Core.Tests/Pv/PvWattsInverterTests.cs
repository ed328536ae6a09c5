using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class PvWattsInverterTests
{
    [Fact]
    public void Ac_power_matches_the_pvlib_reference_value()
    {
        // pvlib tests/test_inverter.py::test_pvwatts_scalars [58]: pvwatts(pdc=90, pdc0=100, η_nom=0.95) = 85.58556604752516.
        // pvlib's pdc0 is the DC input at rated output, so the AC rating is η_nom·pdc0 = 95 [53].
        Assert.Equal(85.58556604752516, PvWattsInverter.AcPowerKw(90, 95, 0.95), 1e-12);
    }

    [Theory]
    // pvlib test_pvwatts_arrays [58], pdc0 = 100, η_nom = 0.95: pdc 0 → 0, 50 → 47.60843624, 100 → 95.
    [InlineData(0.0, 0.0)]
    [InlineData(50.0, 47.60843624)]
    [InlineData(100.0, 95.0)]
    public void Ac_power_matches_the_pvlib_array_example(double dcKw, double expectedAcKw) =>
        Assert.Equal(expectedAcKw, PvWattsInverter.AcPowerKw(dcKw, 95, 0.95), 1e-8);

    [Fact]
    public void At_rated_input_the_efficiency_is_the_nominal_one()
    {
        // ζ = 1: −0.0162 − 0.0059 + 0.9858 = 0.9637 = η_ref, so η = η_nom [53].
        double acRatingKw = 480.0, dcRatedKw = acRatingKw / 0.96;
        Assert.Equal(0.96, PvWattsInverter.AcPowerKw(dcRatedKw, acRatingKw) / dcRatedKw, 1e-12);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void Part_load_efficiency_follows_the_curve_of_Dobos(double zeta)
    {
        // Dobos 2014 [53], written out: η = η_nom/η_ref·(−0.0162ζ − 0.0059/ζ + 0.9858);
        // ζ = 0.1 → 0.921628 with η_nom 0.96, ζ = 0.5 → 0.952169 with η_nom 0.95 (pvlib's 47.608/50 [58]).
        double etaNom = zeta < 0.3 ? 0.96 : 0.95;
        double expected = etaNom / 0.9637 * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
        double pdc0 = 100;
        double efficiency = PvWattsInverter.AcPowerKw(zeta * pdc0, etaNom * pdc0, etaNom) / (zeta * pdc0);
        Assert.Equal(expected, efficiency, 1e-12);
        Assert.Equal(zeta < 0.3 ? 0.921628 : 0.952169, efficiency, 1e-6);
    }

    [Fact]
    public void Above_the_rating_the_output_is_clipped()
    {
        Assert.Equal(100.0, PvWattsInverter.AcPowerKw(150, 100), 1e-12);
    }

    [Fact]
    public void A_tiny_input_where_the_curve_turns_negative_gives_zero()
    {
        // pvlib test_pvwatts_possible_negative [58]: pvwatts(0.001, 1) = 0 (η_nom 0.96 → AC rating 0.96).
        Assert.Equal(0.0, PvWattsInverter.AcPowerKw(0.001, 0.96));
        Assert.Equal(0.0, PvWattsInverter.AcPowerKw(-5, 100));
    }

    [Fact]
    public void Bad_rating_and_efficiency_are_refused_with_their_names()
    {
        Assert.Equal("ac_rating_kw", Assert.Throws<InvalidInputException>(() => PvWattsInverter.AcPowerKw(1, 0)).Field);
        Assert.Equal("inverter_nominal_efficiency", Assert.Throws<InvalidInputException>(() => PvWattsInverter.AcPowerKw(1, 1, 1.2)).Field);
    }

    [FsCheck.Xunit.Property]
    public bool Ac_power_stays_between_zero_and_the_rating_and_below_dc(ushort dc, byte rating)
    {
        double dcKw = dc / 100.0, acRatingKw = 1 + rating;
        double acKw = PvWattsInverter.AcPowerKw(dcKw, acRatingKw);
        return acKw >= 0 && acKw <= acRatingKw && acKw <= dcKw;
    }
}
