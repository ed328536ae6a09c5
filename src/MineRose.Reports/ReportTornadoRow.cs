namespace MineRose.Reports;

/// <summary>One row of the report's tornado: a parameter's low and high case and the value of the measure at each.</summary>
/// <param name="Label">The parameter, e.g. <c>PV capex</c>.</param>
/// <param name="LowCaption">The low case as text, e.g. <c>2,124 CNY/kWp</c>.</param>
/// <param name="HighCaption">The high case as text.</param>
/// <param name="LowCaseCny">The measure (NPV) with the low value [CNY].</param>
/// <param name="HighCaseCny">The measure with the high value [CNY].</param>
/// <param name="Note">A remark shown in the table (e.g. that the case was simulated again), or empty.</param>
public sealed record ReportTornadoRow(string Label, string LowCaption, string HighCaption, double LowCaseCny, double HighCaseCny, string Note = "")
{
    /// <summary>Swing |high − low| [CNY].</summary>
    public double SwingCny => Math.Abs(HighCaseCny - LowCaseCny);
}
