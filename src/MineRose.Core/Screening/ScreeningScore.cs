namespace MineRose.Core.Screening;

/// <summary>The ranking score of screened mines: a weighted sum of min–max normalised NPV, avoided CO₂ and jobs [254].</summary>
public static class ScreeningScore
{
    /// <summary>Scores every mine: s_i = Σ_k w_k·(x_ik − min_k)/(max_k − min_k) / Σ_k w_k, in [0, 1]; a criterion with no
    /// spread adds 0; a mine with a missing (NaN) value gets 0 for that criterion.</summary>
    /// <param name="npvCny">NPV of each mine [CNY].</param>
    /// <param name="co2AvoidedT">Avoided CO₂ of each mine [t/a].</param>
    /// <param name="jobs">Jobs of each mine [persons].</param>
    /// <param name="weights">The weights.</param>
    /// <returns>The score of each mine [-].</returns>
    public static double[] WeightedMinMax(IReadOnlyList<double> npvCny, IReadOnlyList<double> co2AvoidedT, IReadOnlyList<double> jobs, ScreeningWeights weights)
    {
        ArgumentNullException.ThrowIfNull(npvCny);
        ArgumentNullException.ThrowIfNull(co2AvoidedT);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(weights);
        var n = npvCny.Count;
        if (co2AvoidedT.Count != n || jobs.Count != n)
            throw new ArgumentException("the three criteria need one value per mine");
        var total = weights.Npv + weights.Co2 + weights.Jobs;
        var score = new double[n];
        if (total <= 0)
            return score;
        Add(score, npvCny, weights.Npv / total);
        Add(score, co2AvoidedT, weights.Co2 / total);
        Add(score, jobs, weights.Jobs / total);
        return score;
    }

    private static void Add(double[] score, IReadOnlyList<double> values, double weight)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
                continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (!(max > min) || weight == 0)
            return;
        for (int i = 0; i < score.Length; i++)
            if (!double.IsNaN(values[i]))
                score[i] += weight * (values[i] - min) / (max - min);
    }
}
