namespace MineRose.IO.Mines;

/// <summary>A row of a mine list that could not be used, and why: the readers drop nothing silently.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line on which the row starts.</param>
/// <param name="Field">The column whose value made the row unusable.</param>
/// <param name="Value">The offending text (empty if the cell was empty).</param>
/// <param name="Reason">What was wrong and what would have been accepted.</param>
public sealed record RejectedRow(string File, int Line, string Field, string Value, string Reason);
