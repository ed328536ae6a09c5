using System.Globalization;
using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>A year of hourly steps against totals recorded from the unmodified model (commit 899da64) before the performance work.</summary>
public class ShaftPumpedHydroOptimisationTests
{
    /// <summary>Hourly requests of a solar day (pump at midday, generate in the evening), as in the benchmark.</summary>
    private static double[] Requests(ShaftPumpedHydro plant)
    {
        var random = new Random(20251129);
        var kw = new double[8760];
        for (var i = 0; i < kw.Length; i++)
        {
            var hour = i % 24;
            kw[i] = hour is >= 10 and < 15 ? -(0.1 + 0.9 * random.NextDouble()) * plant.RatedPumpingPowerKw
                : hour is >= 17 and < 21 ? (0.1 + 0.9 * random.NextDouble()) * plant.RatedGeneratingPowerKw
                : 0;
        }
        return kw;
    }

    internal static string YearFingerprint(ShaftPumpedHydroSpec spec)
    {
        var plant = new ShaftPumpedHydro(spec);
        var state = plant.StateAtFill(0.5);
        var requests = Requests(plant);
        double power = 0, weightedPower = 0, generated = 0, absorbed = 0, head = 0, loss = 0, dewatering = 0, upper = 0;
        for (var i = 0; i < requests.Length; i++)
        {
            var s = plant.Step(state, requests[i], 1.0);
            state = s.State;
            power += s.PowerKw;
            weightedPower += (i % 97 + 1) * s.PowerKw;
            generated += s.GeneratedKwh;
            absorbed += s.AbsorbedKwh;
            head += s.GrossHeadM;
            loss += s.FrictionLossKwh + s.MachineLossKwh + s.ElectricalLossKwh;
            dewatering += s.DewateringEnergyKwh;
            upper += s.State.UpperVolumeM3;
        }
        return string.Join(' ', new[] { power, weightedPower, generated, absorbed, head, loss, dewatering, upper, state.UpperVolumeM3, state.LowerVolumeM3 }
            .Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }

    // Recorded by running YearFingerprint on the unmodified model (commit 899da64): net power, index-weighted power,
    // generated, absorbed, Σ gross head, Σ losses, dewatering energy, Σ upper volume, final upper and lower volumes.
    [Theory]
    [InlineData("phase2", "-2227221.70174913 -116060487.04083315 7249098.056291331 9476319.758040411 1393748.6495605265 2237466.6150366897 271346.58865610056 357055524.5816099 44561.0919117518 116291.9080882482")]
    [InlineData("pilot", "211.65614368307283 4033.6713811232257 211.65614368307283 0 1423545.2414816613 89.11137379674261 297366.367907687 1326184.695816978 150.00000000000006 1550")]
    [InlineData("prismatic", "-667578.8187243579 -32792646.275046557 811677.8877249127 1479256.7064492728 919983.1282892111 669007.6680598806 0 21989064.144606084 0 9999.99999999998")]
    public void A_year_of_steps_reproduces_the_totals_of_the_unmodified_model(string plant, string recorded)
    {
        var spec = plant switch
        {
            "phase2" => PumpedHydroPresets.DakuishanPhase2,
            "pilot" => PumpedHydroPresets.DakuishanPilot,
            _ => TestPlants.Prismatic(units: 2, pumpMinimumFraction: 0.5),
        };
        var expected = recorded.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var actual = YearFingerprint(spec).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], actual[k], 1e-9 * Math.Max(1, Math.Abs(expected[k])));
    }
}
