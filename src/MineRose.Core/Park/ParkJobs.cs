namespace MineRose.Core.Park;

/// <summary>The park's jobs in full-time equivalents: crop work, energy operations and other staff.</summary>
/// <remarks>Energy operations = workers per MW × (PV MWp + pumped-hydro MW + battery MW + heat-pump MW of heating);
/// the former-miner jobs are the design's share of the total.</remarks>
/// <param name="CropJobs">Crop care and harvest, from the crop labour model [jobs].</param>
/// <param name="EnergyOperationsJobs">Operation and maintenance of PV, storage and heat pumps [jobs].</param>
/// <param name="OtherStaffJobs">Management, sales, processing and tourism staff [jobs].</param>
/// <param name="FormerMinerShare">Share of the jobs open to former miners [—].</param>
public sealed record ParkJobs(double CropJobs, double EnergyOperationsJobs, double OtherStaffJobs, double FormerMinerShare)
{
    /// <summary>All jobs [jobs].</summary>
    public double TotalJobs => CropJobs + EnergyOperationsJobs + OtherStaffJobs;

    /// <summary>Jobs open to former miners [jobs].</summary>
    public double FormerMinerJobs => TotalJobs * FormerMinerShare;

    /// <summary>The jobs of a simulated park year.</summary>
    /// <param name="year">The simulated year.</param>
    public static ParkJobs Of(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var design = year.Design;
        var people = design.People;
        double energyMw = (design.PvCapacityKw + year.PumpedHydroPowerKw + (design.Battery?.RatedPowerKw ?? 0)
            + (design.Heat?.HeatPump.RatedHeatingKw ?? 0)) / 1000;
        return new ParkJobs(year.CropLabour?.TotalJobs ?? 0, people.EnergyOperationsWorkersPerMw * energyMw, people.OtherStaff,
            people.FormerMinerShare);
    }
}
