using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class PvWattsLossesTests
{
    [Fact]
    public void Default_losses_total_fourteen_point_oh_eight_percent()
    {
        // Dobos 2014, PVWatts v5 manual [53]: the default categories give 14.08 %;
        // pvlib test_pvwatts_losses_default [58]: 14.075660688264469.
        Assert.Equal(14.075660688264469, PvWattsLosses.PvWattsDefault.TotalPercent, 1e-10);
        Assert.Equal(14.08, Math.Round(new PvWattsLosses().TotalPercent, 2));
    }

    [Fact]
    public void One_percent_of_age_raises_the_total_as_pvlib_does()
    {
        // pvlib test_pvwatts_losses_arrays [58]: age = 1 → 14.934904 %.
        Assert.Equal(14.934904, (PvWattsLosses.PvWattsDefault with { AgePercent = 1 }).TotalPercent, 1e-6);
    }

    [Fact]
    public void The_default_categories_are_those_of_the_pvwatts_manual()
    {
        // Dobos 2014 [53], default loss list.
        var l = PvWattsLosses.PvWattsDefault;
        double[] actual = [l.SoilingPercent, l.ShadingPercent, l.SnowPercent, l.MismatchPercent, l.WiringPercent,
            l.ConnectionsPercent, l.LightInducedDegradationPercent, l.NameplateRatingPercent, l.AgePercent, l.AvailabilityPercent, l.OtherPercent];
        Assert.Equal([2, 3, 0, 2, 2, 0.5, 1.5, 1, 0, 3, 0], actual);
    }

    [Fact]
    public void A_lumped_figure_is_the_total()
    {
        Assert.Equal(0.14, PvWattsLosses.FromTotalPercent(14).TotalFraction, 1e-15);
        Assert.Equal(0.0, PvWattsLosses.None.TotalFraction);
        Assert.Equal(0.86, PvWattsLosses.FromTotalPercent(14).RemainingFraction, 1e-15);
    }

    [Theory]
    [InlineData(100.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void A_category_outside_zero_to_one_hundred_is_refused_with_its_name(double percent)
    {
        var ex = Assert.Throws<InvalidInputException>(() => (new PvWattsLosses() with { WiringPercent = percent }).Validated());
        Assert.Equal("wiring_percent", ex.Field);
        Assert.Equal("a number in [0, 100)", ex.Expected);
        Assert.Equal("losses_percent", Assert.Throws<InvalidInputException>(() => PvWattsLosses.FromTotalPercent(percent)).Field);
    }

    [FsCheck.Xunit.Property]
    public bool Losses_combine_multiplicatively(byte soiling, byte shading, byte availability)
    {
        // Independent of the implementation: losses in series each take their share of what is left.
        double s = soiling % 100, h = shading % 100, a = availability % 100;
        var combined = PvWattsLosses.None with { SoilingPercent = s, ShadingPercent = h, AvailabilityPercent = a };
        double remaining = PvWattsLosses.FromTotalPercent(s).RemainingFraction
            * PvWattsLosses.FromTotalPercent(h).RemainingFraction
            * PvWattsLosses.FromTotalPercent(a).RemainingFraction;
        return Math.Abs(combined.Validated().RemainingFraction - remaining) < 1e-14
            && combined.TotalPercent <= s + h + a + 1e-12;
    }
}
