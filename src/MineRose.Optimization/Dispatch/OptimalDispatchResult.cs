using MineRose.Core.Park;

namespace MineRose.Optimization.Dispatch;

/// <summary>An optimal dispatch of a park year, replayed by the park simulator, beside the rule-based year.</summary>
/// <param name="Mode">How it was planned, e.g. <c>perfect foresight, 8760 h</c> or <c>rolling 48 h / 24 h, persistence</c>.</param>
/// <param name="RuleBased">The simulator's year with the design's rule-based dispatch.</param>
/// <param name="Solution">The plan (windows joined for a rolling horizon) and its solve report.</param>
/// <param name="Optimal">The simulator's year replaying the plan: every KPI comes from this ledger.</param>
/// <param name="Check">The replay's bounds, balance and departures from the plan.</param>
/// <param name="Hydro">The shaft storage linearisation used, or null.</param>
public sealed record OptimalDispatchResult(
    string Mode,
    ParkYear RuleBased,
    DispatchSolution Solution,
    ParkYear Optimal,
    ReplayCheck Check,
    ShaftStorageLinearisation? Hydro);
