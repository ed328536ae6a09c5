namespace MineRose.Optimization.Solving;

/// <summary>Slack one constraint family needed in a solve: nonzero means the family could not be met as stated.</summary>
/// <param name="Family">Constraint family, e.g. <c>electric_balance</c>.</param>
/// <param name="Amount">Total slack used over the horizon [<paramref name="Unit"/>].</param>
/// <param name="Unit">Unit of <paramref name="Amount"/>, e.g. <c>kWh</c> or <c>m³</c>.</param>
/// <param name="CostCny">Penalty the slack added to the objective [CNY].</param>
/// <param name="Intervals">Number of intervals in which slack was used [—].</param>
public sealed record SlackUse(string Family, double Amount, string Unit, double CostCny, int Intervals);
