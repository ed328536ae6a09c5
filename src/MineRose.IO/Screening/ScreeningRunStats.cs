namespace MineRose.IO.Screening;

/// <summary>What one run of <see cref="ScreeningRunner"/> did.</summary>
/// <param name="Mines">Mines of the run (after the filters).</param>
/// <param name="ResumedFromStore">Mines already in the store when the run started (not computed again).</param>
/// <param name="Computed">Mines evaluated by this run.</param>
/// <param name="Stored">Records this run added to the store (fewer than computed only if another worker stored the same key first).</param>
public sealed record ScreeningRunStats(int Mines, int ResumedFromStore, int Computed, int Stored);
