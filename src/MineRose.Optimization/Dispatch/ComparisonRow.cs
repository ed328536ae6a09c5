namespace MineRose.Optimization.Dispatch;

/// <summary>One quantity of a rule-based year set beside the optimal one.</summary>
/// <param name="Key">Machine name with its unit, e.g. <c>net_energy_cost_cny</c>.</param>
/// <param name="Label">Human label with its unit in brackets.</param>
/// <param name="RuleBased">Value with the rule-based dispatch.</param>
/// <param name="Optimal">Value with the optimal dispatch replayed.</param>
public sealed record ComparisonRow(string Key, string Label, double RuleBased, double Optimal)
{
    /// <summary>Optimal minus rule-based.</summary>
    public double Difference => Optimal - RuleBased;
}
