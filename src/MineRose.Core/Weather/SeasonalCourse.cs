namespace MineRose.Core.Weather;

/// <summary>A smooth daily course through a closed year whose monthly means equal given monthly values.</summary>
/// <remarks>
/// Nodes at the middle of each month, joined by straight lines and closed over the year (December to January), whose node
/// values N_m are chosen so that every month's mean of the daily values equals its target exactly. The node values are
/// found by the fixed-point iteration N ← N + (target − monthly mean of the line), which converges because a month's mean
/// weighs its own node by about three quarters and each neighbour by about one eighth. Straight lines through the
/// monthly values themselves would miss every month with curvature (by ≈0.5 K in January in a continental climate).
/// This construction is this project's; the daily values are taken at the middle of each day.
/// </remarks>
public static class SeasonalCourse
{
    private const int FixedPointIterations = 60;

    /// <summary>A daily course through a closed year whose monthly means equal <paramref name="monthlyTarget"/>.</summary>
    /// <param name="monthlyTarget">Twelve monthly means to reproduce [unit of the targets].</param>
    /// <param name="daysInMonth">Twelve month lengths [d].</param>
    /// <param name="daily">Receives one value per day of the year [unit of the targets]; its length is the sum of the month lengths.</param>
    /// <exception cref="InvalidInputException">The spans do not describe twelve months and their days.</exception>
    public static void MeanPreserving(ReadOnlySpan<double> monthlyTarget, ReadOnlySpan<int> daysInMonth, Span<double> daily)
    {
        if (monthlyTarget.Length != 12 || daysInMonth.Length != 12)
            throw new InvalidInputException("months", $"{monthlyTarget.Length} targets, {daysInMonth.Length} lengths", "12 of each");
        var days = 0;
        foreach (var n in daysInMonth)
            days += n;
        if (daily.Length != days)
            throw new InvalidInputException("days", daily.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{days} (the sum of the month lengths)");

        Span<double> centre = stackalloc double[12];
        Span<double> nodes = stackalloc double[12];
        Span<double> means = stackalloc double[12];
        var start = 0;
        for (var m = 0; m < 12; m++)
        {
            centre[m] = start + 0.5 * daysInMonth[m];
            start += daysInMonth[m];
        }
        monthlyTarget.CopyTo(nodes);
        for (var iteration = 0; iteration < FixedPointIterations; iteration++)
        {
            Evaluate(nodes, centre, days, daily);
            MonthlyMeans(daily, daysInMonth, means);
            var worst = 0.0;
            for (var m = 0; m < 12; m++)
            {
                var residual = monthlyTarget[m] - means[m];
                nodes[m] += residual;
                worst = Math.Max(worst, Math.Abs(residual));
            }
            if (worst < 1e-10)
                break;
        }
        Evaluate(nodes, centre, days, daily);
    }

    /// <summary>The closed polyline through the nodes, evaluated at the middle of each day.</summary>
    private static void Evaluate(ReadOnlySpan<double> nodes, ReadOnlySpan<double> centre, int days, Span<double> daily)
    {
        for (var d = 0; d < days; d++)
        {
            var t = d + 0.5;
            // the node at or before t, closing the year: before the first centre the previous node is December's
            var m = 11;
            for (var k = 0; k < 12 && centre[k] <= t; k++)
                m = k;
            var next = (m + 1) % 12;
            var t0 = centre[m];
            var t1 = centre[next];
            if (t0 > t)
                t0 -= days;
            if (t1 <= t0)
                t1 += days;
            var w = (t - t0) / (t1 - t0);
            daily[d] = nodes[m] + w * (nodes[next] - nodes[m]);
        }
    }

    private static void MonthlyMeans(ReadOnlySpan<double> daily, ReadOnlySpan<int> daysInMonth, Span<double> means)
    {
        var d = 0;
        for (var m = 0; m < 12; m++)
        {
            var sum = 0.0;
            for (var k = 0; k < daysInMonth[m]; k++)
                sum += daily[d++];
            means[m] = sum / daysInMonth[m];
        }
    }
}
