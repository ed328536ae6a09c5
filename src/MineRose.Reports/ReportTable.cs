namespace MineRose.Reports;

/// <summary>An extra table for the report (e.g. the sizing result): a heading, column headers, rows of text and notes.</summary>
/// <param name="Heading">Section heading.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Rows, each as many cells as <paramref name="Columns"/>; cells that look numeric are right-aligned.</param>
/// <param name="Notes">Remarks printed under the table.</param>
public sealed record ReportTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes);
