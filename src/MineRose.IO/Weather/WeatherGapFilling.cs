using System.Globalization;
using MineRose.Core;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>The one rule by which missing weather values (NaN) are filled before a model uses them.</summary>
/// <remarks>
/// Readers store a value the file marks as missing as NaN and count it in <see cref="WeatherSeries.MissingValues"/>;
/// a file whose column has more than <see cref="MaxMissingFraction"/> of its values missing, or a run of missing
/// values longer than <see cref="MaxGapHours"/>, is refused when read. <see cref="Fill"/> then replaces each run of
/// missing values by linear interpolation in time between the valid values on either side:
/// <c>x(t) = x(t₀) + (x(t₁) − x(t₀))·(t − t₀)/(t₁ − t₀)</c>. A run at the start or end of the series takes the nearest
/// valid value. Irradiance gaps at night lie between zeros and so become zero; a daytime irradiance gap of a few hours
/// becomes a straight line, which keeps the day's energy roughly right but not GHI = DHI + DNI·cos θz exactly.
/// The limits are this project's choice (EnergyPlus instead repeats the last valid value [30]); six hours bridges a
/// night or a morning without inventing a day.
/// </remarks>
public static class WeatherGapFilling
{
    /// <summary>Longest run of missing values that is filled [h]; a longer run makes a file unusable.</summary>
    public const double MaxGapHours = 6;

    /// <summary>Largest fraction of a column's values that may be missing [-].</summary>
    public const double MaxMissingFraction = 0.10;

    /// <summary>A copy of <paramref name="series"/> with every missing value filled by the rule above.</summary>
    /// <remarks><see cref="WeatherSeries.MissingValues"/> keeps the count of values the source marked missing, so a report can say so.</remarks>
    /// <exception cref="InvalidInputException">A column has too many missing values or too long a gap.</exception>
    public static WeatherSeries Fill(WeatherSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var step = series.Grid.StepHours;
        return series with
        {
            GhiWm2 = Filled(series.GhiWm2, step, "ghi"),
            DniWm2 = Filled(series.DniWm2, step, "dni"),
            DhiWm2 = Filled(series.DhiWm2, step, "dhi"),
            TempAirC = Filled(series.TempAirC, step, "temp_air"),
            WindSpeedMs = Filled(series.WindSpeedMs, step, "wind_speed"),
            RelativeHumidityPercent = series.RelativeHumidityPercent is { } rh ? Filled(rh, step, "relative_humidity") : null,
            PressurePa = series.PressurePa is { } p ? Filled(p, step, "pressure") : null,
        };
    }

    /// <summary>The first reason the missing values of <paramref name="values"/> cannot be filled, or null if they can.</summary>
    internal static GapProblem? FindProblem(double[] values, double stepHours)
    {
        var missing = 0;
        var firstMissing = -1;
        var longestRun = 0;
        var longestStart = -1;
        var run = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                run = 0;
                continue;
            }
            if (firstMissing < 0)
                firstMissing = i;
            missing++;
            run++;
            if (run > longestRun)
            {
                longestRun = run;
                longestStart = i - run + 1;
            }
        }
        if (missing == 0)
            return null;
        if (missing > MaxMissingFraction * values.Length)
        {
            return new GapProblem(firstMissing,
                string.Create(CultureInfo.InvariantCulture, $"{missing} of {values.Length} values missing"),
                string.Create(CultureInfo.InvariantCulture, $"at most {MaxMissingFraction * 100:G3} % of the values missing"));
        }
        if (longestRun * stepHours > MaxGapHours + 1e-9)
        {
            return new GapProblem(longestStart,
                string.Create(CultureInfo.InvariantCulture, $"{longestRun} consecutive missing values ({longestRun * stepHours:G4} h)"),
                string.Create(CultureInfo.InvariantCulture, $"gaps of at most {MaxGapHours:G3} h"));
        }
        return null;
    }

    private static double[] Filled(double[] values, double stepHours, string field)
    {
        if (FindProblem(values, stepHours) is { } problem)
            throw new InvalidInputException(field, problem.Value, problem.Expected);
        var result = (double[])values.Clone();
        var i = 0;
        while (i < result.Length)
        {
            if (!double.IsNaN(result[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < result.Length && double.IsNaN(result[i]))
                i++;
            FillRun(result, start, i);
        }
        return result;
    }

    /// <summary>Fills the missing run [<paramref name="start"/>, <paramref name="end"/>) from its valid neighbours.</summary>
    private static void FillRun(double[] values, int start, int end)
    {
        var hasLeft = start > 0;
        var hasRight = end < values.Length;
        if (!hasLeft && !hasRight)
            throw new InvalidInputException("weather column", "all values missing", "at least one valid value");
        for (var k = start; k < end; k++)
        {
            if (hasLeft && hasRight)
            {
                var left = values[start - 1];
                var right = values[end];
                var fraction = (double)(k - (start - 1)) / (end - (start - 1));
                values[k] = left + (right - left) * fraction;
            }
            else
                values[k] = hasLeft ? values[start - 1] : values[end];
        }
    }
}
