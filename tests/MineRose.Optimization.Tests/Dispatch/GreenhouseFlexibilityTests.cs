using MineRose.Core.Greenhouse;
using MineRose.Core.Park;
using MineRose.Optimization.Dispatch;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class GreenhouseFlexibilityTests(ITestOutputHelper output)
{
    [Fact]
    public void Node_capacities_and_conductances_follow_from_the_spec_as_derived()
    {
        // Dakuishan house, 13,000 m². Independent arithmetic of the derivation in GreenhouseFlexibility:
        // C_a = 1.204·1005·4.5 + 1200·3 = 5445 + 3600 = 9045 J/(m²K) → 32.66 kWh/K; C_m = 110 kJ/(m²K) → 397.2 kWh/K;
        // H_m = 8 W/(m²K) → 104 kW/K; UA = 6.4·1.3·(1 − 0.35) + 1.204·1005·0.5·4.5/3600 = 5.408 + 0.756 W/(m²K) → 80.14 kW/K.
        var g = GreenhouseFlexibility.Lumped(GreenhouseSpec.Dakuishan(), 0, 2);
        Assert.Equal((1.204 * 1005 * 4.5 + 1200 * 3) * 13_000 / 3.6e6, g.HeatCapacityKwhPerK, 9);
        Assert.Equal(110.0 * 13_000 / 3600, g.MassCapacityKwhPerK, 9);
        Assert.Equal(8.0 * 13, g.MassConductanceKwPerK, 9);
        Assert.Equal((6.4 * 1.3 * 0.65 + 1.204 * 1005 * 0.5 * 4.5 / 3600) * 13_000 / 1000, g.ConductanceKwPerK, 9);
    }

    [Fact]
    public void Two_node_model_follows_the_full_greenhouse_after_a_set_point_step()
    {
        // A winter night held at 16 °C (outside −5 °C, 4 m/s, 80 % RH, dark), settled for two days; then the heating set-point is
        // raised to 18 °C for one hour and returned to 16 °C for seven. Full model (GreenhouseClimate [93]) against the lumped
        // first-order model of the dispatch LP with the same weather.
        var spec = GreenhouseSpec.Dakuishan();
        var raised = spec with { SetPoints = spec.SetPoints with { HeatingDayC = 18, HeatingNightC = 18 } };
        var weather = new GreenhouseWeather(-5, 0, 4, 80, 1);
        var state = GreenhouseState.Uniform(16);
        for (int k = 0; k < 48; k++)
            state = GreenhouseClimate.Step(spec, state, weather, 1).Next;

        const int hours = 8;
        var held = new double[hours];
        var step = new double[hours];
        var a = state;
        var b = state;
        for (int k = 0; k < hours; k++)
        {
            var ra = GreenhouseClimate.Step(spec, a, weather, 1);
            var rb = GreenhouseClimate.Step(k == 0 ? raised : spec, b, weather, 1);
            held[k] = ra.HeatingDemandKw;
            step[k] = rb.HeatingDemandKw;
            a = ra.Next;
            b = rb.Next;
        }

        // The LP's two-node deviation model stepped by hand: hour 0 holds θ = 2 (heat Q₀ from the air row), later hours heat only
        // what brings θ back to 0, or nothing while θ decays.
        var g = GreenhouseFlexibility.Lumped(spec, 0, 2);
        double ca = g.HeatCapacityKwhPerK, ua = g.ConductanceKwPerK, cm = g.MassCapacityKwhPerK, hm = g.MassConductanceKwPerK;
        var lumped = new double[hours];
        double theta = 0, mu = 0;
        for (int k = 0; k < hours; k++)
        {
            double target = k == 0 ? 2 : 0;
            // Mass at the end of the hour for a given θ_k: μ_k = (C_m·μ_{k−1} + H_m·θ_k)/(C_m + H_m).
            double MuOf(double th) => (cm * mu + hm * th) / (cm + hm);
            double QOf(double th) => held[k] + ca * (th - theta) + ua * th + hm * (th - MuOf(th));
            double q = QOf(target);
            double th = target;
            if (q < 0)
            {
                // Heating off: solve Q(θ) = 0, linear in θ.
                double q0 = QOf(0), slope = QOf(1) - q0;
                th = -q0 / slope;
                q = 0;
            }
            lumped[k] = q;
            mu = MuOf(th);
            theta = th;
        }
        output.WriteLine(string.Join(", ", held.Select(x => x.ToString("F0"))));
        output.WriteLine(string.Join(", ", step.Select(x => x.ToString("F0"))));
        output.WriteLine(string.Join(", ", lumped.Select(x => x.ToString("F0"))));
        double fullFirst = step[0] - held[0], lumpedFirst = lumped[0] - held[0];
        double fullNet = step.Sum() - held.Sum(), lumpedNet = lumped.Sum() - held.Sum();
        output.WriteLine($"extra heat in the raised hour: full {fullFirst:F0} kW, lumped {lumpedFirst:F0} kW; net over 8 h: full {fullNet:F0} kWh, lumped {lumpedNet:F0} kWh");

        // Measured (this test's output): raised hour +412 kW full against +390 kW two-node (the full model also loses more
        // latent heat and condensate at 18 °C); the release over the next seven hours agrees to within 1 kW (1720, 1793, 1798,
        // … kW in both): the mass returns the heat over hours, as in the full model.
        Assert.InRange(lumpedFirst / fullFirst, 0.9, 1.1);
        Assert.InRange(lumpedNet / fullNet, 0.85, 1.15);
        for (int k = 1; k < hours; k++)
            Assert.InRange(lumped[k] - step[k], -0.01 * held[k], 0.01 * held[k]);
        // Both return the house to the held demand once the stored heat is spent.
        Assert.InRange(step[^1] / held[^1], 0.99, 1.0);
    }

    [Fact]
    public void A_replayed_set_point_offset_holds_the_greenhouse_that_much_warmer_and_needs_more_heat()
    {
        // Phase I on its synthetic year: raise the heating set-point by 2 K in one January night hour where the rules heat
        // (and serve all of it); the replay holds the air at 16 + 2 = 18 °C there and asks more heat; an empty offset array
        // replays the rules exactly.
        var (design, weather) = ShippedScenarioTests.Load("dakuishan-phase1.yaml");
        var rules = ParkSimulator.SimulateYear(design, weather);
        var l = rules.Ledger;
        int hour = Enumerable.Range(24 * 10, 24 * 20).First(i => l.HeatingDemandKw[i] > 100 && l.UnservedHeatingKw[i] == 0 && l.UnservedHeatingKw[i + 1] == 0);
        var offsets = new double[l.Grid.Count];
        offsets[hour] = 2;
        var replay = ParkSimulator.SimulateYear(design, weather, new DispatchPlan([], []) { HeatingSetPointOffsetK = offsets });
        var same = ParkSimulator.SimulateYear(design, weather, new DispatchPlan([], []));

        Assert.Equal(16.0, l.GreenhouseTemperatureC[hour], 6);
        Assert.Equal(18.0, replay.Ledger.GreenhouseTemperatureC[hour], 6);
        Assert.True(replay.Ledger.HeatingDemandKw[hour] > l.HeatingDemandKw[hour] + 100);
        // The hour after needs less: the house is still warm.
        Assert.True(replay.Ledger.HeatingDemandKw[hour + 1] < l.HeatingDemandKw[hour + 1]);
        Assert.Equal(l.GridImportKw.Sum(), same.Ledger.GridImportKw.Sum(), 6);
    }
}
