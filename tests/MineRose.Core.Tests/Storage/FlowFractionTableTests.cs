using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>The park's tabulated shaft plant (<see cref="FlowFractionTable"/>) against the iterated model it replaces.</summary>
/// <remarks>Stated bound: per step, the tabulated power is within 10⁻⁴ of the iterated one (relative to the plant rating);
/// over a year, generated and absorbed energy within 0.01 % and the final upper volume within 0.1 % of the cycle volume.</remarks>
public class FlowFractionTableTests
{
    public static TheoryData<string> Plants => ["phase2", "pilot", "prismatic"];

    private static ShaftPumpedHydroSpec Spec(string plant) => plant switch
    {
        "phase2" => PumpedHydroPresets.DakuishanPhase2,
        "pilot" => PumpedHydroPresets.DakuishanPilot,
        _ => TestPlants.Prismatic(units: 2, pumpMinimumFraction: 0.5),
    };

    // Part- and full-load requests in both directions, with idle hours between, over a year.
    private static double[] Requests(ShaftPumpedHydro plant, int seed)
    {
        var random = new Random(seed);
        var kw = new double[8760];
        for (var i = 0; i < kw.Length; i++)
        {
            var hour = i % 24;
            kw[i] = hour is >= 0 and < 7 or >= 10 and < 15 ? -(0.05 + 1.0 * random.NextDouble()) * plant.RatedPumpingPowerKw
                : hour is >= 17 and < 23 ? (0.05 + 1.0 * random.NextDouble()) * plant.RatedGeneratingPowerKw
                : 0;
        }
        return kw;
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void Each_tabulated_step_delivers_the_iterated_power_within_one_ten_thousandth_of_the_rating(string plant)
    {
        var spec = Spec(plant);
        var iterated = new ShaftPumpedHydro(spec);
        var tabulated = new ShaftPumpedHydro(spec, tabulated: true);
        var requests = Requests(iterated, 7);
        var state = iterated.StateAtFill(0.5);
        var worst = 0.0;
        for (var i = 0; i < requests.Length; i++)
        {
            // Both from the same (iterated) state, so the comparison is of one step, not of drifting trajectories.
            var exact = iterated.Step(state, requests[i], 1.0);
            var fast = tabulated.Step(state, requests[i], 1.0);
            Assert.Equal(exact.UnitsRunning, fast.UnitsRunning);
            Assert.Equal(exact.Limit, fast.Limit);
            worst = Math.Max(worst, Math.Abs(fast.PowerKw - exact.PowerKw) / iterated.RatedGeneratingPowerKw);
            // The tabulated step still closes its own energy balance: electricity = potential ± losses.
            var balanceKwh = fast.GeneratedKwh > 0
                ? -fast.PotentialEnergyGainKwh - fast.FrictionLossKwh - fast.MachineLossKwh - fast.ElectricalLossKwh - fast.GeneratedKwh
                : fast.AbsorbedKwh - fast.PotentialEnergyGainKwh - fast.FrictionLossKwh - fast.MachineLossKwh - fast.ElectricalLossKwh;
            Assert.True(Math.Abs(balanceKwh) <= 1e-9 * Math.Max(1, fast.GeneratedKwh + fast.AbsorbedKwh), $"hour {i}: balance {balanceKwh} kWh");
            state = exact.State;
        }
        Assert.True(worst <= 1e-4, $"worst step error {worst:E2} of the rating");
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_tabulated_year_matches_the_iterated_year_within_a_hundredth_of_a_percent(string plant)
    {
        var spec = Spec(plant);
        var iterated = new ShaftPumpedHydro(spec);
        var tabulated = new ShaftPumpedHydro(spec, tabulated: true);
        var requests = Requests(iterated, 11);
        var (exactGenerated, exactAbsorbed, exactUpper) = Year(iterated, requests);
        var (fastGenerated, fastAbsorbed, fastUpper) = Year(tabulated, requests);
        Assert.True(exactGenerated > 0 || plant == "pilot");
        Assert.Equal(exactGenerated, fastGenerated, 1e-4 * Math.Max(1, exactGenerated));
        Assert.Equal(exactAbsorbed, fastAbsorbed, 1e-4 * Math.Max(1, exactAbsorbed));
        Assert.Equal(exactUpper, fastUpper, 1e-3 * iterated.CycleVolumeM3);
    }

    private static (double GeneratedKwh, double AbsorbedKwh, double FinalUpperM3) Year(ShaftPumpedHydro plant, double[] requests)
    {
        var state = plant.StateAtFill(0.5);
        double generated = 0, absorbed = 0;
        foreach (var kw in requests)
        {
            var s = plant.Step(state, kw, 1.0);
            generated += s.GeneratedKwh;
            absorbed += s.AbsorbedKwh;
            state = s.State;
        }
        return (generated, absorbed, state.UpperVolumeM3);
    }

    [Fact]
    public void The_table_reproduces_the_power_at_its_nodes_and_inverts_it_between_them()
    {
        // A made-up machine with an analytic relation: a(x) = 1000·x·(1 − (x − 1)²/4) W/m, h_f = 0.5·(n·x)² m.
        static double A(double x) => 1000 * x * (1 - (x - 1) * (x - 1) / 4);
        static double Loss(int n, double x) => 0.5 * n * x * n * x;
        var table = new FlowFractionTable(3, 0.2, 1.0, A, Loss, pumping: false);
        for (var n = 1; n <= 3; n++)
        {
            foreach (var head in new[] { 50.0, 120.0, 200.0 })
            {
                Assert.Equal(A(0.2) * (head - Loss(n, 0.2)), table.LowestPowerW(n, head), 1e-9 * head * 1000);
                Assert.Equal(A(1.0) * (head - Loss(n, 1.0)), table.HighestPowerW(n, head), 1e-9 * head * 1000);
                foreach (var x in new[] { 0.2, 0.37, 0.5, 0.81, 1.0 })
                {
                    var power = A(x) * (head - Loss(n, x));
                    Assert.Equal(x, table.FractionAt(n, head, power), 1e-4);
                }
            }
        }
    }

    [Fact]
    public void A_fraction_found_from_an_earlier_bracket_is_the_bisection_result_to_the_last_bit()
    {
        // P(x) = a(x)·H − a(x)·h_f with a increasing and curved (x·(1.2 − 0.3·x)) and a quadratic loss: any bracket hint,
        // right, wrong or absent, must give the fraction the bisection gives.
        var table = new FlowFractionTable(3, 0.3, 1.0, x => 9.81e3 * x * (1.2 - 0.3 * x), (n, x) => 0.5 * n * n * x * x, pumping: false);
        var random = new Random(17);
        int agreedWithHint = 0;
        for (var k = 0; k < 20_000; k++)
        {
            var n = 1 + random.Next(3);
            var head = 150 + 20 * random.NextDouble();
            var power = table.LowestPowerW(n, head) + (random.NextDouble() * 1.1 - 0.05) * (table.HighestPowerW(n, head) - table.LowestPowerW(n, head));
            var expected = table.FractionAt(n, head, power);
            var node = -1;
            table.FractionAt(n, head * (1 + 0.002 * (random.NextDouble() - 0.5)), power, ref node);
            // A bracket from a nearby head (usually right), a random one, and none.
            int[] hints = [node, random.Next(-2, 260), -1];
            foreach (var hint in hints)
            {
                var h = hint;
                Assert.Equal(expected, table.FractionAt(n, head, power, ref h));
                if (hint == node && h == node && node >= 0)
                    agreedWithHint++;
            }
        }
        // The hint is usually right, which is the point of it.
        Assert.True(agreedWithHint > 10_000, $"{agreedWithHint} hits");
    }

    [Fact]
    public void A_fraction_found_from_the_bracket_of_an_earlier_step_is_the_bisection_result_to_the_last_bit()
    {
        // Each call without a hint of its own (node −1), as the first iterate of a step: the table tries the bracket it last
        // found for that unit count and its neighbours. Powers drift slowly (consecutive park hours) and sometimes jump, heads
        // drift, unit counts alternate: every fraction must still be the bisection's.
        var table = new FlowFractionTable(3, 0.3, 1.0, x => 9.81e3 * x * (1.2 - 0.3 * x), (n, x) => 0.5 * n * n * x * x, pumping: false);
        var random = new Random(31);
        var share = 0.5;
        int sameOrNext = 0, last = -1;
        for (var k = 0; k < 20_000; k++)
        {
            var n = k % 500 < 250 ? 2 : 1 + random.Next(3);
            var head = 155 + 10 * Math.Sin(k / 300.0);
            share = random.NextDouble() < 0.05 ? random.NextDouble() * 1.1 - 0.05 : share + 0.004 * (random.NextDouble() - 0.5);
            var power = table.LowestPowerW(n, head) + share * (table.HighestPowerW(n, head) - table.LowestPowerW(n, head));
            var expected = table.FractionAt(n, head, power);
            var node = -1;
            Assert.Equal(expected, table.FractionAt(n, head, power, ref node));
            if (node >= 0 && Math.Abs(node - last) <= 1)
                sameOrNext++;
            last = node;
        }
        // Most calls find the bracket at or next to the last one: the path under test is the one taken.
        Assert.True(sameOrNext > 10_000, $"{sameOrNext} brackets at or next to the last");
    }
}
