using MineRose.Core.Mines;

namespace MineRose.Core.Screening;

/// <summary>Which mines of a list a screening evaluates.</summary>
/// <remarks>With no status given, the candidates are the mines that are or soon will be free for reuse: closed,
/// mothballed, and any other mine whose reserves run out within <see cref="ReservesBelowYears"/> (reserve-to-production
/// ratio or reported remaining life) — the default candidates of docs/model.md, "Screening candidate mines".</remarks>
public sealed record MineFilter
{
    /// <summary>Statuses to keep; empty for the default candidates (closed, mothballed, reserves running out).</summary>
    public IReadOnlyList<MineStatus> Statuses { get; init; } = [];

    /// <summary>Mine types to keep; empty for every type.</summary>
    public IReadOnlyList<MineType> Types { get; init; } = [];

    /// <summary>Provinces to keep (case-insensitive); empty for every province.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];

    /// <summary>Reserves counted as running out below this many years [a] (R/P ratio, else reported life of mine).</summary>
    public double ReservesBelowYears { get; init; } = 10;

    /// <summary>Whether <paramref name="mine"/> passes the filter.</summary>
    /// <param name="mine">The mine.</param>
    public bool Accepts(CandidateMine mine)
    {
        ArgumentNullException.ThrowIfNull(mine);
        if (Types.Count > 0 && !Types.Contains(mine.MineType))
            return false;
        if (Provinces.Count > 0 && !Provinces.Any(p => string.Equals(p, mine.Province, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (Statuses.Count > 0)
            return Statuses.Contains(mine.Status);
        return mine.Status is MineStatus.Closed or MineStatus.Mothballed || ReservesRunningOut(mine);
    }

    /// <summary>Whether the mine's reserves run out within <see cref="ReservesBelowYears"/>.</summary>
    /// <param name="mine">The mine.</param>
    public bool ReservesRunningOut(CandidateMine mine)
    {
        ArgumentNullException.ThrowIfNull(mine);
        if (mine.Status is not (MineStatus.Operating or MineStatus.Mothballed))
            return false;
        var years = mine.ReserveToProductionRatioYears ?? mine.ReportedLifeOfMineYears;
        return years is { } y && y < ReservesBelowYears;
    }
}
