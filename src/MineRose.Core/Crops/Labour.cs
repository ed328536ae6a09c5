namespace MineRose.Core.Crops;

/// <summary>Jobs created by flower production.</summary>
public static class Labour
{
    /// <summary>Full-time jobs: <c>workers/ha · A/10⁴ + stems · s/stem / 3600 / hours per job</c>.</summary>
    /// <param name="areaM2">Production area [m²].</param>
    /// <param name="stemsPerYear">Stems harvested per year [stems/yr].</param>
    /// <param name="labour">Labour figures.</param>
    public static LabourResult Jobs(double areaM2, double stemsPerYear, LabourSpec labour)
    {
        ArgumentNullException.ThrowIfNull(labour);
        labour.Validated();
        Guard.NonNegative(areaM2, "production area [m²]");
        Guard.NonNegative(stemsPerYear, "stems per year");
        return new LabourResult(
            labour.CropCareWorkersPerHectare * areaM2 / 10_000,
            stemsPerYear * labour.HarvestSecondsPerStem / 3600 / labour.HoursPerWorkerYear);
    }
}
