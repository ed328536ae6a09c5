namespace MineRose.Core.Park;

/// <summary>One headline figure published for the park, set against the model: the published value, the modelled value,
/// the gap and the assumption that explains it.</summary>
/// <param name="Figure">What is compared, e.g. "CO₂ cut".</param>
/// <param name="Unit">Unit of both values.</param>
/// <param name="Published">The published value.</param>
/// <param name="Modelled">The modelled value.</param>
/// <param name="Explanation">The assumption or gap that explains the difference.</param>
public sealed record ReconciliationRow(string Figure, string Unit, double Published, double Modelled, string Explanation)
{
    /// <summary>Modelled minus published, as a share of published [—]; NaN when nothing was published.</summary>
    public double RelativeGap => Published != 0 ? (Modelled - Published) / Published : double.NaN;
}
