using MineRose.Core.Weather;

namespace MineRose.Core.Pv;

/// <summary>A PV array design placed at a site.</summary>
/// <param name="Site">Where it stands.</param>
/// <param name="Spec">What is built.</param>
public sealed record PvDesignAtSite(Site Site, PvArraySpec Spec);
