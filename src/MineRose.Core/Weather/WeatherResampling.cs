using MineRose.Core.Time;

namespace MineRose.Core.Weather;

/// <summary>Puts a weather series on a finer regular grid (e.g. hourly to 15 min) so a park can be simulated at that step.</summary>
/// <remarks>Each sub-interval takes its parent interval's values: irradiance is an interval average, so the parent's
/// energy is kept exactly; no sub-hourly variability is invented. The sun is still evaluated at each sub-interval's
/// midpoint, so solar geometry is resolved at the finer step.</remarks>
public static class WeatherResampling
{
    /// <summary>The series on a grid of <paramref name="stepMinutes"/>, which must divide the series' own step.</summary>
    /// <param name="weather">The series to refine.</param>
    /// <param name="stepMinutes">New step [min], dividing the current step exactly.</param>
    public static WeatherSeries ToStep(WeatherSeries weather, int stepMinutes)
    {
        ArgumentNullException.ThrowIfNull(weather);
        var step = TimeSpan.FromMinutes(stepMinutes);
        if (step == weather.Grid.Step)
            return weather;
        double ratio = weather.Grid.Step / step;
        if (stepMinutes <= 0 || ratio < 1 || Math.Abs(ratio - Math.Round(ratio)) > 1e-9)
            throw new InvalidInputException("time step", $"{stepMinutes} min",
                $"a step in minutes that divides the weather's {weather.Grid.Step.TotalMinutes} min step");
        int k = (int)Math.Round(ratio);
        double[] Repeat(double[] values)
        {
            var result = new double[values.Length * k];
            for (int i = 0; i < result.Length; i++)
                result[i] = values[i / k];
            return result;
        }
        return weather with
        {
            Grid = new TimeGrid(weather.Grid.StartUtc, step, weather.Count * k),
            GhiWm2 = Repeat(weather.GhiWm2),
            DniWm2 = Repeat(weather.DniWm2),
            DhiWm2 = Repeat(weather.DhiWm2),
            TempAirC = Repeat(weather.TempAirC),
            WindSpeedMs = Repeat(weather.WindSpeedMs),
            RelativeHumidityPercent = weather.RelativeHumidityPercent is { } rh ? Repeat(rh) : null,
            PressurePa = weather.PressurePa is { } p ? Repeat(p) : null,
            Source = $"{weather.Source}, resampled to {stepMinutes} min",
        };
    }
}
