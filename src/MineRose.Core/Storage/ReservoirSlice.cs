namespace MineRose.Core.Storage;

/// <summary>One prismatic slice of a reservoir's level–volume table at a stored volume (<see cref="Reservoir.SliceAt"/>).</summary>
/// <param name="LevelM">Water-surface elevation at the volume [m].</param>
/// <param name="LevelPerVolume">dz/dV of the slice [1/m²].</param>
/// <param name="AreaM2">Plan area of the slice, dV/dz [m²].</param>
/// <param name="MomentM4">Volume moment M(V) = ∫₀^V z(v) dv at the volume [m⁴].</param>
/// <param name="BottomVolumeM3">Volume at the slice's bottom [m³] (−∞ for the lowest slice, which extends below the table).</param>
/// <param name="TopVolumeM3">Volume at the slice's top [m³] (+∞ for the highest slice, which extends above the table).</param>
internal readonly record struct ReservoirSlice(
    double LevelM, double LevelPerVolume, double AreaM2, double MomentM4, double BottomVolumeM3, double TopVolumeM3);
