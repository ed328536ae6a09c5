using MineRose.Core.Greenhouse;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The greenhouse pass (spec constants cached, temperature block memoised), iterated as the former three-pass step did,
/// against annual fingerprints recorded from the unmodified three-pass step (commit 899da64) on six full years.</summary>
/// <remarks>Three plain passes (<c>Iteration.FixedPoint(3)</c>) keep every operation of the former step in its order, so the
/// fingerprints match to the last bit; the tolerance of 1e-12 relative only absorbs a different JIT's fused multiply-adds. This
/// guards the pass itself: the model's step now iterates that same pass to convergence (<c>GreenhouseConvergenceTests</c>).</remarks>
public class GreenhouseOptimisationTests
{
    // Σ over the year of: heating, cooling, unserved heating + cooling [kW·steps], inside temperature [°C·steps],
    // transpiration [kg/(m²·h)·steps], inside RH [%·steps] — recorded from the unmodified step.
    public static TheoryData<string, double[]> Cases => new()
    {
        { "rose-lit-amsterdam", [3379450.792762669, 0, 0, 175835.54977586874, 752.0454492560435, 696028.0034614208] },
        { "rose-unlit-amsterdam-quarter-hour", [18384139.160019323, 0, 0, 679516.2449581766, 2409.8056952445363, 2690173.769698587] },
        { "dakuishan-jinan", [2853656.9920001286, 2806551.6613198114, 0, 182167.65739158302, 758.1959953880447, 666278.1559410963] },
        { "dakuishan-jinan-limited-supply", [1843296.687710659, 424946.0455221009, 5788950.116869392, 176876.62711975956, 758.83115515489, 688648.0593317114] },
        { "bare-no-screen-jinan", [2420028.026715974, 5624874.529175708, 0, 193295.71612345576, 0, 367283.0321617867] },
        { "dakuishan-no-humidity-column", [1313557.893453586, 3021760.8242485053, 0, 186912.541835064, 844.2707519390162, 684530.9449787453] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Three_plain_passes_reproduce_the_annual_fingerprint_of_the_unmodified_three_pass_step(string name, double[] expected)
    {
        var actual = Fingerprint(name);
        for (int k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], actual[k], Math.Abs(expected[k]) * 1e-12);
    }

    [Fact]
    public void The_year_loop_agrees_with_stepping_by_hand_with_the_humidity_fallback()
    {
        // No humidity column: the year loop derives RH from the local day's minimum temperature (FAO-56 eq. 48).
        var (spec, weather, _, _) = Case("dakuishan-no-humidity-column");
        var year = GreenhouseYear.Simulate(spec, weather);
        var stepH = weather.Grid.StepHours;
        var startLocalH = weather.Grid.StartUtc.AddHours(weather.Site.UtcOffsetHours).TimeOfDay.TotalHours;
        var dayMin = new double[400];
        Array.Fill(dayMin, double.PositiveInfinity);
        for (var i = 0; i < weather.Count; i++)
        {
            var d = (int)Math.Floor((startLocalH + i * stepH) / 24);
            dayMin[d] = Math.Min(dayMin[d], weather.TempAirC[i]);
        }
        var state = GreenhouseState.Uniform(spec.SetPoints.HeatingNightC);
        for (var i = 0; i < weather.Count; i++)
        {
            var hours = startLocalH + i * stepH;
            var t = weather.TempAirC[i];
            var rh = Psychrometrics.RelativeHumidityFromDailyMinimumPercent(t, dayMin[(int)Math.Floor(hours / 24)]);
            var w = new GreenhouseWeather(t, Math.Max(0, weather.GhiWm2[i]), weather.WindSpeedMs[i], Math.Clamp(rh, 0, 100), hours % 24);
            var r = GreenhouseClimate.Step(spec, state, w, stepH);
            state = r.Next;
            Assert.Equal(r.InsideTemperatureC, year.Series.InsideTemperatureC[i]);
            Assert.Equal(r.HeatingDemandKw, year.Series.HeatingDemandKw[i]);
            Assert.Equal(r.TranspirationKgM2H, year.Series.TranspirationKgM2H[i]);
        }
    }

    [Fact]
    public void Cached_spec_constants_follow_a_changed_spec()
    {
        // Records are immutable: a `with` copy is a new instance and must not reuse the constants of the original.
        var spec = GreenhouseSpec.StandardRose();
        var w = new GreenhouseWeather(0, 0, 4, 80, 1);
        var state = GreenhouseState.Uniform(17);
        var before = GreenhouseClimate.Step(spec, state, w, 1);
        var tighter = spec with { Cover = GreenhouseCover.DoubleGlass, LeafAreaIndex = 1.5 };
        var changed = GreenhouseClimate.Step(tighter, state, w, 1);
        var fresh = GreenhouseClimate.Step(tighter with { }, state, w, 1);
        Assert.Equal(fresh, changed);
        Assert.True(changed.HeatingDemandKw < before.HeatingDemandKw);
        Assert.Equal(before, GreenhouseClimate.Step(spec, state, w, 1));
    }

    private static double[] Fingerprint(string name)
    {
        var (spec, weather, heatKw, coolKw) = Case(name);
        var stepH = weather.Grid.StepHours;
        var startLocalH = weather.Grid.StartUtc.AddHours(weather.Site.UtcOffsetHours).TimeOfDay.TotalHours;
        var state = GreenhouseState.Uniform(spec.SetPoints.HeatingNightC);
        var sums = new double[6];
        for (var i = 0; i < weather.Count; i++)
        {
            var rh = weather.RelativeHumidityPercent is { } rhs ? rhs[i] : 70 + 20 * Math.Sin(i * 0.37);
            var w = new GreenhouseWeather(weather.TempAirC[i], weather.GhiWm2[i], weather.WindSpeedMs[i], rh, (startLocalH + i * stepH) % 24);
            var r = GreenhouseClimate.StepUnchecked(spec, state, w, stepH, heatKw, coolKw, GreenhouseClimate.Iteration.FixedPoint(3));
            sums[0] += r.HeatingKw;
            sums[1] += r.CoolingKw;
            sums[2] += r.UnservedHeatingKw + r.UnservedCoolingKw;
            sums[3] += r.InsideTemperatureC;
            sums[4] += r.TranspirationKgM2H;
            sums[5] += r.InsideRelativeHumidityPercent;
            state = r.Next;
        }
        return sums;
    }

    private static (GreenhouseSpec Spec, WeatherSeries Weather, double HeatKw, double CoolKw) Case(string name) => name switch
    {
        "rose-lit-amsterdam" => (GreenhouseSpec.StandardRose(10_000, SupplementaryLighting.RoseLed), SyntheticClimate.Year(ClimateNormals.Amsterdam),
            double.PositiveInfinity, double.PositiveInfinity),
        "rose-unlit-amsterdam-quarter-hour" => (GreenhouseSpec.StandardRose(), SyntheticClimate.Year(ClimateNormals.Amsterdam, stepsPerHour: 4),
            double.PositiveInfinity, double.PositiveInfinity),
        "dakuishan-jinan" => (GreenhouseSpec.Dakuishan(), SyntheticClimate.Year(ClimateNormals.Jinan), double.PositiveInfinity, double.PositiveInfinity),
        // Supply below the peak demands: exercises the unserved heating and cooling branches the park uses.
        "dakuishan-jinan-limited-supply" => (GreenhouseSpec.Dakuishan(), SyntheticClimate.Year(ClimateNormals.Jinan), 600, 300),
        "bare-no-screen-jinan" => (GreenhouseSpec.Dakuishan() with { Screen = null, Shade = null, LeafAreaIndex = 0 },
            SyntheticClimate.Year(ClimateNormals.Jinan), double.PositiveInfinity, double.PositiveInfinity),
        "dakuishan-no-humidity-column" => (GreenhouseSpec.Dakuishan() with { Co2 = Co2Enrichment.DutchPractice, Lighting = SupplementaryLighting.RoseHps },
            ClimateNormals.Jinan with { RelativeHumidityPercent = null } is var n ? SyntheticClimate.Year(n) : null!,
            double.PositiveInfinity, double.PositiveInfinity),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
