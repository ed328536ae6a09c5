namespace MineRose.Core.Screening;

/// <summary>Durable store of screening results, written as mines finish so that a run killed at any moment resumes with
/// nothing lost, nothing computed twice and nothing duplicated. Implementations must be safe to call from several threads.</summary>
public interface IScreeningStore : IDisposable
{
    /// <summary>Stores <paramref name="record"/> unless a record with the same key is already there (exactly once).</summary>
    /// <param name="record">The result to store.</param>
    /// <returns>True when it was stored; false when its key was already present (the stored record is kept).</returns>
    bool TryAdd(ScreeningRecord record);

    /// <summary>Ids of the mines already evaluated for one design and model version.</summary>
    /// <param name="designHash">The design hash of the run.</param>
    /// <param name="modelVersion">The model version of the run.</param>
    IReadOnlySet<string> CompletedMineIds(string designHash, string modelVersion);

    /// <summary>Every stored record of one design and model version, in mine-id order.</summary>
    /// <param name="designHash">The design hash of the run.</param>
    /// <param name="modelVersion">The model version of the run.</param>
    IReadOnlyList<ScreeningRecord> Records(string designHash, string modelVersion);
}
