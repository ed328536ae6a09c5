namespace MineRose.Optimization.Sensitivity;

/// <summary>One bar of a tornado: a parameter at its low and high value and the NPV and annual profit at each.</summary>
/// <param name="Parameter">The parameter moved.</param>
/// <param name="Label">What the parameter is, as a chart shows it.</param>
/// <param name="Unit">Unit of the values, e.g. <c>CNY/kWp</c>.</param>
/// <param name="BaseValue">The design's value (a mean over the year for prices that vary) [<paramref name="Unit"/>].</param>
/// <param name="LowValue">The low case [<paramref name="Unit"/>].</param>
/// <param name="HighValue">The high case [<paramref name="Unit"/>].</param>
/// <param name="NpvLowCny">NPV with the low value [CNY].</param>
/// <param name="NpvHighCny">NPV with the high value [CNY].</param>
/// <param name="ProfitLowCny">Operating profit of operating year 1 with the low value [CNY].</param>
/// <param name="ProfitHighCny">Operating profit of operating year 1 with the high value [CNY].</param>
/// <param name="Resimulated">True when the cases were simulated again (the change reaches the simulator), false when only the
/// economics were evaluated again on the base year's ledger.</param>
public sealed record TornadoBar(
    SensitivityParameter Parameter,
    string Label,
    string Unit,
    double BaseValue,
    double LowValue,
    double HighValue,
    double NpvLowCny,
    double NpvHighCny,
    double ProfitLowCny,
    double ProfitHighCny,
    bool Resimulated)
{
    /// <summary>Swing of the NPV, |NPV_high − NPV_low| [CNY]; the bars are sorted by it.</summary>
    public double NpvSwingCny => Math.Abs(NpvHighCny - NpvLowCny);

    /// <summary>Swing of the annual operating profit, |profit_high − profit_low| [CNY].</summary>
    public double ProfitSwingCny => Math.Abs(ProfitHighCny - ProfitLowCny);
}
