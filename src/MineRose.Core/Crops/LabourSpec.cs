namespace MineRose.Core.Crops;

/// <summary>Labour figures for a production area: crop-care workers per hectare plus harvest and grading time per stem.</summary>
/// <remarks>The presets are our assumptions, chosen so that whole rose operations fall inside the 15–37 workers per hectare
/// reported for greenhouse roses [91]; replace them with local data where known.</remarks>
/// <param name="CropCareWorkersPerHectare">Full-time workers per hectare for crop care other than harvest [1/ha], in [0, 200].</param>
/// <param name="HarvestSecondsPerStem">Time to harvest, grade and bunch one stem [s/stem], in [0, 600].</param>
/// <param name="HoursPerWorkerYear">Working hours of one full-time job per year [h], in [500, 4000].</param>
public sealed record LabourSpec(double CropCareWorkersPerHectare, double HarvestSecondsPerStem, double HoursPerWorkerYear)
{
    /// <summary>Checks every field and returns the spec, or throws naming the bad field.</summary>
    public LabourSpec Validated()
    {
        Guard.InRange(CropCareWorkersPerHectare, 0, 200, "crop-care workers per hectare");
        Guard.InRange(HarvestSecondsPerStem, 0, 600, "harvest seconds per stem");
        Guard.InRange(HoursPerWorkerYear, 500, 4000, "hours per worker and year");
        return this;
    }

    /// <summary>Default labour figures for a house type (assumptions, see remarks): glass 12 workers/ha, plastic 25/ha,
    /// outdoor 5/ha; 8 s per stem harvested and graded; 2,200 h per job and year.</summary>
    /// <param name="houseType">Kind of production area.</param>
    public static LabourSpec For(HouseType houseType) => houseType switch
    {
        HouseType.GlassHouse => new LabourSpec(12, 8, 2200),
        HouseType.PlasticHouse => new LabourSpec(25, 8, 2200),
        HouseType.OutdoorField => new LabourSpec(5, 8, 2200),
        _ => throw new InvalidInputException("house type", houseType.ToString(), "glass house, plastic house or outdoor field"),
    };
}
