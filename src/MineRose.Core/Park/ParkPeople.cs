namespace MineRose.Core.Park;

/// <summary>Jobs and land: who works in the park and what land it restores.</summary>
/// <param name="EnergyOperationsWorkersPerMw">O&amp;M staff per MW of PV, storage and heat pumps [1/MW] (≈0.2–0.5 for utility PV in China, assumed).</param>
/// <param name="OtherStaff">Management, sales, processing and tourism staff [persons].</param>
/// <param name="FormerMinerShare">Share of the jobs open to former miners after basic training [—].</param>
/// <param name="OtherRestoredLandHa">Restored land with no modelled use (roads, water, slopes left green) [ha].</param>
/// <param name="AverageWageCnyPerYear">Loaded labour cost per worker [CNY/yr] (Shandong agriculture and utilities, assumed).</param>
public sealed record ParkPeople(
    double EnergyOperationsWorkersPerMw = 0.3,
    double OtherStaff = 0,
    double FormerMinerShare = 0.5,
    double OtherRestoredLandHa = 0,
    double AverageWageCnyPerYear = 60_000)
{
    /// <summary>Checks every field and returns the record, or throws naming the bad field.</summary>
    public ParkPeople Validated()
    {
        Guard.InRange(EnergyOperationsWorkersPerMw, 0, 10, "energy_operations_workers_per_mw");
        Guard.NonNegative(OtherStaff, "other_staff");
        Guard.InRange(FormerMinerShare, 0, 1, "former_miner_share");
        Guard.NonNegative(OtherRestoredLandHa, "other_restored_land_ha");
        Guard.NonNegative(AverageWageCnyPerYear, "average_wage_cny_per_year");
        return this;
    }
}
