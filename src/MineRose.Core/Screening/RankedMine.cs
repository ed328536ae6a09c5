namespace MineRose.Core.Screening;

/// <summary>A screened mine with its place in the ranking.</summary>
/// <param name="Rank">1 for the best score; 0 for a mine that could not be evaluated (listed after the ranked ones).</param>
/// <param name="Score">Weighted min–max score in [0, 1] [-] of the rule-based year; NaN when not evaluated.</param>
/// <param name="Result">The mine's result (rule-based dispatch).</param>
/// <param name="Optimal">The mine's result under optimal dispatch (<c>--optimize-top N</c>), or null when it was not re-run.</param>
/// <param name="OptimalScore">The score [-] with the optimal KPIs in place of the rule-based ones
/// (<see cref="ScreeningRanking.WithOptimal"/>); NaN when not re-run or the re-run failed.</param>
public sealed record RankedMine(int Rank, double Score, MineScreeningResult Result, MineScreeningResult? Optimal = null, double OptimalScore = double.NaN);
