using MineRose.Core.Greenhouse;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The park's greenhouse path (<see cref="GreenhouseClimate.StepFast"/>, a cheaper cube root in the condensation
/// term) against the reference step.</summary>
public class FastClimateFunctionsTests
{
    [Fact]
    public void The_fast_cube_root_is_within_a_few_ulps_of_the_library_one()
    {
        // Over 24 decades, and the identities 27^(1/3) = 3 and 0.001^(1/3) = 0.1.
        for (var x = 1e-12; x < 1e12; x *= 1.00037)
            Assert.True(Math.Abs(FastClimateFunctions.Cbrt(x) / Math.Cbrt(x) - 1) <= 1e-15, $"x = {x}");
        Assert.Equal(3.0, FastClimateFunctions.Cbrt(27), 1e-15);
        Assert.Equal(0.1, FastClimateFunctions.Cbrt(0.001), 1e-16);
        Assert.Equal(0.0, FastClimateFunctions.Cbrt(0));
        Assert.True(double.IsNaN(FastClimateFunctions.Cbrt(double.NaN)));
        Assert.Equal(CoverCondensation.VanthoorConductanceKgM2SPa(20, 12.5), FastClimateFunctions.CondensationConductanceKgM2SPa(20, 12.5), 1e-22);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_greenhouse_year_on_the_fast_path_matches_the_reference_within_a_microkelvin(bool supplyLimited)
    {
        var spec = GreenhouseSpec.Dakuishan(113_000);
        var weather = DefaultWeather.Zibo();
        var outside = new GreenhouseWeatherSeries(weather);
        var exactState = GreenhouseState.Uniform(spec.SetPoints.HeatingNightC);
        var fastState = exactState;
        // With limited supply the house drifts off its set-points, so the free-floating balance is exercised too.
        var heatKw = supplyLimited ? 6_000 : double.PositiveInfinity;
        var coolKw = supplyLimited ? 8_000 : double.PositiveInfinity;
        double exactHeat = 0, fastHeat = 0, exactCool = 0, fastCool = 0, exactWater = 0, fastWater = 0, worstK = 0;
        for (var i = 0; i < weather.Count; i++)
        {
            var w = outside.At(i);
            var exact = GreenhouseClimate.StepUnchecked(spec, exactState, w, 1, heatKw, coolKw);
            var fast = GreenhouseClimate.StepFast(spec, fastState, w, 1, heatKw, coolKw);
            exactState = exact.Next;
            fastState = fast.Next;
            worstK = Math.Max(worstK, Math.Abs(exact.InsideTemperatureC - fast.InsideTemperatureC));
            exactHeat += exact.HeatingKw;
            fastHeat += fast.HeatingKw;
            exactCool += exact.CoolingKw;
            fastCool += fast.CoolingKw;
            exactWater += exact.TranspirationKgM2H;
            fastWater += fast.TranspirationKgM2H;
        }
        Assert.True(worstK <= 1e-6, $"worst temperature difference {worstK:E2} K");
        Assert.Equal(exactHeat, fastHeat, 1e-6 * exactHeat);
        Assert.Equal(exactCool, fastCool, 1e-6 * exactCool);
        Assert.Equal(exactWater, fastWater, 1e-6 * exactWater);
    }
}
