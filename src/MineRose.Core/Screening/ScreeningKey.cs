namespace MineRose.Core.Screening;

/// <summary>What makes one screening result unique: the mine, the park design it was given and the model that evaluated it.
/// A store holds at most one result per key, so a resumed or re-distributed run never computes or stores a mine twice.</summary>
/// <param name="MineId">Stable id of the mine row in its list (unique per row: a GEM id that repeats across a mine's phases
/// carries the phase's ordinal).</param>
/// <param name="DesignHash">Hash of everything that shapes the mine's design and evaluation (template, options, weather source).</param>
/// <param name="ModelVersion">Version of the MineRose model that evaluated it.</param>
public readonly record struct ScreeningKey(string MineId, string DesignHash, string ModelVersion);
