namespace MineRose.Core.Grid;

/// <summary>A demand charge of a two-part tariff: a price per kW of the month's highest import [151].</summary>
/// <remarks>
/// C_dem,m = c_dem · P_max,m · f_m, with P_max,m the highest interval-average import of month m and f_m the fraction
/// of the month the simulation covers, hours covered over hours in the month. The supply rules prorate a partial
/// month by days, 1/30 of the monthly charge a day [152]; the two agree for whole days of 30-day months and for
/// whole months. Utilities measure the peak as a 15-minute average; on an hourly grid the hourly average is lower,
/// so the charge is a lower bound.
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
