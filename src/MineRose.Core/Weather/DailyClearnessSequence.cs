namespace MineRose.Core.Weather;

/// <summary>Sequences of daily clearness indices K_t from a monthly mean, by the Markov transition matrices of Aguiar,
/// Collares-Pereira and Conde [123].</summary>
/// <remarks>
/// <para>The daily clearness index is K_t = H/H₀, the day's global horizontal irradiation over the extraterrestrial
/// horizontal irradiation. For a month with mean K̄_t the matrix of its class is chosen (classes ≤ 0.30, 0.05 wide up to
/// 0.70, &gt; 0.70); its range [K_t,min, K_t,max] is cut into ten states of width w = (K_t,max − K_t,min)/10. Each day
/// the state i of the previous day's K_t (clamped to the range) selects a row of transition probabilities p_ij; a
/// uniform deviate u picks the state j with P_(j−1) ≤ u·Σp &lt; P_j (cumulative sums P), and the day's value is placed
/// inside that state by the same deviate, K_t = K_t,min + w·(j + (u·Σp − P_(j−1))/p_ij), i.e. uniformly [123].</para>
/// <para>A matrix serves a whole class of K̄_t 0.05 wide, so a realisation's mean scatters around the month's K̄_t.
/// <see cref="MatchedMonth"/> repeats the month (from the same previous day) until |mean − K̄_t| ≤ a tolerance and keeps the
/// closest sequence if none gets there; the tolerance (0.01) and the number of tries (100) are this project's choice.</para>
/// </remarks>
public static class DailyClearnessSequence
{
    /// <summary>One realisation of a month of daily clearness indices from the Aguiar matrices [123].</summary>
    /// <param name="monthlyMeanKt">Monthly mean clearness index K̄_t [-], in [0, 1]; selects the matrix.</param>
    /// <param name="previousKt">Daily clearness index of the day before the month [-], in [0, 1].</param>
    /// <param name="dailyKt">Receives one K_t per day of the month [-].</param>
    /// <param name="random">The random stream (advanced).</param>
    /// <exception cref="InvalidInputException">A clearness index is outside its range.</exception>
    public static void AguiarMarkov(double monthlyMeanKt, double previousKt, Span<double> dailyKt, ref Xoshiro256StarStar random)
    {
        Guard.InRange(monthlyMeanKt, 0, 1, "monthly mean clearness index");
        Guard.InRange(previousKt, 0, 1, "previous day's clearness index");
        var cls = AguiarTransitionMatrices.ClassOf(monthlyMeanKt);
        var ktMin = AguiarTransitionMatrices.KtMin[cls];
        var width = (AguiarTransitionMatrices.KtMax[cls] - ktMin) / AguiarTransitionMatrices.States;
        var kt = previousKt;
        for (var d = 0; d < dailyKt.Length; d++)
        {
            var state = Math.Clamp((int)Math.Floor((kt - ktMin) / width), 0, AguiarTransitionMatrices.States - 1);
            kt = ktMin + width * NextState(AguiarTransitionMatrices.Row(cls, state), random.NextDouble());
            dailyKt[d] = kt;
        }
    }

    /// <summary>A month of daily clearness indices whose mean is within <paramref name="tolerance"/> of K̄_t, by repeated
    /// realisations of <see cref="AguiarMarkov"/> [123].</summary>
    /// <param name="monthlyMeanKt">Monthly mean clearness index K̄_t [-], in [0, 1].</param>
    /// <param name="previousKt">Daily clearness index of the day before the month [-], in [0, 1].</param>
    /// <param name="dailyKt">Receives the chosen sequence, one K_t per day [-].</param>
    /// <param name="scratch">Work space of the same length as <paramref name="dailyKt"/>.</param>
    /// <param name="random">The random stream (advanced).</param>
    /// <param name="tolerance">Largest accepted |mean − K̄_t| [-], in [0, 0.2].</param>
    /// <param name="maxTries">Most realisations drawn, in [1, 10 000]; the closest is kept if none is within tolerance.</param>
    /// <returns>The number of realisations drawn.</returns>
    /// <exception cref="InvalidInputException">A parameter is outside its range or the spans differ in length.</exception>
    public static int MatchedMonth(double monthlyMeanKt, double previousKt, Span<double> dailyKt, Span<double> scratch,
        ref Xoshiro256StarStar random, double tolerance = 0.01, int maxTries = 100)
    {
        Guard.InRange(tolerance, 0, 0.2, "clearness tolerance");
        if (maxTries is < 1 or > 10_000)
            throw new InvalidInputException("clearness realisations", maxTries.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer in [1, 10000]");
        if (scratch.Length != dailyKt.Length)
            throw new InvalidInputException("scratch length", scratch.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{dailyKt.Length} (one per day)");
        var bestError = double.PositiveInfinity;
        for (var attempt = 1; attempt <= maxTries; attempt++)
        {
            AguiarMarkov(monthlyMeanKt, previousKt, scratch, ref random);
            var error = Math.Abs(Mean(scratch) - monthlyMeanKt);
            if (error < bestError)
            {
                bestError = error;
                scratch.CopyTo(dailyKt);
            }
            if (bestError <= tolerance)
                return attempt;
        }
        return maxTries;
    }

    /// <summary>The continuous state position j + f (in units of state width) drawn from one row for the deviate <paramref name="u"/>.</summary>
    private static double NextState(ReadOnlySpan<double> row, double u)
    {
        var total = 0.0;
        foreach (var p in row)
            total += p;
        // rows are printed to three decimals: scale the deviate to the row's sum instead of renormalising every entry
        var target = u * total;
        var cumulative = 0.0;
        for (var j = 0; j < row.Length; j++)
        {
            var p = row[j];
            if (p > 0 && target < cumulative + p)
                return j + (target - cumulative) / p;
            cumulative += p;
        }
        // u·Σp rounded up to Σp: the top of the last non-empty state
        for (var j = row.Length - 1; j >= 0; j--)
        {
            if (row[j] > 0)
                return j + 1.0;
        }
        return 0.0;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum / values.Length;
    }
}
