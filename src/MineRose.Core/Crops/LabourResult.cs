namespace MineRose.Core.Crops;

/// <summary>Jobs of a production area, in full-time equivalents.</summary>
/// <param name="CropCareJobs">Crop care other than harvest [jobs].</param>
/// <param name="HarvestJobs">Harvest, grading and bunching [jobs].</param>
public sealed record LabourResult(double CropCareJobs, double HarvestJobs)
{
    /// <summary>All jobs [jobs].</summary>
    public double TotalJobs => CropCareJobs + HarvestJobs;
}
