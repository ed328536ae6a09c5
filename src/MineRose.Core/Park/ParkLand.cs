namespace MineRose.Core.Park;

/// <summary>Mining land the park restores, by use [m²].</summary>
/// <remarks>PV land is the rows' footprint, module area ÷ ground coverage ratio (<see cref="Pv.ArrayGeometry.LandAreaM2"/>);
/// the flowers grown between and under the rows share it and are not counted again.</remarks>
/// <param name="PvM2">Land under the PV rows, flowers under PV included [m²].</param>
/// <param name="GreenhouseM2">Greenhouse floor [m²].</param>
/// <param name="OutdoorFlowersM2">Outdoor flower fields in the open [m²].</param>
/// <param name="OtherM2">Restored land with no modelled use: roads, water, green slopes [m²].</param>
public sealed record ParkLand(double PvM2, double GreenhouseM2, double OutdoorFlowersM2, double OtherM2)
{
    /// <summary>Square metres per hectare [m²/ha].</summary>
    public const double M2PerHa = 10_000;

    /// <summary>All restored land [ha].</summary>
    public double TotalHa => (PvM2 + GreenhouseM2 + OutdoorFlowersM2 + OtherM2) / M2PerHa;

    /// <summary>The restored land of a park design.</summary>
    /// <param name="design">The park.</param>
    public static ParkLand Of(ParkDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        double pv = 0;
        foreach (var plant in design.PvPlants)
            pv += plant.Array.Geometry.LandAreaM2(plant.Array.DcCapacityKw);
        return new ParkLand(pv, design.Greenhouses?.House.FloorAreaM2 ?? 0, design.OutdoorFlowers?.OpenAreaM2 ?? 0,
            design.People.OtherRestoredLandHa * M2PerHa);
    }
}
