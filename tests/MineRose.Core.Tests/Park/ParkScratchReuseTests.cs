using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Park;

/// <summary>The simulator reuses work arrays and the tabulated shaft plant between runs on a thread; no run may see another's data.</summary>
public class ParkScratchReuseTests
{
    private static double[] Fingerprint(ParkYear y) =>
    [
        y.RoseStems, y.OutdoorFlowerStems, y.GreenhouseIrrigationM3, y.OutdoorIrrigationM3, y.Bill.NetCostCny, y.BaselineBill.NetCostCny,
        y.Ledger.EnergyKwh(y.Ledger.PvAcKw), y.Ledger.EnergyKwh(y.Ledger.PumpedHydroGenerateKw), y.Ledger.EnergyKwh(y.Ledger.GridImportKw),
        y.Ledger.GreenhouseTemperatureC.Sum(), y.Ledger.GroundParFraction.Sum(),
    ];

    [Fact]
    public void A_park_year_is_the_same_whatever_park_was_simulated_before_it_on_the_thread()
    {
        var weather = TestParks.Week();
        var withPv = TestParks.PhaseOneLike(DispatchStrategy.TimeOfUseArbitrage);
        // No PV: the outdoor flowers under the (absent) arrays must see no light left over from the previous park.
        var withoutPv = withPv with { PvPlants = [], PumpedHydro = PumpedHydroPresets.DakuishanPhase2 };
        // Two fields, the second on another plane: its own chain, not the first one's irradiance.
        var twoPlanes = withPv with
        {
            PvPlants = [withPv.PvPlants[0], new PvPlant("steep", new PvArraySpec { DcCapacityKw = 900, Geometry = new ArrayGeometry { TiltDeg = 45 } })],
        };

        double[]? fresh1 = null, fresh2 = null, fresh3 = null;
        // Each design alone on a new thread: nothing cached.
        RunOnNewThread(() => fresh1 = Fingerprint(ParkSimulator.SimulateYear(withoutPv, weather)));
        RunOnNewThread(() => fresh2 = Fingerprint(ParkSimulator.SimulateYear(twoPlanes, weather)));
        RunOnNewThread(() => fresh3 = Fingerprint(ParkSimulator.SimulateYear(withPv, weather)));

        // The same designs one after the other on this thread, each after a different one.
        _ = ParkSimulator.SimulateYear(withPv, weather);
        Assert.Equal(fresh1, Fingerprint(ParkSimulator.SimulateYear(withoutPv, weather)));
        Assert.Equal(fresh2, Fingerprint(ParkSimulator.SimulateYear(twoPlanes, weather)));
        Assert.Equal(fresh3, Fingerprint(ParkSimulator.SimulateYear(withPv, weather)));
        Assert.Equal(fresh1, Fingerprint(ParkSimulator.SimulateYear(withoutPv, weather)));
    }

    [Fact]
    public void The_open_field_flowers_follow_the_weather_and_the_field_when_they_alternate_on_a_thread()
    {
        // The open field's yield and water are kept for the last weather and field on the thread: another week or another
        // field in between must give the values a new thread computes.
        var june = TestParks.Week();
        var march = TestParks.Week(startDayOfYear: 75);
        var park = TestParks.PhaseOneLike();
        Assert.NotNull(park.OutdoorFlowers);
        var wider = park with { OutdoorFlowers = park.OutdoorFlowers! with { OpenAreaM2 = 3 * park.OutdoorFlowers.OpenAreaM2 + 1000 } };
        var cases = new (Core.Weather.WeatherSeries Weather, ParkDesign Design)[] { (june, park), (march, park), (june, wider), (june, park) };
        var fresh = new double[cases.Length][];
        for (int c = 0; c < cases.Length; c++)
        {
            var (w, d) = cases[c];
            var k = c;
            RunOnNewThread(() => fresh[k] = Fingerprint(ParkSimulator.SimulateYear(d, w)));
        }
        for (int c = 0; c < cases.Length; c++)
            Assert.Equal(fresh[c], Fingerprint(ParkSimulator.SimulateYear(cases[c].Design, cases[c].Weather)));
        // The cases differ, so a stale value would show.
        Assert.NotEqual(fresh[0], fresh[1]);
        Assert.NotEqual(fresh[0], fresh[2]);
    }

