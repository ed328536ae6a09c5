using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Pv;

/// <summary>The chain keeps the relative air mass of the last sun path on the thread; no run may see another sun's values.</summary>
public class SunPathAirMassTests
{
    [Fact]
    public void A_chain_gives_the_same_hours_whether_another_sun_path_ran_before_it_or_none()
    {
        var weather = DefaultWeather.Zibo();
        var ephemeris = SolarEphemeris.For(weather.Grid);
        var zibo = PvChain.SunPathFor(ephemeris, Site.Dakuishan, weather);
        // A sun far to the south (Hainan): different zeniths every hour, so a stale air mass would show in POA and AC power.
        var south = PvChain.SunPathFor(ephemeris, Site.Dakuishan with { LatitudeDeg = 18.3, LongitudeDeg = 109.5 }, weather);
        var spec = new PvArraySpec { DcCapacityKw = 1000 };

        PvHourlySeries Run(SunPath sun)
        {
            var hourly = new PvHourlySeries(weather.Count);
            PvChain.Run(spec, weather, sun, PvChainOptions.Default, hourly);
            return hourly;
        }

        PvHourlySeries? alone = null;
        // On a new thread nothing is kept: the reference.
        var thread = new Thread(() => alone = Run(zibo));
        thread.Start();
        thread.Join();
        var afterOther = Run(south) is { } other ? Run(zibo) : null;
        var again = Run(zibo);

        Assert.Equal(alone!.PoaGlobalWm2, afterOther!.PoaGlobalWm2);
        Assert.Equal(alone.AcPowerKw, afterOther.AcPowerKw);
        Assert.Equal(alone.AcPowerKw, again.AcPowerKw);
        Assert.NotEqual(alone.PoaGlobalWm2, Run(south).PoaGlobalWm2);
    }
}
