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

    [Fact]
    public void The_plane_kept_on_the_thread_gives_each_field_its_own_chains_ac_power_and_ground_light_to_the_last_bit()
    {
        var weather = DefaultWeather.Zibo();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), Site.Dakuishan, weather);
        var small = new PvArraySpec { DcCapacityKw = 2600 };
        var large = new PvArraySpec { DcCapacityKw = 8700, DcAcRatio = 1.6, AnnualDegradationPerYear = 0.007 };
        var steep = small with { Geometry = small.Geometry with { TiltDeg = 45 } };
        // Whatever plane the thread kept before, and whichever field and year filled it, each call must give what the field's
        // own chain gives: the kept part depends on the plane, the weather and the sun path only.
        var hotter = weather with { TempAirC = [.. weather.TempAirC.Select(t => t + 5)] };
        var sequence = new (PvArraySpec Spec, WeatherSeries Weather, int Year)[]
        {
            (small, weather, 0), (large, weather, 3), (large, weather, 3), (steep, weather, 0), (small, weather, 12),
            (small, hotter, 0), (large, weather, 0),
        };
        RunOnNewThread(() =>
        {
            PvHourlySeries? previous = null;
            foreach (var (spec, w, year) in sequence)
            {
                var options = PvChainOptions.Default with { YearIndex = year };
                var own = new PvHourlySeries(w.Count);
                PvChain.Run(spec, w, sun, options, own);
                var plane = PvChain.PlaneOf(spec, w, sun, options);
                var acKw = Enumerable.Repeat(double.NaN, w.Count).ToArray();
                PvChain.SetAcPowerOnSamePlane(spec, w, options, plane, acKw);
                Assert.Equal(own.AcPowerKw, acKw);
                Assert.Equal(own.GroundGlobalWm2, plane.GroundGlobalWm2);
                Assert.Equal(own.GroundParFraction, plane.GroundParFraction);
                Assert.Equal(own.CellTemperatureC, plane.CellTemperatureC);
                previous = plane;
            }
            // The same plane asked for again is the kept one, not a new run.
            Assert.Same(previous, PvChain.PlaneOf(small with { DcCapacityKw = 1 }, weather, sun, PvChainOptions.Default with { YearIndex = 7 }));
        });
    }

    private static void RunOnNewThread(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                error = e;
            }
        });
        thread.Start();
        thread.Join();
        if (error is not null)
            throw new InvalidOperationException("the run on a new thread failed", error);
    }
}