    [Fact]
    public void Two_fields_on_one_plane_give_the_park_the_sum_of_their_own_chains()
    {
        var weather = TestParks.Week();
        var park = TestParks.PhaseOneLike() with
        {
            PvPlants = [new PvPlant("a", new PvArraySpec { DcCapacityKw = 2600 }), new PvPlant("b", new PvArraySpec { DcCapacityKw = 8700, DcAcRatio = 1.5 })],
        };
        var year = ParkSimulator.SimulateYear(park, weather);
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), park.Site, weather);
        var a = new PvHourlySeries(weather.Count);
        var b = new PvHourlySeries(weather.Count);
        PvChain.Run(park.PvPlants[0].Array, weather, sun, PvChainOptions.Default, a);
        PvChain.Run(park.PvPlants[1].Array, weather, sun, PvChainOptions.Default, b);
        for (var i = 0; i < weather.Count; i++)
            Assert.Equal(a.AcPowerKw[i] + b.AcPowerKw[i], year.Ledger.PvAcKw[i]);
    }

    [Fact]
    public void A_reused_ledger_gives_every_series_of_a_fresh_ledger_whatever_park_wrote_it_before()
    {
        var weather = TestParks.Week();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), TestParks.PhaseOneLike().Site, weather);
        // With shaft storage, battery and greenhouses first, then a park without them: their columns must read zero again.
        var full = TestParks.PhaseOneLike(DispatchStrategy.TimeOfUseArbitrage) with { PumpedHydro = PumpedHydroPresets.DakuishanPhase2 };
        var bare = TestParks.PhaseOneLike() with { Greenhouses = null, Heat = null, Battery = null, OutdoorFlowers = null, Tariff = TestParks.Flat() };
        var ledger = new ParkLedger(weather.Grid);
        foreach (var design in new[] { full, bare, full })
        {
            var fresh = ParkSimulator.SimulateYear(design, weather, sun);
            var reused = ParkSimulator.SimulateYear(design, weather, sun, ledger);
            Assert.Same(ledger, reused.Ledger);
            Assert.Equal(Fingerprint(fresh), Fingerprint(reused));
            var freshColumns = fresh.Ledger.Columns;
            var reusedColumns = reused.Ledger.Columns;
            for (int c = 0; c < freshColumns.Count; c++)
                Assert.Equal(freshColumns[c].Values, reusedColumns[c].Values);
            Assert.Equal(fresh.Ledger.ImportPriceCnyPerKwh, reused.Ledger.ImportPriceCnyPerKwh);
        }
    }

    [Fact]
    public void A_ledger_full_of_NaN_gives_the_series_of_a_zeroed_one_so_every_series_is_written_or_cleared()
    {
        // The simulator does not zero a new ledger: it clears only the series the design leaves alone. Poisoning every value
        // with NaN shows any series that is read before it is written, or neither written nor cleared.
        var weather = TestParks.Week();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), TestParks.PhaseOneLike().Site, weather);
        var full = TestParks.PhaseOneLike(DispatchStrategy.TimeOfUseArbitrage) with { PumpedHydro = PumpedHydroPresets.DakuishanPhase2 };
        var bare = TestParks.PhaseOneLike() with { Greenhouses = null, Heat = null, Battery = null, OutdoorFlowers = null, Tariff = TestParks.Flat() };
        var noPv = full with { PvPlants = [], OutdoorFlowers = null };
        foreach (var design in new[] { full, bare, noPv })
        {
            var zeroed = ParkSimulator.SimulateYear(design, weather, sun, new ParkLedger(weather.Grid)).Ledger;
            var poisoned = new ParkLedger(weather.Grid);
            foreach (var (_, values) in poisoned.Columns)
                Array.Fill(values, double.NaN);
            ParkSimulator.SimulateYear(design, weather, sun, poisoned);
            var expected = zeroed.Columns;
            var actual = poisoned.Columns;
            for (int c = 0; c < expected.Count; c++)
            {
                Assert.DoesNotContain(actual[c].Values, double.IsNaN);
                Assert.Equal(expected[c].Values, actual[c].Values);
            }
            // And the simulator's own (unzeroed) ledger agrees with both.
            var fresh = ParkSimulator.SimulateYear(design, weather, sun).Ledger.Columns;
            for (int c = 0; c < expected.Count; c++)
                Assert.Equal(expected[c].Values, fresh[c].Values);
        }
    }

    [Fact]
    public void A_ledger_on_another_grid_is_refused()
    {
        var weather = TestParks.Week();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), TestParks.PhaseOneLike().Site, weather);
        var other = new ParkLedger(TestParks.Week(200).Grid);
        var e = Assert.Throws<InvalidInputException>(() => ParkSimulator.SimulateYear(TestParks.PhaseOneLike(), weather, sun, other));
        Assert.Contains("ledger.Grid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bill_follows_the_tariff_when_parks_with_different_tariffs_alternate_on_a_thread()
    {
        // The tariff series is kept per thread for the last tariff: a different tariff must not reuse it.
        var weather = TestParks.Week();
        var tou = TestParks.PhaseOneLike(DispatchStrategy.TimeOfUseArbitrage) with { Tariff = TestParks.ShandongTou() };
        var flat = tou with { Tariff = TestParks.Flat() };
        double? freshTou = null, freshFlat = null;
        RunOnNewThread(() => freshTou = ParkSimulator.SimulateYear(tou, weather).Bill.NetCostCny);
        RunOnNewThread(() => freshFlat = ParkSimulator.SimulateYear(flat, weather).Bill.NetCostCny);
        Assert.NotEqual(freshTou, freshFlat);
        for (int k = 0; k < 2; k++)
        {
            Assert.Equal(freshTou, ParkSimulator.SimulateYear(tou, weather).Bill.NetCostCny);
            Assert.Equal(freshFlat, ParkSimulator.SimulateYear(flat, weather).Bill.NetCostCny);
        }
    }

    private static void RunOnNewThread(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { error = e; }
        });
        thread.Start();
        thread.Join();
        if (error is not null)
            throw error;
    }
}
