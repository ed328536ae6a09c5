using MineRose.Core;
using MineRose.Core.Time;

namespace MineRose.Optimization.Sizing;

/// <summary>Representative days chosen from a year on a time grid, with the weights that scale them up to the year.</summary>
/// <remarks>A year total of a series x is estimated as Σ_c w_c Σ_h x[s_c + h], with w_c the days day c represents and s_c its
/// first interval; the weights sum to the number of days.</remarks>
public sealed record RepresentativeDaySet
{
    /// <summary>The grid of the year the days were chosen from.</summary>
    public required TimeGrid Grid { get; init; }

    /// <summary>Intervals per day, 24 h / step.</summary>
    public required int StepsPerDay { get; init; }

    /// <summary>The representative days, in the order of the year.</summary>
    public required IReadOnlyList<RepresentativeDay> Days { get; init; }

    /// <summary>For each day of the year, the index in <see cref="Days"/> of the day that represents it.</summary>
    public required IReadOnlyList<int> RepresentativeOfDay { get; init; }

    /// <summary>Sum over the year's days of the distance between the day's normalised profile and its representative's [—].</summary>
    public required double TotalDistance { get; init; }

    /// <summary>Number of whole days of the year [d].</summary>
    public int DayCount => RepresentativeOfDay.Count;

    /// <summary>Number of intervals covered by the representative days (the size of a model over them).</summary>
    public int StepCount => Days.Count * StepsPerDay;

    /// <summary>Weighted sum Σ_c w_c Σ_h x[s_c + h] of a series over the representative days, the estimate of its sum over the year.</summary>
    /// <param name="values">One value per interval of <see cref="Grid"/> [any unit].</param>
    public double WeightedSum(ReadOnlySpan<double> values)
    {
        if (values.Length != Grid.Count)
            throw new InvalidInputException("values length", values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"the grid's {Grid.Count} intervals");
        double total = 0;
        foreach (var day in Days)
        {
            double daySum = 0;
            foreach (double x in values.Slice(day.FirstStep, StepsPerDay))
                daySum += x;
            total += day.WeightDays * daySum;
        }

        return total;
    }

    /// <summary>The year's energy estimated from the representative days, Σ_c w_c Σ_h P[s_c + h]·Δt [kWh].</summary>
    /// <param name="powerKw">Average power of each interval of <see cref="Grid"/> [kW].</param>
    public double EnergyKwh(ReadOnlySpan<double> powerKw) => WeightedSum(powerKw) * Grid.StepHours;
}
