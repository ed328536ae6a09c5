using MineRose.Core.Weather;

namespace MineRose.Core.Greenhouse;

/// <summary>The outside conditions a greenhouse sees in every interval of a weather series, prepared once per run.</summary>
/// <remarks>Where the weather has no relative humidity, it is estimated from the local day's minimum temperature taken
/// as the dew point (FAO-56, see <see cref="Psychrometrics.RelativeHumidityFromDailyMinimumPercent"/>).</remarks>
internal static class GreenhouseWeatherSeries
{
    public static GreenhouseWeather[] From(WeatherSeries weather)
    {
        int n = weather.Count;
        double stepH = weather.Grid.StepHours;
        double startLocalH = weather.Grid.StartUtc.AddHours(weather.Site.UtcOffsetHours).TimeOfDay.TotalHours;
        var dayMin = DailyMinimumTemperatures(weather, startLocalH, stepH);
        var rh = weather.RelativeHumidityPercent;
        var result = new GreenhouseWeather[n];
        for (int i = 0; i < n; i++)
        {
            double hoursSinceStart = startLocalH + i * stepH;
            double t = weather.TempAirC[i];
            double rhValue = rh is null ? double.NaN : rh[i];
            if (!double.IsFinite(rhValue))
                rhValue = Psychrometrics.RelativeHumidityFromDailyMinimumPercent(t, dayMin[(int)Math.Floor(hoursSinceStart / 24)]);
            result[i] = new GreenhouseWeather(t, Math.Max(0, weather.GhiWm2[i]), weather.WindSpeedMs[i], Math.Clamp(rhValue, 0, 100),
                hoursSinceStart % 24);
        }
        return result;
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
