namespace MineRose.Core.Greenhouse;

/// <summary>A greenhouse run over a weather series: the totals and the per-step series.</summary>
/// <param name="Summary">Totals over the run.</param>
/// <param name="Series">Per-step results.</param>
public sealed record GreenhouseYearResult(GreenhouseAnnualSummary Summary, GreenhouseSeries Series);
