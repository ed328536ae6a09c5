using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Pv;

/// <summary>The park computes the irradiance chain once for fields on the same plane (<see cref="PvChain.AddAcPowerOnSamePlane"/>).</summary>
public class SharedPlaneTests
{
    [Theory]
    [InlineData(1.2, 14.0, 0)]
    [InlineData(1.6, 10.0, 3)] // heavily oversized DC: the inverter clips at noon
    [InlineData(0.9, 20.0, 12)]
    public void A_field_on_the_same_plane_gets_the_same_ac_power_to_the_last_bit_as_its_own_chain(double dcAcRatio, double lossPercent, int yearIndex)
    {
        var weather = DefaultWeather.Zibo();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        var options = PvChainOptions.Default with { YearIndex = yearIndex };
        var first = new PvArraySpec { DcCapacityKw = 2600 };
        var second = new PvArraySpec
        {
            DcCapacityKw = 8700,
            DcAcRatio = dcAcRatio,
            Losses = PvWattsLosses.FromTotalPercent(lossPercent),
            TemperatureCoefficientPerC = -0.0029,
            InverterNominalEfficiency = 0.97,
            AnnualDegradationPerYear = 0.007,
        };
        Assert.True(PvChain.SharesIrradiance(first, second));
        var firstHourly = new PvHourlySeries(weather.Count);
        PvChain.Run(first, weather, sun, options, firstHourly);
        var ownHourly = new PvHourlySeries(weather.Count);
        var own = PvChain.Run(second, weather, sun, options, ownHourly);

        var shared = new double[weather.Count];
        PvChain.AddAcPowerOnSamePlane(second, weather, options, firstHourly, shared);

        Assert.Equal(ownHourly.AcPowerKw, shared);
        if (dcAcRatio > 1.5)
            Assert.True(own.ClippedKwh > 0, "the oversized case must clip for the test to cover clipping");
    }

    [Fact]
    public void Fields_with_another_tilt_albedo_or_cell_temperature_model_do_not_share_the_plane()
    {
        var a = new PvArraySpec { DcCapacityKw = 1000 };
        Assert.False(PvChain.SharesIrradiance(a, a with { Geometry = a.Geometry with { TiltDeg = a.Geometry.TiltDeg + 5 } }));
        Assert.False(PvChain.SharesIrradiance(a, a with { Albedo = 0.3 }));
        Assert.False(PvChain.SharesIrradiance(a, a with { FaimanU0 = 20 }));
        Assert.False(PvChain.SharesIrradiance(a, a with { FaimanU1 = 3 }));
        Assert.True(PvChain.SharesIrradiance(a, a with { DcCapacityKw = 5, DcAcRatio = 1.4 }));
    }
}
