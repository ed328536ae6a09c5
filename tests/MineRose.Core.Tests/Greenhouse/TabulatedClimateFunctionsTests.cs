using MineRose.Core.Greenhouse;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The park's greenhouse path (<see cref="GreenhouseClimate.StepTabulated"/>, saturation vapour pressure from a
/// table) against the reference step with the formula.</summary>
public class TabulatedClimateFunctionsTests
{
    [Fact]
    public void The_tabulated_saturation_vapour_pressure_is_within_a_billionth_of_the_Magnus_formula()
    {
        // Every 0.001 K over the table and beyond its ends, where the formula itself is used.
        for (var t = -60.0; t <= 80.0; t += 0.001)
        {
            var formula = Psychrometrics.SaturationVapourPressurePa(t);
            var table = TabulatedClimateFunctions.SaturationVapourPressurePa(t);
            Assert.True(Math.Abs(table - formula) <= 1e-9 * formula, $"{t} °C: table {table} Pa, formula {formula} Pa");
        }
        // At the nodes the table holds the formula's values (the Magnus form, e_s(0 °C) = 610.94 Pa [96]).
        Assert.Equal(610.94, TabulatedClimateFunctions.SaturationVapourPressurePa(0), 1e-9);
        Assert.True(double.IsNaN(TabulatedClimateFunctions.SaturationVapourPressurePa(double.NaN)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_greenhouse_year_on_the_tabulated_path_matches_the_reference_within_a_microkelvin(bool supplyLimited)
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
            var fast = GreenhouseClimate.StepTabulated(spec, fastState, w, 1, heatKw, coolKw);
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
