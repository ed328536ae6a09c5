namespace MineRose.Reports;

/// <summary>The optional sensitivity section of the report: a tornado of one measure (NPV) around its base value.</summary>
/// <param name="Title">Title of the chart and section, e.g. <c>NPV sensitivity, ±20 %</c>.</param>
/// <param name="Measure">What the bars measure, with its unit, e.g. <c>NPV [M CNY]</c> (values are given in CNY and drawn in M CNY).</param>
/// <param name="BaseCny">The measure of the design as given [CNY].</param>
/// <param name="Rows">The rows, drawn top to bottom in the order given (largest swing first for a tornado).</param>
/// <param name="Notes">Remarks printed under the table (method, what was simulated again).</param>
public sealed record ReportTornado(string Title, string Measure, double BaseCny, IReadOnlyList<ReportTornadoRow> Rows, IReadOnlyList<string> Notes);
