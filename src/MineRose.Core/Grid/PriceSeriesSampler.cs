using System.Globalization;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>Reads a price series given on its own time grid at the intervals of another grid.</summary>
internal static class PriceSeriesSampler
{
    /// <summary>Checks that every interval of <paramref name="target"/> lies inside one interval of <paramref name="source"/>, and fills its value.</summary>
    public static void Fill(TimeGrid source, ReadOnlySpan<double> values, TimeGrid target, Span<double> destination, string field)
    {
        long sourceStep = source.Step.Ticks;
        long targetStep = target.Step.Ticks;
        long lead = (target.StartUtc - source.StartUtc).Ticks;
        if (sourceStep % targetStep != 0)
            throw new InvalidInputException($"{field} step", source.Step.ToString(), $"a multiple of the simulation step {target.Step}");
        if (lead % targetStep != 0)
            throw new InvalidInputException($"{field} start", source.StartUtc.ToString("O", CultureInfo.InvariantCulture), $"aligned with the simulation grid's {target.Step} step");
        if (target.StartUtc < source.StartUtc || target.EndUtc > source.EndUtc)
        {
            throw new InvalidInputException(
                $"{field} period",
                $"{source.StartUtc.ToString("O", CultureInfo.InvariantCulture)} to {source.EndUtc.ToString("O", CultureInfo.InvariantCulture)}",
                $"a series covering the simulation from {target.StartUtc.ToString("O", CultureInfo.InvariantCulture)} to {target.EndUtc.ToString("O", CultureInfo.InvariantCulture)}");
        }

        for (int i = 0; i < destination.Length; i++)
            destination[i] = values[(int)((lead + i * targetStep) / sourceStep)];
    }

    /// <summary>Copies a series after checking its length and that every value is finite.</summary>
    public static double[] Copy(TimeGrid grid, ReadOnlySpan<double> values, string field)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (values.Length != grid.Count)
            throw new InvalidInputException($"{field} length", values.Length.ToString(CultureInfo.InvariantCulture), $"its grid's {grid.Count} intervals");
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
                Guard.Finite(values[i], string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"));
        }
        return values.ToArray();
    }
}
