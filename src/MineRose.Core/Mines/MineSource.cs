namespace MineRose.Core.Mines;

/// <summary>Names and credits of the sources a <see cref="CandidateMine"/> can come from.</summary>
public static class MineSource
{
    /// <summary>The attribution that GEM's CC BY 4.0 licence requires wherever GCMT data is used or shown [210], [211].</summary>
    public const string GemCredit =
        "Global Energy Monitor, Global Coal Mine Tracker (and Coal Mine Boundaries and Methane Sources), licensed CC BY 4.0, https://globalenergymonitor.org/";

    /// <summary><see cref="CandidateMine.Source"/> of a row of GCMT's "Non-closed Mines" sheet.</summary>
    public const string GemNonClosedSheet = "GEM GCMT, Non-closed Mines sheet";

    /// <summary><see cref="CandidateMine.Source"/> of a row of GCMT's "Closed Mines" sheet.</summary>
    public const string GemClosedSheet = "GEM GCMT, Closed Mines sheet";
}
