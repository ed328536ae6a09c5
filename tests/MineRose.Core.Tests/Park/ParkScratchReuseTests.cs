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
