namespace MineRose.Reports;

/// <summary>An extra section for <see cref="ParkReport"/>: a heading, a paragraph and a table of text cells (already formatted,
/// units in the column headers), e.g. the rule-based and optimal dispatch side by side.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Intro">Paragraph under the heading.</param>
/// <param name="Header">Column headers.</param>
/// <param name="Rows">Table rows, each as many cells as <paramref name="Header"/>; cells are HTML-encoded when written.</param>
public sealed record ReportSection(string Title, string Intro, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
