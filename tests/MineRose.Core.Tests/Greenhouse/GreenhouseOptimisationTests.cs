using MineRose.Core.Greenhouse;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The greenhouse step (spec constants cached, temperature block memoised, Newton solve with warm start) against annual
/// fingerprints recorded from the step with the smoothed proportional vent and coil controllers (feat/vent-s4) on six full years.</summary>
/// <remarks>A regression guard, not a validation: the fingerprints of the three-pass step (commit 899da64) moved when the
/// bang-bang vent/coil control was replaced by the P-band controllers (see docs/model.md, "Smoothed proportional vent and coil control"). Tolerance 1e-9
/// relative: the step converges to 1e-6 K, and a different JIT's fused multiply-adds may move the iterate path.</remarks>
public class GreenhouseOptimisationTests
{
    // Σ over the year of: heating, cooling, unserved heating + cooling [kW·steps], inside temperature [°C·steps],
    // transpiration [kg/(m²·h)·steps], inside RH [%·steps] — recorded from the step with the P-band controllers.
    public static TheoryData<string, double[]> Cases => new()
    {
        { "rose-lit-amsterdam", [3385764.7093299576, 0, 0, 177859.24807923863, 745.2637864847997, 696059.3750253022] },
        { "rose-unlit-amsterdam-quarter-hour", [18384423.21853673, 0, 0, 686382.5047664325, 2382.38911773758, 2691506.3596374304] },
        { "dakuishan-jinan", [2840601.5915345135, 2692601.4630606663, 0, 183834.7839048343, 780.6420499043082, 678286.5335333034] },
        { "dakuishan-jinan-limited-supply", [1819038.138040416, 391734.4946227523, 5639591.4323706, 179105.12991894627, 781.8175410555169, 700732.5171243236] },
        { "bare-no-screen-jinan", [2401918.984752301, 5747244.029698201, 0, 196391.44295876843, 0, 359460.12259069143] },
        { "dakuishan-no-humidity-column", [1289604.7523765445, 3046592.2999406913, 0, 190119.96901897682, 855.2334706005751, 693026.7680285631] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_step_reproduces_the_annual_fingerprint_recorded_with_the_proportional_controllers(string name, double[] expected)
    {
        var actual = Fingerprint(name);
        for (int k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], actual[k], Math.Abs(expected[k]) * 1e-9);
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
            var r = GreenhouseClimate.StepUnchecked(spec, state, w, stepH, heatKw, coolKw, GreenhouseClimate.Iteration.Solve);
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
