namespace MineRose.Core.Grid;

/// <summary>A capacity charge of a two-part tariff: a price per kVA of contracted transformer capacity and month, whatever the use [151].</summary>
/// <remarks>C_cap,m = c_cap · S · f_m, with f_m the fraction of month m the simulation covers (see <see cref="DemandCharge"/> and [152]).</remarks>
public sealed record CapacityCharge
{
    /// <summary>Price per kVA of contracted capacity, c_cap [CNY/(kVA·month)]; ≥ 0.</summary>
    public required double CnyPerKvaMonth { get; init; }

    /// <summary>Contracted (transformer) capacity, S [kVA]; ≥ 0.</summary>
    public required double ContractedKva { get; init; }

    /// <summary>The charge for one whole month, c_cap · S [CNY].</summary>
    public double CnyPerMonth => CnyPerKvaMonth * ContractedKva;

    /// <summary>Checks the fields and returns this charge.</summary>
    /// <returns>This instance, unchanged.</returns>
    public CapacityCharge Validated()
    {
        Guard.NonNegative(CnyPerKvaMonth, "CapacityCharge.CnyPerKvaMonth");
        Guard.NonNegative(ContractedKva, "CapacityCharge.ContractedKva");
        return this;
    }
}
