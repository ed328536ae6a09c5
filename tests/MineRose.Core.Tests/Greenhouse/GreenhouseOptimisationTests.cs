using MineRose.Core.Greenhouse;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The optimised greenhouse step against the unmodified step kept in <see cref="ReferenceGreenhouseClimate"/>.</summary>
public class GreenhouseOptimisationTests
{
    public static TheoryData<string> Cases => ["rose-lit-amsterdam", "rose-unlit-amsterdam-quarter-hour", "dakuishan-jinan",
        "dakuishan-jinan-limited-supply", "bare-no-screen-jinan", "dakuishan-no-humidity-column"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_optimised_step_reproduces_every_hour_of_the_unmodified_step_over_a_year(string name)
    {
        var (spec, weather, heatKw, coolKw) = Case(name);
        var stepH = weather.Grid.StepHours;
        var startLocalH = weather.Grid.StartUtc.AddHours(weather.Site.UtcOffsetHours).TimeOfDay.TotalHours;
        var fast = GreenhouseState.Uniform(spec.SetPoints.HeatingNightC);
        var reference = fast;
        var identical = 0;
        for (var i = 0; i < weather.Count; i++)
        {
            var rh = weather.RelativeHumidityPercent is { } rhs ? rhs[i] : 70 + 20 * Math.Sin(i * 0.37);
            var w = new GreenhouseWeather(weather.TempAirC[i], weather.GhiWm2[i], weather.WindSpeedMs[i], rh, (startLocalH + i * stepH) % 24);
            var a = GreenhouseClimate.StepUnchecked(spec, fast, w, stepH, heatKw, coolKw);
            var b = ReferenceGreenhouseClimate.Step(spec, reference, w, stepH, heatKw, coolKw);
            AssertSame(b, a, i);
            if (a == b)
                identical++;
            fast = a.Next;
            reference = b.Next;
        }
        // The optimisation keeps every operation of the model in its order: the results are not just close but identical.
        Assert.Equal(weather.Count, identical);
    }

    [Fact]
    public void The_year_loop_reproduces_the_unmodified_step_with_the_humidity_fallback()
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
        double heatingKwh = 0;
        for (var i = 0; i < weather.Count; i++)
        {
            var hours = startLocalH + i * stepH;
            var t = weather.TempAirC[i];
            var rh = Psychrometrics.RelativeHumidityFromDailyMinimumPercent(t, dayMin[(int)Math.Floor(hours / 24)]);
            var w = new GreenhouseWeather(t, Math.Max(0, weather.GhiWm2[i]), weather.WindSpeedMs[i], Math.Clamp(rh, 0, 100), hours % 24);
            var r = ReferenceGreenhouseClimate.Step(spec, state, w, stepH, double.PositiveInfinity, double.PositiveInfinity);
            state = r.Next;
            heatingKwh += r.HeatingKw * stepH;
            Assert.Equal(r.InsideTemperatureC, year.Series.InsideTemperatureC[i]);
            Assert.Equal(r.InsideRelativeHumidityPercent, year.Series.InsideRelativeHumidityPercent[i]);
            Assert.Equal(r.HeatingDemandKw, year.Series.HeatingDemandKw[i]);
            Assert.Equal(r.CoolingDemandKw, year.Series.CoolingDemandKw[i]);
            Assert.Equal(r.TranspirationKgM2H, year.Series.TranspirationKgM2H[i]);
        }
        Assert.Equal(heatingKwh, year.Summary.HeatingKwh, 1e-9 * heatingKwh);
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
        Assert.Equal(ReferenceGreenhouseClimate.Step(tighter, state, w, 1, double.PositiveInfinity, double.PositiveInfinity), changed);
        Assert.True(changed.HeatingDemandKw < before.HeatingDemandKw);
        Assert.Equal(before, GreenhouseClimate.Step(spec, state, w, 1));
    }

    private static void AssertSame(GreenhouseStepResult expected, GreenhouseStepResult actual, int step)
    {
        if (expected == actual)
            return;
        Assert.Fail($"step {step}: expected {expected}, got {actual}");
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
