using MineRose.Core.Greenhouse;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using Threading = MineRose.Core.Park.ParkSimulator.BlockThreading;

namespace MineRose.Core.Tests.Park;

/// <summary>The test that saturates the thread pool runs alone: other tests' pool work would change what it measures.</summary>
[CollectionDefinition(nameof(ConcurrentBlockCollection), DisableParallelization = true)]
public sealed class ConcurrentBlockCollection;

/// <summary>The greenhouse-and-heat block stepped on a pool thread while the caller runs PV and the bus gives the sequential
/// run's year to the last bit, on every path; failures reach the caller as they would sequentially, and nothing keeps running.</summary>
/// <remarks>The reference is the sequential run of the same build (<see cref="Threading.Sequential"/>), which is the documented
/// order of the simulator; every ledger series is compared bit for bit (NaN and signed zeros included), then every scalar of the
/// year and every KPI of its evaluation.</remarks>
[Collection(nameof(ConcurrentBlockCollection))]
public class ConcurrentBlockTests
{
    private static readonly WeatherSeries Year = DefaultWeather.Zibo();

    private static SunPath SunFor(WeatherSeries weather, ParkDesign park) =>
        PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), park.Site, weather);

    private static IReadOnlyList<ParkYear> Run(ParkDesign park, WeatherSeries weather, Threading threading, int years = 1, DispatchPlan? plan = null,
        GreenhouseHeatMemo? memo = null, ParkLedger? ledger = null, Action<int>? busProbe = null) =>
        ParkSimulator.Simulate(park, weather, SunFor(weather, park), years, plan, ledger, memo, threading, busProbe);

    private static void AssertBits(double expected, double actual, string what) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"{what}: {expected:R} sequentially, {actual:R} concurrently");

    // Doubles are written in their shortest round-trip form, so equal text means equal bits (NaN and −0 included).
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, JsonOptions);

    private static void AssertIdentical(IReadOnlyList<ParkYear> sequential, IReadOnlyList<ParkYear> concurrent)
    {
        Assert.Equal(sequential.Count, concurrent.Count);
        for (int t = 0; t < sequential.Count; t++)
        {
            var e = sequential[t];
            var a = concurrent[t];
            var ec = e.Ledger.Columns;
            var ac = a.Ledger.Columns;
            Assert.Equal(ec.Count, ac.Count);
            for (int c = 0; c < ec.Count; c++)
            {
                Assert.Equal(ec[c].Name, ac[c].Name);
                for (int i = 0; i < ec[c].Values.Length; i++)
                    AssertBits(ec[c].Values[i], ac[c].Values[i], $"year {t + 1}, {ec[c].Name}[{i}]");
            }
            AssertBits(e.RoseStems, a.RoseStems, "rose stems");
            AssertBits(e.OutdoorFlowerStems, a.OutdoorFlowerStems, "outdoor stems");
            AssertBits(e.GreenhouseIrrigationM3, a.GreenhouseIrrigationM3, "greenhouse irrigation");
            AssertBits(e.OutdoorIrrigationM3, a.OutdoorIrrigationM3, "outdoor irrigation");
            AssertBits(e.BatteryCapacityKwh, a.BatteryCapacityKwh, "battery capacity");
            AssertBits(e.MineWaterTemperatureC, a.MineWaterTemperatureC, "mine-water temperature");
            // Records holding arrays (bills' months, the rose yield's series) compared by every value they serialise.
            Assert.Equal(Json(e.Bill), Json(a.Bill));
            Assert.Equal(Json(e.BaselineBill), Json(a.BaselineBill));
            Assert.Equal(Json(e.Roses), Json(a.Roses));
            Assert.Equal(Json(e.CropLabour), Json(a.CropLabour));
            Assert.Equal(e.OperatingYear, a.OperatingYear);
            Assert.Equal(e.Warnings, a.Warnings);
        }
        var ek = ParkEvaluation.Evaluate(sequential).Kpis;
        var ak = ParkEvaluation.Evaluate(concurrent).Kpis;
        Assert.Equal(ek.Count, ak.Count);
        for (int k = 0; k < ek.Count; k++)
        {
            Assert.Equal(ek[k].Key, ak[k].Key);
            AssertBits(ek[k].Value, ak[k].Value, ek[k].Key);
        }
    }

    // Short of heat on cold nights (the block steps the houses a second time), CO₂ dosing and a finite mine-water reservoir (its
    // temperature carries from hour to hour and year to year): the paths most likely to differ if a state leaked between threads.
    private static ParkDesign ShortOfHeat(DispatchStrategy dispatch = DispatchStrategy.SelfConsumption)
    {
        var park = TestParks.PhaseOneLike(dispatch);
        return park with
        {
            Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 500, RatedCoolingKw = 500 },
                new MineWaterSource { MaxFlowM3h = 250, ReservoirVolumeM3 = 50_000, RechargeFlowM3h = 20 }),
            Greenhouses = park.Greenhouses! with { House = park.Greenhouses.House with { Co2 = Co2Enrichment.DutchPractice } },
        };
    }

    // Every interval of an hourly weather series repeated four times on a 15-minute grid.
    private static WeatherSeries QuarterHourly(WeatherSeries hourly)
    {
        static double[] Spread(double[] a) => [.. a.SelectMany(v => Enumerable.Repeat(v, 4))];
        return hourly with
        {
            Grid = new TimeGrid(hourly.Grid.StartUtc, TimeSpan.FromMinutes(15), hourly.Count * 4),
            GhiWm2 = Spread(hourly.GhiWm2), DniWm2 = Spread(hourly.DniWm2), DhiWm2 = Spread(hourly.DhiWm2),
            TempAirC = Spread(hourly.TempAirC), WindSpeedMs = Spread(hourly.WindSpeedMs),
            RelativeHumidityPercent = hourly.RelativeHumidityPercent is { } rh ? Spread(rh) : null,
            PressurePa = hourly.PressurePa is { } p ? Spread(p) : null,
        };
    }

    // A replayed plan that moves both stores, shifts the heating set-points within ±3 K and switches the lamps, from a seed.
    private static DispatchPlan PlanFor(int count, int seed)
    {
        var random = new Random(seed);
        var battery = new double[count];
        var hydro = new double[count];
        var offsets = new double[count];
        var lamps = new bool[count];
        for (int i = 0; i < count; i++)
        {
            battery[i] = 500 * Math.Sin(2 * Math.PI * i / 24.0);
            hydro[i] = 100 * Math.Cos(2 * Math.PI * i / 24.0);
            offsets[i] = Math.Round(6 * random.NextDouble() - 3, 2);
            lamps[i] = random.NextDouble() < 0.3;
        }
        return new DispatchPlan(battery, hydro) { HeatingSetPointOffsetK = offsets, LampsOn = lamps };
    }

    [Theory]
    [InlineData(DispatchStrategy.SelfConsumption)]
    [InlineData(DispatchStrategy.TimeOfUseArbitrage)]
    public void A_rule_based_year_with_the_block_on_a_pool_thread_is_the_sequential_year_to_the_last_bit(DispatchStrategy dispatch)
    {
        var park = ShortOfHeat(dispatch);
        var sequential = Run(park, Year, Threading.Sequential);
        Assert.True(sequential[0].Ledger.EnergyKwh(sequential[0].Ledger.UnservedHeatingKw) > 0, "the year should be short of heat somewhere");
        AssertIdentical(sequential, Run(park, Year, Threading.Concurrent));
        // The public overload (pipelined on a machine with more than one processor) gives the same year.
        AssertIdentical(sequential, [ParkSimulator.SimulateYear(park, Year, SunFor(Year, park))]);
    }

    [Fact]
    public void A_replayed_plan_with_set_point_offsets_and_lamps_gives_the_sequential_year()
    {
        var park = ShortOfHeat();
        var plan = PlanFor(Year.Count, seed: 7);
        var sequential = Run(park, Year, Threading.Sequential, plan: plan);
        AssertIdentical(sequential, Run(park, Year, Threading.Concurrent, plan: plan));
        AssertIdentical(sequential, [ParkSimulator.SimulateYear(park, Year, plan, SunFor(Year, park))]);
    }

    [Fact]
    public void Three_years_carrying_greenhouse_mine_water_battery_and_shaft_states_give_the_sequential_years()
    {
        var park = ShortOfHeat();
        var sequential = Run(park, Year, Threading.Sequential, years: 3);
        Assert.True(sequential[2].MineWaterTemperatureC != sequential[0].MineWaterTemperatureC, "the carried reservoir should matter");
        AssertIdentical(sequential, Run(park, Year, Threading.Concurrent, years: 3));
        AssertIdentical(sequential, ParkSimulator.SimulateYears(park, Year, 3, sun: SunFor(Year, park)));
    }

    [Fact]
    public void A_fifteen_minute_grid_gives_the_sequential_year()
    {
        var weather = QuarterHourly(TestParks.Week(startDayOfYear: 10));
        var park = ShortOfHeat();
        var plan = PlanFor(weather.Count, seed: 11);
        AssertIdentical(Run(park, weather, Threading.Sequential), Run(park, weather, Threading.Concurrent));
        AssertIdentical(Run(park, weather, Threading.Sequential, plan: plan), Run(park, weather, Threading.Concurrent, plan: plan));
    }

    [Fact]
    public void With_the_memo_the_block_stepped_concurrently_is_kept_and_copied_exactly()
    {
        var park = ShortOfHeat();
        var week = TestParks.Week(startDayOfYear: 10);
        var sequential = Run(park, week, Threading.Sequential);
        var memo = new GreenhouseHeatMemo();
        // First: stepped on the pool thread and kept; second: copied from the memo (nothing to step).
        AssertIdentical(sequential, Run(park, week, Threading.Concurrent, memo: memo, ledger: new ParkLedger(week.Grid)));
        AssertIdentical(sequential, Run(park, week, Threading.Concurrent, memo: memo, ledger: new ParkLedger(week.Grid)));
        Assert.Equal((1, 1, 1), (memo.Hits, memo.Misses, memo.Count));
    }

    [Fact]
    public void Parks_without_greenhouses_or_without_pv_and_storage_give_the_sequential_year()
    {
        var park = ShortOfHeat();
        var week = TestParks.Week(startDayOfYear: 10);
        var noHouses = park with { Greenhouses = null };
        var onlyHouses = park with { PvPlants = [], PumpedHydro = null, Battery = null, OutdoorFlowers = null };
        AssertIdentical(Run(noHouses, week, Threading.Sequential), Run(noHouses, week, Threading.Concurrent));
        AssertIdentical(Run(onlyHouses, week, Threading.Sequential), Run(onlyHouses, week, Threading.Concurrent));
    }

    [FsCheck.Xunit.Property(MaxTest = 12)]
    public bool Any_replayed_plan_gives_the_sequential_week_concurrently(int seed, bool winter)
    {
        var week = TestParks.Week(startDayOfYear: winter ? 10 : 152);
        var park = ShortOfHeat();
        var plan = PlanFor(week.Count, seed);
        AssertIdentical(Run(park, week, Threading.Sequential, plan: plan), Run(park, week, Threading.Concurrent, plan: plan));
        return true;
    }

    // A heat pump at 5 % of the Carnot COP cannot reach its supply temperature with a COP above 1: MineWaterHeatPump.Heat refuses
    // the first interval that asks for heat, a night some hours into a May week (hour 0 is 08:00 local, no heating demand).
    private static readonly WeatherSeries FailingWeek = TestParks.Week(startDayOfYear: 120);

    private static ParkDesign FailingHeatPump()
    {
        var park = ShortOfHeat();
        return park with { Heat = park.Heat! with { HeatPump = park.Heat.HeatPump with { HeatingCarnotEfficiency = 0.05 } } };
    }

    private static Exception Thrown(Func<object> call)
    {
        // On a task with a time limit: a caller that waited forever for a failed block would fail the test, not hang it.
        var task = Task.Run(() => Record.Exception(call));
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the call did not return within 60 s");
        return Assert.IsType<Exception>(task.Result, exactMatch: false);
    }

    [Fact]
    public void A_block_that_throws_on_the_pool_thread_throws_the_sequential_exception_on_the_caller()
    {
        var park = FailingHeatPump();
        var week = FailingWeek;
        var seqLedger = new ParkLedger(week.Grid);
        var sequential = Thrown(() => Run(park, week, Threading.Sequential, ledger: seqLedger));
        Assert.IsType<InvalidInputException>(sequential);
        Assert.Contains("supplyTemperatureC", sequential.Message, StringComparison.Ordinal);
        // The block failed some hours in, after the bus had run the hours before it.
        int failedAt = LastWritten(seqLedger.OtherLoadKw) + 1;
        Assert.True(failedAt >= 1 && failedAt < week.Count, $"failed at interval {failedAt}");

        var ledger = new ParkLedger(week.Grid);
        var concurrent = Thrown(() => Run(park, week, Threading.Concurrent, ledger: ledger));
        Assert.Equal(sequential.GetType(), concurrent.GetType());
        Assert.Equal(sequential.Message, concurrent.Message);
        // The bus ran exactly the hours before the failed one, as sequentially.
        Assert.Equal(failedAt, LastWritten(ledger.OtherLoadKw) + 1);
    }

    // The last interval whose value is not zero (other loads are ≥ 50 kW at every hour of the test park).
    private static int LastWritten(double[] series) => Array.FindLastIndex(series, v => v != 0);

    [Fact]
    public void A_bus_that_throws_stops_the_block_before_the_call_returns()
    {
        var park = ShortOfHeat();
        var failure = new InvalidOperationException("probe at interval 200");
        var ledger = new ParkLedger(Year.Grid);
        var thrown = Thrown(() => Run(park, Year, Threading.Concurrent, ledger: ledger, busProbe: i =>
        {
            if (i == 200)
                throw failure;
        }));
        Assert.Same(failure, thrown);
        // The block stopped within an interval of being told, long before the end of the year, and writes nothing more.
        var temperature = (double[])ledger.GreenhouseTemperatureC.Clone();
        int lastStepped = LastWritten(temperature);
        Assert.InRange(lastStepped, 200, Year.Count - 2);
        Thread.Sleep(100);
        Assert.Equal(temperature, ledger.GreenhouseTemperatureC);
    }

    [Fact]
    public void Of_a_failing_block_and_a_failing_bus_the_caller_gets_the_failure_the_sequential_order_meets_first()
    {
        var park = FailingHeatPump();
        var week = FailingWeek;
        var ledger = new ParkLedger(week.Grid);
        var blockFailure = Thrown(() => Run(park, week, Threading.Sequential, ledger: ledger));
        int failedAt = LastWritten(ledger.OtherLoadKw) + 1;
        foreach (int probeAt in new[] { failedAt - 1, failedAt + 1 })
        {
            var busFailure = new InvalidOperationException("probe");
            Action<int> probe = i =>
            {
                if (i == probeAt)
                    throw busFailure;
            };
            var sequential = Thrown(() => Run(park, week, Threading.Sequential, busProbe: probe));
            var concurrent = Thrown(() => Run(park, week, Threading.Concurrent, busProbe: probe));
            // Before the failing hour the bus fails first; after it the block does (the bus never reaches the probe).
            if (probeAt < failedAt)
            {
                Assert.Same(busFailure, sequential);
                Assert.Same(busFailure, concurrent);
            }
            else
            {
                Assert.Equal(blockFailure.GetType(), sequential.GetType());
                Assert.Equal(blockFailure.GetType(), concurrent.GetType());
                Assert.Equal(blockFailure.Message, concurrent.Message);
            }
        }
    }

    [Fact]
    public async Task With_every_pool_thread_busy_the_caller_steps_the_block_itself_and_gets_the_same_year()
    {
        var park = ShortOfHeat();
        var sequential = Run(park, Year, Threading.Sequential);
        using var release = new ManualResetEventSlim();
        ThreadPool.GetMinThreads(out int workers, out _);
        int blocked = 0;
        var blockers = Enumerable.Range(0, workers + 2).Select(_ => Task.Factory.StartNew(() =>
        {
            Interlocked.Increment(ref blocked);
            release.Wait();
        }, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default)).ToArray();
        try
        {
            // The blockers hold the pool's threads; the block queued behind them is taken by the caller after its patience.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref blocked) < workers && DateTime.UtcNow < deadline)
                Thread.Sleep(1);
            // On a thread of its own: on a pool thread the automatic choice would not queue the block at all.
            IReadOnlyList<ParkYear>? auto = null;
            var caller = new Thread(() => auto = Run(park, Year, Threading.Auto));
            caller.Start();
            Assert.True(caller.Join(TimeSpan.FromSeconds(60)), "the call did not return within 60 s");
            AssertIdentical(sequential, auto!);
        }
        finally
        {
            release.Set();
            await Task.WhenAll(blockers);
        }
    }
}
