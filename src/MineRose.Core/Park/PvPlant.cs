using MineRose.Core.Pv;

namespace MineRose.Core.Park;

/// <summary>One PV field of the park (e.g. the phase I slopes), an array design with a name.</summary>
/// <param name="Name">Name of the field.</param>
/// <param name="Array">The array design.</param>
public sealed record PvPlant(string Name, PvArraySpec Array);
