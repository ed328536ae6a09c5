namespace MineRose.Core.Grid;

/// <summary>A demand charge of a two-part tariff: a price per kW of the month's highest import [144].</summary>
/// <remarks>
/// C_dem,m = c_dem · P_max,m · f_m, with P_max,m the highest interval-average import of month m and f_m the fraction
/// of the month the simulation covers (a partial month pays pro rata by time [144]). Utilities measure the peak as a
/// 15-minute average; on an hourly grid the hourly average is lower, so the charge is a lower bound.
/// </remarks>
public sealed record DemandCharge
{
    /// <summary>Price per kW of the month's peak import, c_dem [CNY/(kW·month)]; ≥ 0.</summary>
    public required double CnyPerKwMonth { get; init; }

    /// <summary>Checks the field and returns this charge.</summary>
    /// <returns>This instance, unchanged.</returns>
    public DemandCharge Validated()
    {
        Guard.NonNegative(CnyPerKwMonth, "DemandCharge.CnyPerKwMonth");
        return this;
    }
}
