using MineRose.Core.Greenhouse;
using MineRose.Optimization.Dispatch;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class GreenhouseFlexibilityTests(ITestOutputHelper output)
{
    [Fact]
    public void Lumped_capacity_and_conductance_follow_from_the_spec_as_derived()
    {
        // Dakuishan house, 13,000 m², 1 h steps. Independent arithmetic of the derivation in GreenhouseFlexibility:
        // air 1.204·1005·4.5 + 1200·3 = 5445 + 3600 = 9045 J/(m²K); mass 110 kJ/(m²K) coupled by 8 W/(m²K): H·Δt = 28,800 J/(m²K),
        // share 28,800/138,800 = 0.2075 → 22,824 J/(m²K); C = 31,869 J/(m²K) · 13,000 m² / 3.6e6 = 115.08 kWh/K.
        // UA = 6.4·1.3·(1 − 0.35) + 1.204·1005·0.5·4.5/3600 = 5.408 + 0.756 = 6.164 W/(m²K) → 80.14 kW/K.
        var g = GreenhouseFlexibility.Lumped(GreenhouseSpec.Dakuishan(), 1, 0, 2);
        double air = 1.204 * 1005 * 4.5 + 1200 * 3;
        double mass = 110_000.0 * 28_800.0 / (110_000.0 + 28_800.0);
        Assert.Equal((air + mass) * 13_000 / 3.6e6, g.HeatCapacityKwhPerK, 9);
        Assert.Equal((6.4 * 1.3 * 0.65 + 1.204 * 1005 * 0.5 * 4.5 / 3600) * 13_000 / 1000, g.ConductanceKwPerK, 9);
    }

    [Fact]
    public void Lumped_model_follows_the_full_greenhouse_after_a_set_point_step()
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

        var g = GreenhouseFlexibility.Lumped(spec, 1, 0, 2);
        double c = g.HeatCapacityKwhPerK, ua = g.ConductanceKwPerK;
        var lumped = new double[hours];
        double theta = 2;
        lumped[0] = held[0] + (c + ua) * 2;
        for (int k = 1; k < hours; k++)
        {
            // Back at θ = 0 if the stored heat is used up this hour (Q = H − C·θ_{k−1} ≥ 0); otherwise heating off while θ decays:
            // C·(θ_k − θ_{k−1}) = −H − UA·θ_k.
            double q = held[k] - c * theta;
            lumped[k] = Math.Max(0, q);
            theta = q >= 0 ? 0 : (c * theta - held[k]) / (c + ua);
        }
        output.WriteLine(string.Join(", ", held.Select(x => x.ToString("F0"))));
        output.WriteLine(string.Join(", ", step.Select(x => x.ToString("F0"))));
        output.WriteLine(string.Join(", ", lumped.Select(x => x.ToString("F0"))));
        double fullFirst = step[0] - held[0], lumpedFirst = lumped[0] - held[0];
        double fullNet = step.Sum() - held.Sum(), lumpedNet = lumped.Sum() - held.Sum();
        output.WriteLine($"extra heat in the raised hour: full {fullFirst:F0} kW, lumped {lumpedFirst:F0} kW; net over 8 h: full {fullNet:F0} kWh, lumped {lumpedNet:F0} kWh");

        // Measured (this test's output): raised hour +412 kW full, +390 kW lumped; net extra heat over the 8 h 214 kWh full,
        // 160 kWh lumped. The lumped store returns its heat within the next hour; the full model's mass returns it over several,
        // so the LP is somewhat optimistic about pre-heating (it sees 59 % of the stored heat come back, the full model 49 %).
        Assert.InRange(lumpedFirst / fullFirst, 0.9, 1.1);
        Assert.InRange(lumpedNet / fullNet, 0.7, 1.3);
        // Both return the house to the held demand once the stored heat is spent.
        Assert.InRange(step[^1] / held[^1], 0.99, 1.0);
    }
}
