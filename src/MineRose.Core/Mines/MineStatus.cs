namespace MineRose.Core.Mines;

/// <summary>Status of a coal mine as the Global Energy Monitor Global Coal Mine Tracker classes it [210].</summary>
public enum MineStatus
{
    /// <summary>Producing coal.</summary>
    Operating,

    /// <summary>Planned, permitted or under construction; not yet producing.</summary>
    Proposed,

    /// <summary>Production halted, mine kept so that it could restart: a reuse candidate.</summary>
    Mothballed,

    /// <summary>Proposal put on hold.</summary>
    Shelved,

    /// <summary>Proposal abandoned.</summary>
    Cancelled,

    /// <summary>Production ended for good (GEM's "Closed Mines" sheet): a reuse candidate.</summary>
    Closed,
}
