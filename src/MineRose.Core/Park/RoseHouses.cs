using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;

namespace MineRose.Core.Park;

/// <summary>The park's rose greenhouses, simulated as one house of the total floor area, with the crop and its labour.</summary>
/// <param name="House">The greenhouse (floor area, cover, set-points, lighting).</param>
/// <param name="Crop">The rose crop model.</param>
/// <param name="HouseType">House type, for labour.</param>
/// <param name="DrainFraction">Share of drip irrigation that drains away [—] (0.2–0.3 in soilless culture).</param>
public sealed record RoseHouses(GreenhouseSpec House, RoseCropSpec Crop, HouseType HouseType, double DrainFraction = 0.25)
{
    /// <summary>Checks every field and returns the houses, or throws naming the bad field.</summary>
    public RoseHouses Validated()
    {
        ArgumentNullException.ThrowIfNull(House);
        ArgumentNullException.ThrowIfNull(Crop);
        House.Validated();
        Crop.Validated();
        Guard.InRange(DrainFraction, 0, 0.9, "drain_fraction");
        return this;
    }
}
