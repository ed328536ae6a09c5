using MineRose.Core.Weather;

namespace MineRose.Core.Greenhouse;

/// <summary>The outside conditions a greenhouse sees in every interval of a weather series, evaluated interval by interval.</summary>
/// <remarks>Where the weather has no relative humidity, it is estimated from the local day's minimum temperature taken
/// as the dew point (FAO-56, see <see cref="Psychrometrics.RelativeHumidityFromDailyMinimumPercent"/>). Only the per-day
/// minima and their saturation vapour pressures are stored (two arrays of ~366 values): a materialised array of 8,760
/// <see cref="GreenhouseWeather"/> would be a 350 kB large-object allocation per simulated year, which costs gen-2 collections.</remarks>
internal sealed class GreenhouseWeatherSeries
{
    private readonly WeatherSeries weather;
    private readonly double stepH;
    private readonly double startLocalH;
    private readonly double[] dayMin;
    private readonly double[] dayMinEs;

    /// <summary>Prepares the series for <paramref name="weather"/>: local clock and the local days' minimum temperatures.</summary>
    public GreenhouseWeatherSeries(WeatherSeries weather)
    {
        this.weather = weather;
        stepH = weather.Grid.StepHours;
        startLocalH = weather.Grid.StartUtc.AddHours(weather.Site.UtcOffsetHours).TimeOfDay.TotalHours;
        dayMin = DailyMinimumTemperatures(weather, startLocalH, stepH);
        // e_s at each day's minimum, once per day rather than once per interval (the minimum is the dew point of every hour).
        dayMinEs = new double[dayMin.Length];
        for (int d = 0; d < dayMin.Length; d++)
            dayMinEs[d] = Psychrometrics.SaturationVapourPressurePa(dayMin[d]);
    }

    /// <summary>Outside conditions over interval <paramref name="i"/>.</summary>
    public GreenhouseWeather At(int i)
    {
        double hoursSinceStart = startLocalH + i * stepH;
        double t = weather.TempAirC[i];
        double rhValue = weather.RelativeHumidityPercent is { } rh ? rh[i] : double.NaN;
        if (!double.IsFinite(rhValue))
            rhValue = RelativeHumidityFromDailyMinimum(t, dayMin, dayMinEs, (int)Math.Floor(hoursSinceStart / 24));
        return new GreenhouseWeather(t, Math.Max(0, weather.GhiWm2[i]), weather.WindSpeedMs[i], Math.Clamp(rhValue, 0, 100),
            GreenhouseYear.HourOfDay(hoursSinceStart));
    }

    /// <summary>Local clock hour at the start of interval <paramref name="i"/> [h], in [0, 24).</summary>
    public double LocalHourOfDay(int i) => GreenhouseYear.HourOfDay(startLocalH + i * stepH);

    // Psychrometrics.RelativeHumidityFromDailyMinimumPercent term by term, with e_s(T_min) from the per-day cache when the
    // day's minimum is the lower temperature (always, unless T is NaN), so the value is the same to the last bit.
    internal static double RelativeHumidityFromDailyMinimum(double temperatureC, double[] dayMin, double[] dayMinEs, int day)
    {
        var lower = Math.Min(dayMin[day], temperatureC);
        var esLower = lower == dayMin[day] ? dayMinEs[day] : Psychrometrics.SaturationVapourPressurePa(lower);
        return Math.Min(100, 100 * esLower / Psychrometrics.SaturationVapourPressurePa(temperatureC));
    }

    private static double[] DailyMinimumTemperatures(WeatherSeries weather, double startLocalH, double stepH)
    {
        int days = (int)Math.Floor((startLocalH + weather.Count * stepH) / 24) + 1;
        var dayMin = new double[days];
        Array.Fill(dayMin, double.PositiveInfinity);
        for (int i = 0; i < weather.Count; i++)
        {
            int d = (int)Math.Floor((startLocalH + i * stepH) / 24);
            dayMin[d] = Math.Min(dayMin[d], weather.TempAirC[i]);
        }
        return dayMin;
    }
}
