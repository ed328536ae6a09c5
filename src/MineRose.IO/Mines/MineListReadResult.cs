using MineRose.Core.Mines;

namespace MineRose.IO.Mines;

/// <summary>What a mine-list reader read: the usable mines, the rows it could not use, and the credit the source requires.</summary>
/// <param name="Mines">One <see cref="CandidateMine"/> per usable row, in file order (a GEM id repeats for each phase of a mine).</param>
/// <param name="Rejected">Every row of the selected country that could not be used, with file, line, field and reason.</param>
/// <param name="Credit">The attribution to show wherever the list is used (<see cref="MineSource.GemCredit"/> for GEM files).</param>
public sealed record MineListReadResult(IReadOnlyList<CandidateMine> Mines, IReadOnlyList<RejectedRow> Rejected, string Credit);
