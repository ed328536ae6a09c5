using MineRose.Core.Solar;

namespace MineRose.Core.Pv;

/// <summary>Model choices of the PV chain; the defaults are those of <c>minerose pv</c>.</summary>
/// <param name="SkyDiffuse">Sky-diffuse transposition model (default Perez 1990).</param>
/// <param name="Iam">Incidence-angle modifier applied to the beam (default physical).</param>
/// <param name="YearIndex">Operating year, 0 for the first, for degradation [—].</param>
public sealed record PvChainOptions(
    SkyDiffuseModel SkyDiffuse = SkyDiffuseModel.Perez,
    IamModel Iam = IamModel.Physical,
    int YearIndex = 0)
{
    /// <summary>The defaults.</summary>
    public static PvChainOptions Default { get; } = new();
}
