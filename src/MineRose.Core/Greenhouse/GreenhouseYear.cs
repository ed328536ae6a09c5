using System.Globalization;
using MineRose.Core.Weather;

namespace MineRose.Core.Greenhouse;

/// <summary>Runs <see cref="GreenhouseClimate"/> over a whole weather series (a year) and sums the energy, light and water.</summary>
/// <remarks>
/// Heating and cooling are unlimited here (demand is delivered); the park simulator calls <see cref="GreenhouseClimate.Step"/>
/// itself when supply is limited. Fallbacks for incomplete weather: relative humidity absent (null) or NaN → the dew point
/// is the local day's minimum temperature (FAO-56 [97]); wind NaN → 4 m/s, the leakage reference speed. Air temperature and
/// global radiation must be finite (weather readers fill gaps). The house starts at its night heating set-point at the first
/// step; after about a day the start no longer shows (mass time constant ≈ 4 h).
/// </remarks>
public static class GreenhouseYear
{
    /// <summary>Simulates the greenhouse over the weather series, allocating the output series.</summary>
    /// <param name="spec">The greenhouse.</param>
    /// <param name="weather">Outside weather on its time grid; the site's UTC offset gives local time for lamps and screens.</param>
    public static GreenhouseYearResult Simulate(GreenhouseSpec spec, WeatherSeries weather)
    {
        ArgumentNullException.ThrowIfNull(weather);
        var series = new GreenhouseSeries(weather.Count);
        return new GreenhouseYearResult(Simulate(spec, weather, series), series);
    }

    /// <summary>Simulates the greenhouse over the weather series into preallocated <paramref name="output"/> and returns the totals.</summary>
    /// <param name="spec">The greenhouse.</param>
    /// <param name="weather">Outside weather on its time grid.</param>
    /// <param name="output">Per-step results, as long as the weather series.</param>
    public static GreenhouseAnnualSummary Simulate(GreenhouseSpec spec, WeatherSeries weather, GreenhouseSeries output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(output);
        spec.Validated();
        var n = weather.Count;
        if (output.Count != n)
            throw new InvalidInputException("greenhouse output series length", output.Count.ToString(CultureInfo.InvariantCulture), $"{n} steps, as many as the weather");
        CheckLength(weather.GhiWm2, n, "weather GHI");
        CheckLength(weather.TempAirC, n, "weather air temperature");
        CheckLength(weather.WindSpeedMs, n, "weather wind speed");
        if (weather.RelativeHumidityPercent is { } rhArray)
            CheckLength(rhArray, n, "weather relative humidity");

        var stepH = weather.Grid.StepHours;
        Guard.InRange(stepH, 1e-6, 24, "weather step [h]");

        for (var i = 0; i < n; i++)
        {
            var t = weather.TempAirC[i];
            if (!double.IsFinite(t) || t < -80 || t > 70)
                throw new InvalidInputException($"weather air temperature at step {i}", Guard.Format(t), "a finite number in [-80, 70] °C");
            var g = weather.GhiWm2[i];
            if (!double.IsFinite(g) || g > 1500)
                throw new InvalidInputException($"weather GHI at step {i}", Guard.Format(g), "a finite number <= 1500 W/m²");
        }

        // Outside conditions with the humidity fallback, the same ones the park simulator uses.
        var outside = new GreenhouseWeatherSeries(weather);
        var sp = spec.SetPoints;
        var state = GreenhouseState.Uniform(sp.HeatingNightC);
        double heatingKwh = 0, coolingKwh = 0, lightingKwh = 0, lampHours = 0, sunPar = 0, lampPar = 0;
        double tempSum = 0, transpiration = 0, humidityHeatKwh = 0, humidHours = 0, peakHeat = 0, peakCool = 0;
        var lampPpfd = spec.Lighting?.PpfdUmolM2s ?? 0;
        var nonConverged = 0;
        for (var i = 0; i < n; i++)
        {
            var w = outside.At(i);
            var r = GreenhouseClimate.StepUnchecked(spec, state, w, stepH, double.PositiveInfinity, double.PositiveInfinity);
            state = r.Next;
            if (!r.Converged)
                nonConverged++;

            output.InsideTemperatureC[i] = r.InsideTemperatureC;
            output.InsideRelativeHumidityPercent[i] = r.InsideRelativeHumidityPercent;
            output.HeatingDemandKw[i] = r.HeatingDemandKw;
            output.CoolingDemandKw[i] = r.CoolingDemandKw;
            output.LightingPowerKw[i] = r.LightingPowerKw;
            output.VentilationAch[i] = r.VentilationAch;
            output.CanopyParUmolM2s[i] = r.CanopyParUmolM2s;
            output.TranspirationKgM2H[i] = r.TranspirationKgM2H;
            output.InsideCo2Ppm[i] = r.InsideCo2Ppm;

            heatingKwh += r.HeatingKw * stepH;
            coolingKwh += r.CoolingKw * stepH;
            lightingKwh += r.LightingPowerKw * stepH;
            peakHeat = Math.Max(peakHeat, r.HeatingDemandKw);
            peakCool = Math.Max(peakCool, r.CoolingDemandKw);
            if (r.LampsOn)
            {
                lampHours += stepH;
                lampPar += lampPpfd * stepH * 3600e-6;
            }
            sunPar += (r.CanopyParUmolM2s - (r.LampsOn ? lampPpfd : 0)) * stepH * 3600e-6;
            tempSum += r.InsideTemperatureC;
            transpiration += r.TranspirationKgM2H * stepH;
            if (r.HeatingKw > 0)
                humidityHeatKwh += r.HumidityVentilationHeatKw * stepH;
            var isDay = w.GlobalRadiationWm2 >= GreenhouseClimate.NightGlobalRadiationWm2 || r.LampsOn;
            if (r.InsideRelativeHumidityPercent > sp.HumidityLimitPercent(isDay) + 0.5)
                humidHours += stepH;
        }

        var hours = n * stepH;
        return new GreenhouseAnnualSummary(
            spec.FloorAreaM2, hours, heatingKwh, heatingKwh * 3.6 / spec.FloorAreaM2, peakHeat, coolingKwh, peakCool,
            lightingKwh, lampHours, sunPar, lampPar, tempSum / n, transpiration, humidityHeatKwh, humidHours)
        {
            NonConvergedSteps = nonConverged,
        };
    }

    // x mod 24 for x ≥ 0 without the fmod call: x − 24·⌊x/24⌋ is exact (both terms are multiples of ulp(x) ≤ 1 and the
    // difference is below 24), so it equals fmod whenever the rounded quotient gives the true floor; otherwise fmod.
    internal static double HourOfDay(double hoursSinceStart)
    {
        var r = hoursSinceStart - 24 * Math.Floor(hoursSinceStart / 24);
        return r >= 0 && r < 24 && hoursSinceStart < 4e15 ? r : hoursSinceStart % 24;
    }

    private static void CheckLength(double[] values, int count, string field)
    {
        ArgumentNullException.ThrowIfNull(values, field);
        if (values.Length != count)
            throw new InvalidInputException(field + " length", values.Length.ToString(CultureInfo.InvariantCulture), $"{count} values, one per step of the grid");
    }
}
