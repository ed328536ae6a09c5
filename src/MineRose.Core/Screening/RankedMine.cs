namespace MineRose.Core.Screening;

/// <summary>A screened mine with its place in the ranking.</summary>
/// <param name="Rank">1 for the best score; 0 for a mine that could not be evaluated (listed after the ranked ones).</param>
/// <param name="Score">Weighted min–max score in [0, 1] [-]; NaN when not evaluated.</param>
/// <param name="Result">The mine's result.</param>
public sealed record RankedMine(int Rank, double Score, MineScreeningResult Result);
