using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Pv;

public class PvChainTests
{
    private static readonly Site Zibo = Site.Dakuishan;

    /// <summary>One day of clear-ish weather at Dakuishan, 21 June 2025, UTC hours (local = UTC+8).</summary>
    private static WeatherSeries Day(double ghi = 800, double dni = 700, double dhi = 150, double temp = 25, double wind = 2)
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 6, 20, 16, 0, 0, DateTimeKind.Utc), 24);
        double[] Fill(Func<int, double> f) => [.. Enumerable.Range(0, 24).Select(f)];
        // Daylight from 05:00 to 19:00 local (hours 5..18 of the local day ↔ indices 5..18).
        bool Daylight(int i) => i >= 5 && i <= 18;
        return new WeatherSeries(Zibo, grid,
            Fill(i => Daylight(i) ? ghi : 0), Fill(i => Daylight(i) ? dni : 0), Fill(i => Daylight(i) ? dhi : 0),
            Fill(_ => temp), Fill(_ => wind), null, null, "test day", 0);
    }

    [Fact]
    public void Noon_power_matches_the_chain_written_out_by_hand()
    {
        var weather = Day();
        var spec = new PvArraySpec { DcCapacityKw = 100, Losses = PvWattsLosses.None, DcAcRatio = 1.0 };
        var hourly = new PvHourlySeries(24);
        PvChain.Run(spec, weather, Zibo, new PvChainOptions(SkyDiffuseModel.Isotropic, IamModel.None), hourly);

        const int noon = 12; // 12:00–13:00 local, midpoint 12:30 local = 04:30 UTC
        var sun = SolarPositionAlgorithm.Spa(weather.Grid.MidpointOf(noon), Zibo.LatitudeDeg, Zibo.LongitudeDeg, Zibo.ElevationM,
            pressureHpa: 1013.25 * Math.Pow(1 - 2.25577e-5 * Zibo.ElevationM, 5.25588), temperatureC: 25);
        double rad = Math.PI / 180, tilt = 30 * rad;
        double z = sun.ApparentZenithDeg * rad, az = sun.AzimuthDeg * rad;
        // Angle of incidence on a south-facing plane (Duffie & Beckman eq. 1.6.3).
        double cosAoi = Math.Cos(z) * Math.Cos(tilt) + Math.Sin(z) * Math.Sin(tilt) * Math.Cos(az - Math.PI);
        // Isotropic sky (Liu & Jordan) and ground reflection with albedo 0.2.
        double poa = 700 * cosAoi + 150 * (1 + Math.Cos(tilt)) / 2 + 800 * 0.2 * (1 - Math.Cos(tilt)) / 2;
        // Faiman (2008): Tc = Ta + E/(u0 + u1·v), u0 = 25, u1 = 6.84.
        double cell = 25 + poa / (25 + 6.84 * 2);
        // PVWatts DC (Dobos 2014 eq. 1): P = pdc0·E/1000·(1 + γ(Tc − 25)), γ = −0.0037.
        double dc = 100 * poa / 1000 * (1 - 0.0037 * (cell - 25));
        // PVWatts inverter (Dobos 2014 eq. 2–3): pdc0 = pac0/η_nom; ζ = dc/pdc0; η = η_nom/η_ref·(−0.0162ζ − 0.0059/ζ + 0.9858).
        double pdc0 = 100 / 0.96, zeta = dc / pdc0;
        double ac = Math.Min(100, dc * 0.96 / 0.9637 * (-0.0162 * zeta - 0.0059 / zeta + 0.9858));

        Assert.Equal(poa, hourly.PoaGlobalWm2[noon], 0.05);
        Assert.Equal(cell, hourly.CellTemperatureC[noon], 0.01);
        Assert.Equal(dc, hourly.DcPowerKw[noon], 0.01);
        Assert.Equal(ac, hourly.AcPowerKw[noon], 0.01);
    }

    [Fact]
    public void Night_gives_no_power_and_the_cell_at_air_temperature()
    {
        var hourly = new PvHourlySeries(24);
        PvChain.Run(new PvArraySpec(), Day(temp: 18), Zibo, hourly: hourly);
        Assert.Equal(0, hourly.AcPowerKw[2]);
        Assert.Equal(18, hourly.CellTemperatureC[2], 1e-12);
        Assert.Equal(0, hourly.GroundParFraction[2]);
    }

    [Fact]
    public void Inverter_clipping_caps_power_at_the_ac_rating_and_is_counted()
    {
        var spec = new PvArraySpec { DcCapacityKw = 100, DcAcRatio = 1.6, Losses = PvWattsLosses.None };
        var hourly = new PvHourlySeries(24);
        var yield = PvChain.Run(spec, Day(ghi: 1000, dni: 900, dhi: 100, temp: 10), Zibo, hourly: hourly);
        Assert.All(hourly.AcPowerKw, p => Assert.True(p <= spec.AcRatingKw + 1e-9));
        Assert.Contains(hourly.AcPowerKw, p => Math.Abs(p - spec.AcRatingKw) < 1e-9);
        Assert.True(yield.ClippedKwh > 0);
    }

    [Fact]
    public void A_grid_mismatch_between_sun_and_weather_is_refused()
    {
        var weather = Day();
        var otherGrid = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 24);
        var sun = SunPath.For(SolarEphemeris.For(otherGrid), Zibo);
        Assert.Throws<InvalidInputException>(() => PvChain.Run(new PvArraySpec(), weather, sun));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Energy_grows_with_capacity_and_ac_stays_within_rating(FsCheck.PositiveInt kw, FsCheck.NormalFloat ghiSeed)
    {
        double ghi = 100 + Math.Abs(ghiSeed.Get) % 1000;
        var weather = Day(ghi: ghi, dni: ghi * 0.8, dhi: ghi * 0.25);
        double small = kw.Get % 1000 + 1;
        var hourly = new PvHourlySeries(24);
        var a = PvChain.Run(new PvArraySpec { DcCapacityKw = small }, weather, Zibo, hourly: hourly);
        bool withinRating = hourly.AcPowerKw.All(p => p >= 0 && p <= small / 1.2 + 1e-9)
            && hourly.PoaGlobalWm2.All(p => p >= 0);
        var b = PvChain.Run(new PvArraySpec { DcCapacityKw = small * 2 }, weather, Zibo);
        return withinRating && b.AcKwh > a.AcKwh && a.AcKwh > 0;
    }
}
