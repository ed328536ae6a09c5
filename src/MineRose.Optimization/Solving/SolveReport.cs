namespace MineRose.Optimization.Solving;

/// <summary>What a solve did: solver, status, objective, gap, time and model size, and the slack each family used.</summary>
/// <param name="Solver">Solver name and version as OR-Tools reports them.</param>
/// <param name="Status">OR-Tools result status: OPTIMAL, FEASIBLE (time limit reached with a plan), INFEASIBLE, UNBOUNDED, ABNORMAL, NOT_SOLVED.</param>
/// <param name="ObjectiveCny">Objective of the plan returned [CNY].</param>
/// <param name="BestBoundCny">Best proven lower bound on the objective (= objective for an LP) [CNY].</param>
/// <param name="RelativeGap">|objective − bound| / max(|objective|, 1) [—]; 0 for an LP solved to optimality.</param>
/// <param name="WallTimeMs">Wall time of the solve, model building excluded [ms].</param>
/// <param name="BuildTimeMs">Wall time to build the model [ms].</param>
/// <param name="Rows">Constraints [—].</param>
/// <param name="Columns">Variables [—].</param>
/// <param name="Integers">Integer and binary variables [—].</param>
/// <param name="Slack">Slack used per family (families that used none are left out): the infeasibility report.</param>
public sealed record SolveReport(
    string Solver,
    string Status,
    double ObjectiveCny,
    double BestBoundCny,
    double RelativeGap,
    double WallTimeMs,
    double BuildTimeMs,
    int Rows,
    int Columns,
    int Integers,
    IReadOnlyList<SlackUse> Slack)
{
    /// <summary>Whether a plan came back (optimal, or feasible at the time limit).</summary>
    public bool HasPlan => Status is "OPTIMAL" or "FEASIBLE";

    /// <summary>Whether the plan used no slack: every family met as stated.</summary>
    public bool IsClean => Slack.Count == 0;

    /// <summary>Reports of several solves (rolling windows) joined: times and slack summed, sizes the largest window's, the
    /// worst status and the largest gap kept; the objective is the joined plan's own (windows overlap, so their objectives
    /// do not add up) and there is no bound for it (NaN).</summary>
    /// <param name="parts">The reports, at least one.</param>
    /// <param name="objectiveCny">Objective of the joined plan over the kept intervals [CNY].</param>
    public static SolveReport Combine(IReadOnlyList<SolveReport> parts, double objectiveCny)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
            throw new Core.InvalidInputException("solve reports", "0", "at least one");
        string status = parts.All(p => p.Status == "OPTIMAL") ? "OPTIMAL"
            : parts.All(p => p.HasPlan) ? "FEASIBLE"
            : parts.First(p => !p.HasPlan).Status;
        var slack = parts.SelectMany(p => p.Slack).GroupBy(s => (s.Family, s.Unit))
            .Select(g => new SlackUse(g.Key.Family, g.Sum(s => s.Amount), g.Key.Unit, g.Sum(s => s.CostCny), g.Sum(s => s.Intervals)))
            .ToList();
        return new SolveReport(parts[0].Solver, status, objectiveCny, double.NaN, parts.Max(p => p.RelativeGap),
            parts.Sum(p => p.WallTimeMs), parts.Sum(p => p.BuildTimeMs),
            parts.Max(p => p.Rows), parts.Max(p => p.Columns), parts.Max(p => p.Integers), slack);
    }
}
