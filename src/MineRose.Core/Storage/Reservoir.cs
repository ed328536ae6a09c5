using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MineRose.Core.Storage;

/// <summary>A reservoir described by its level–volume relation: a surface pond, or the roadways and goaf of old workings.</summary>
/// <remarks>
/// The relation is a table of water-surface elevations z_i [m] and stored volumes V_i [m³], starting at the
/// bottom (V_0 = 0) and strictly increasing; between points the level is linear in volume, i.e. each slice
/// is prismatic with plan area A_i = (V_{i+1} − V_i)/(z_{i+1} − z_i). Elevations share one datum across the
/// plant (MineRose uses the shaft collar, positive up). Water is stored between an operating minimum
/// (intake submergence, sump) and an operating maximum (freeboard).
/// The volume moment M(V) = ∫₀^V z(v) dv [m⁴] is exact on this table (trapezoids); the potential energy of
/// the stored water is ρ·g·M(V), and the mean level of a slice of water between V_a and V_b is
/// (M(V_b) − M(V_a))/(V_b − V_a).
/// </remarks>
public sealed record Reservoir
{
    private readonly double[] levels;
    private readonly double[] volumes;
    private readonly double[] moments;
    // Per slice: dz/dV [1/m²] and its inverse, the plan area [m²], so the hourly lookups multiply instead of divide.
    private readonly double[] levelPerVolume;
    private readonly double[] areas;
    private readonly double inverseCapacity;
    private readonly int[] bucketSegment;
    private readonly double bucketsPerM3;
    // Per slice: the open volume interval (above, below) that Segment maps to it, boundaries included, for SegmentNear.
    private readonly double[] holdsAbove;
    private readonly double[] holdsBelow;

    /// <summary>A reservoir from a level–volume table and its operating range.</summary>
    /// <param name="name">Name used in messages, e.g. "UpperReservoir".</param>
    /// <param name="levelsM">Water-surface elevations [m], strictly increasing, the first one at the bottom.</param>
    /// <param name="volumesM3">Stored volume at each elevation [m³], strictly increasing, the first one 0.</param>
    /// <param name="minimumVolumeM3">Lowest operating volume [m³] (dead storage below the intake).</param>
    /// <param name="maximumVolumeM3">Highest operating volume [m³], at most the last table volume.</param>
    public Reservoir(string name, IEnumerable<double> levelsM, IEnumerable<double> volumesM3, double minimumVolumeM3, double maximumVolumeM3)
    {
        ArgumentNullException.ThrowIfNull(levelsM);
        ArgumentNullException.ThrowIfNull(volumesM3);
        Name = string.IsNullOrWhiteSpace(name) ? "Reservoir" : name;
        levels = [.. levelsM];
        volumes = [.. volumesM3];
        if (levels.Length < 2)
            throw new InvalidInputException(Name + ".LevelsM", Count(levels.Length), "at least 2 points of the level–volume table");
        if (volumes.Length != levels.Length)
            throw new InvalidInputException(Name + ".VolumesM3", Count(volumes.Length), $"as many volumes as levels ({Count(levels.Length)})");
        for (var i = 0; i < levels.Length; i++)
        {
            Guard.Finite(levels[i], $"{Name}.LevelsM[{Count(i)}]");
            Guard.NonNegative(volumes[i], $"{Name}.VolumesM3[{Count(i)}]");
            if (i == 0 && volumes[0] != 0)
                throw new InvalidInputException($"{Name}.VolumesM3[0]", Guard.Format(volumes[0]), "0 (the table starts at the bottom)");
            if (i > 0 && levels[i] <= levels[i - 1])
                throw new InvalidInputException($"{Name}.LevelsM[{Count(i)}]", Guard.Format(levels[i]), $"a level above the previous one ({Guard.Format(levels[i - 1])})");
            if (i > 0 && volumes[i] <= volumes[i - 1])
                throw new InvalidInputException($"{Name}.VolumesM3[{Count(i)}]", Guard.Format(volumes[i]), $"a volume above the previous one ({Guard.Format(volumes[i - 1])})");
        }
        var capacity = volumes[^1];
        MinimumVolumeM3 = Guard.InRange(minimumVolumeM3, 0, capacity, Name + "." + nameof(MinimumVolumeM3));
        MaximumVolumeM3 = Guard.InRange(maximumVolumeM3, 0, capacity, Name + "." + nameof(MaximumVolumeM3));
        if (MaximumVolumeM3 <= MinimumVolumeM3)
            throw new InvalidInputException(Name + "." + nameof(MaximumVolumeM3), Guard.Format(MaximumVolumeM3), $"a volume above the minimum operating volume ({Guard.Format(MinimumVolumeM3)})");
        inverseCapacity = 1.0 / capacity;
        // Segment lookup: for each of 4·n equal volume buckets, the slice that holds the bucket's lower end, so the hourly
        // step starts its walk at most a slice or two from the answer however unevenly the table is spaced in volume.
        var buckets = 4 * (levels.Length - 1);
        bucketSegment = new int[buckets + 1];
        bucketsPerM3 = buckets * inverseCapacity;
        for (int b = 0, i = 0; b <= buckets; b++)
        {
            var v = b / bucketsPerM3;
            while (i < levels.Length - 2 && volumes[i + 1] <= v)
                i++;
            bucketSegment[b] = i;
        }
        moments = new double[levels.Length];
        for (var i = 1; i < levels.Length; i++)
            moments[i] = moments[i - 1] + (volumes[i] - volumes[i - 1]) * 0.5 * (levels[i] + levels[i - 1]);
        levelPerVolume = new double[levels.Length - 1];
        areas = new double[levels.Length - 1];
        for (var i = 0; i < levels.Length - 1; i++)
        {
            levelPerVolume[i] = (levels[i + 1] - levels[i]) / (volumes[i + 1] - volumes[i]);
            areas[i] = (volumes[i + 1] - volumes[i]) / (levels[i + 1] - levels[i]);
        }
        // Segment's partition: slice 0 takes V ≤ V_1, slice i ≥ 1 takes V_i ≤ V < V_{i+1} (V_1 itself excepted), the last one
        // everything above; as open bounds, so that a check costs two comparisons.
        var last = levels.Length - 2;
        holdsAbove = new double[last + 1];
        holdsBelow = new double[last + 1];
        for (var i = 0; i <= last; i++)
        {
            holdsAbove[i] = i == 0 ? double.NegativeInfinity : i == 1 ? volumes[1] : Math.BitDecrement(volumes[i]);
            holdsBelow[i] = i == last ? double.PositiveInfinity : i == 0 ? Math.BitIncrement(volumes[1]) : volumes[i + 1];
        }
        LevelsM = [.. levels];
        VolumesM3 = [.. volumes];
    }

    /// <summary>Name used in messages.</summary>
    public string Name { get; }

    /// <summary>Water-surface elevations of the level–volume table [m].</summary>
    public ImmutableArray<double> LevelsM { get; }

    /// <summary>Stored volumes of the level–volume table [m³].</summary>
    public ImmutableArray<double> VolumesM3 { get; }

    /// <summary>Lowest operating volume [m³].</summary>
    public double MinimumVolumeM3 { get; }

    /// <summary>Highest operating volume [m³].</summary>
    public double MaximumVolumeM3 { get; }

    /// <summary>Volume of the full table [m³].</summary>
    public double CapacityM3 => volumes[^1];

    /// <summary>Operating (active) volume, maximum minus minimum [m³].</summary>
    public double ActiveVolumeM3 => MaximumVolumeM3 - MinimumVolumeM3;

    /// <summary>Elevation of the bottom [m].</summary>
    public double BottomElevationM => levels[0];

    /// <summary>Elevation of the top of the table [m].</summary>
    public double TopElevationM => levels[^1];

    /// <summary>A prismatic (vertical-walled) reservoir such as a tank, a lined pit or a level roadway section.</summary>
    /// <param name="name">Name used in messages.</param>
    /// <param name="bottomElevationM">Bottom elevation [m].</param>
    /// <param name="surfaceAreaM2">Plan area [m²].</param>
    /// <param name="depthM">Total depth [m].</param>
    /// <param name="minimumDepthM">Lowest operating water depth [m].</param>
    /// <param name="maximumDepthM">Highest operating water depth [m]; the full depth when omitted.</param>
    public static Reservoir Prismatic(string name, double bottomElevationM, double surfaceAreaM2, double depthM, double minimumDepthM = 0, double? maximumDepthM = null)
    {
        Guard.Positive(surfaceAreaM2, name + ".SurfaceAreaM2");
        Guard.Positive(depthM, name + ".DepthM");
        var maxDepth = maximumDepthM ?? depthM;
        Guard.InRange(minimumDepthM, 0, depthM, name + ".MinimumDepthM");
        Guard.InRange(maxDepth, 0, depthM, name + ".MaximumDepthM");
        return new Reservoir(name, [bottomElevationM, bottomElevationM + depthM], [0, surfaceAreaM2 * depthM],
            surfaceAreaM2 * minimumDepthM, surfaceAreaM2 * maxDepth);
    }

    /// <summary>A surface pond with a rectangular floor and uniformly sloped banks (a frustum of a pyramid), tabulated in equal depth steps.</summary>
    /// <remarks>Volume at depth h: V(h) = L·W·h + s·(L + W)·h² + (4/3)·s²·h³, the exact frustum volume for a
    /// floor L × W and banks of s horizontal per 1 vertical. The operating depths are added as table points so
    /// that the operating volumes are exact.</remarks>
    /// <param name="name">Name used in messages.</param>
    /// <param name="bottomElevationM">Floor elevation [m].</param>
    /// <param name="floorLengthM">Floor length L [m].</param>
    /// <param name="floorWidthM">Floor width W [m].</param>
    /// <param name="depthM">Depth to the crest [m].</param>
    /// <param name="sideSlope">Bank slope s, horizontal run per unit rise [-].</param>
    /// <param name="minimumDepthM">Lowest operating water depth [m].</param>
    /// <param name="maximumDepthM">Highest operating water depth [m] (crest minus freeboard).</param>
    /// <param name="segments">Number of equal depth steps of the table.</param>
    public static Reservoir SlopedPond(string name, double bottomElevationM, double floorLengthM, double floorWidthM,
        double depthM, double sideSlope, double minimumDepthM, double maximumDepthM, int segments = 40)
    {
        Guard.Finite(bottomElevationM, name + ".BottomElevationM");
        Guard.Positive(floorLengthM, name + ".FloorLengthM");
        Guard.Positive(floorWidthM, name + ".FloorWidthM");
        Guard.Positive(depthM, name + ".DepthM");
        Guard.InRange(sideSlope, 0, 100, name + ".SideSlope");
        Guard.InRange(minimumDepthM, 0, depthM, name + ".MinimumDepthM");
        Guard.InRange(maximumDepthM, 0, depthM, name + ".MaximumDepthM");
        if (segments < 1)
            throw new InvalidInputException(name + ".Segments", Count(segments), "at least 1");
        var depths = new SortedSet<double> { minimumDepthM, maximumDepthM };
        for (var i = 0; i <= segments; i++)
            depths.Add(depthM * i / segments);
        double Volume(double h) => floorLengthM * floorWidthM * h + sideSlope * (floorLengthM + floorWidthM) * h * h
                                   + 4.0 / 3.0 * sideSlope * sideSlope * h * h * h;
        return new Reservoir(name, depths.Select(h => bottomElevationM + h), depths.Select(Volume), Volume(minimumDepthM), Volume(maximumDepthM));
    }

    /// <summary>Water-surface elevation at a stored volume [m]; volumes beyond the table extend its last slice.</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    public double LevelM(double volumeM3)
    {
        var i = Segment(volumeM3);
        return levels[i] + (volumeM3 - volumes[i]) * levelPerVolume[i];
    }

    /// <summary>Stored volume at a water-surface elevation [m³], the inverse of <see cref="LevelM"/>.</summary>
    /// <param name="levelM">Water-surface elevation [m].</param>
    public double VolumeM3(double levelM)
    {
        var hi = Array.BinarySearch(levels, levelM);
        if (hi >= 0)
            return volumes[hi];
        var i = Math.Clamp(~hi - 1, 0, levels.Length - 2);
        return volumes[i] + (levelM - levels[i]) * (volumes[i + 1] - volumes[i]) / (levels[i + 1] - levels[i]);
    }

    /// <summary>Plan area of the water surface at a stored volume [m²] (the slice's dV/dz).</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    public double SurfaceAreaM2(double volumeM3)
    {
        return areas[Segment(volumeM3)];
    }

    /// <summary>Volume moment M(V) = ∫₀^V z(v) dv [m⁴]; ρ·g·M is the potential energy of the stored water relative to the datum.</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    public double VolumeMomentM4(double volumeM3)
    {
        var i = Segment(volumeM3);
        var dv = volumeM3 - volumes[i];
        var z = levels[i] + dv * levelPerVolume[i];
        return moments[i] + dv * 0.5 * (levels[i] + z);
    }

    /// <summary>Mean elevation of the water between two stored volumes [m]: where its mass centre sits.</summary>
    /// <param name="fromVolumeM3">One bound [m³].</param>
    /// <param name="toVolumeM3">The other bound [m³]; equal bounds give the level there.</param>
    public double MeanLevelM(double fromVolumeM3, double toVolumeM3)
    {
        var dv = toVolumeM3 - fromVolumeM3;
        if (Math.Abs(dv) < 1e-9)
            return LevelM(0.5 * (fromVolumeM3 + toVolumeM3));
        return (VolumeMomentM4(toVolumeM3) - VolumeMomentM4(fromVolumeM3)) / dv;
    }

    /// <summary>The slice holding <paramref name="volumeM3"/>, with the level, plan area and volume moment there: one lookup for
    /// what <see cref="LevelM"/>, <see cref="SurfaceAreaM2"/> and <see cref="VolumeMomentM4"/> give (same expressions, same values).</summary>
    /// <remarks>Within the slice the level is linear in volume, z(v) = z + (v − V)·dz/dV, so the mean level of the water between
    /// V and V ± ΔV is z ± ΔV·(dz/dV)/2 exactly while V ± ΔV stays in [<see cref="ReservoirSlice.BottomVolumeM3"/>,
    /// <see cref="ReservoirSlice.TopVolumeM3"/>] (the end slices extend beyond the table, as <see cref="LevelM"/> does).</remarks>
    /// <param name="volumeM3">Stored volume [m³].</param>
    internal ReservoirSlice SliceAt(double volumeM3)
    {
        var slice = -1;
        return SliceNear(volumeM3, ref slice);
    }

    /// <summary><see cref="SliceAt"/> starting from the slice of an earlier lookup (see <see cref="LevelNear(double, ref int)"/>).</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    /// <param name="slice">Index of the slice of an earlier lookup; receives this volume's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReservoirSlice SliceNear(double volumeM3, ref int slice)
    {
        var i = slice = SegmentNear(volumeM3, slice);
        var dv = volumeM3 - volumes[i];
        var z = levels[i] + dv * levelPerVolume[i];
        return new ReservoirSlice(z, levelPerVolume[i], areas[i], moments[i] + dv * 0.5 * (levels[i] + z),
            i == 0 ? double.NegativeInfinity : volumes[i], i == volumes.Length - 2 ? double.PositiveInfinity : volumes[i + 1]);
    }

    /// <summary><see cref="LevelM"/> [m], starting from the slice of an earlier lookup: the same value to the last bit, and no
    /// table search while the volume stays in that slice (the hourly shaft step follows each surface this way, as a hunt
    /// from the last position searches correlated values [295]).</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    /// <param name="slice">Index of the slice of an earlier lookup (any value, e.g. −1, when there is none); receives this volume's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LevelNear(double volumeM3, ref int slice)
    {
        var i = slice = SegmentNear(volumeM3, slice);
        return levels[i] + (volumeM3 - volumes[i]) * levelPerVolume[i];
    }

    /// <summary><see cref="SurfaceAreaM2"/> [m²] from the slice of an earlier lookup (see <see cref="LevelNear(double, ref int)"/>).</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    /// <param name="slice">Index of the slice of an earlier lookup; receives this volume's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double SurfaceAreaNear(double volumeM3, ref int slice) => areas[slice = SegmentNear(volumeM3, slice)];

    /// <summary><see cref="VolumeMomentM4"/> [m⁴] from the slice of an earlier lookup (see <see cref="LevelNear(double, ref int)"/>).</summary>
    /// <param name="volumeM3">Stored volume [m³].</param>
    /// <param name="slice">Index of the slice of an earlier lookup; receives this volume's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double VolumeMomentNear(double volumeM3, ref int slice)
    {
        var i = slice = SegmentNear(volumeM3, slice);
        var dv = volumeM3 - volumes[i];
        var z = levels[i] + dv * levelPerVolume[i];
        return moments[i] + dv * 0.5 * (levels[i] + z);
    }

    /// <summary><see cref="MeanLevelM"/> [m] with the upper bound's slice from an earlier lookup (see <see cref="LevelNear(double, ref int)"/>).</summary>
    /// <param name="fromVolumeM3">Lower bound [m³].</param>
    /// <param name="toVolumeM3">Upper bound [m³].</param>
    /// <param name="slice">Index of the slice of an earlier lookup near <paramref name="toVolumeM3"/>; receives that bound's.</param>
    internal double MeanLevelNear(double fromVolumeM3, double toVolumeM3, ref int slice)
    {
        var dv = toVolumeM3 - fromVolumeM3;
        if (Math.Abs(dv) < 1e-9)
            return LevelNear(0.5 * (fromVolumeM3 + toVolumeM3), ref slice);
        var fromSlice = slice;
        return (VolumeMomentNear(toVolumeM3, ref slice) - VolumeMomentNear(fromVolumeM3, ref fromSlice)) / dv;
    }

    /// <inheritdoc />
    public bool Equals(Reservoir? other) =>
        other is not null && Name == other.Name && MinimumVolumeM3 == other.MinimumVolumeM3 && MaximumVolumeM3 == other.MaximumVolumeM3
        && levels.AsSpan().SequenceEqual(other.levels) && volumes.AsSpan().SequenceEqual(other.volumes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, MinimumVolumeM3, MaximumVolumeM3, levels.Length, volumes[^1], levels[^1]);

    // Index i of the slice [V_i, V_{i+1}] that holds the volume; the end slices extend beyond the table.
    // Starts from the slice of the volume's bucket (see the constructor) and walks: the walk makes the answer exact
    // whatever the start, and the bucket start makes it a step or two, cheaper than a binary search in the hourly step.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Segment(double volumeM3)
    {
        var v = volumes;
        var last = v.Length - 2;
        if (last == 0 || volumeM3 <= v[1])
            return 0;
        if (volumeM3 >= v[last])
            return last;
        var i = bucketSegment[Math.Clamp((int)(volumeM3 * bucketsPerM3), 0, bucketSegment.Length - 1)];
        i = Math.Clamp(i, 1, last - 1);
        while (v[i] > volumeM3)
            i--;
        while (v[i + 1] <= volumeM3)
            i++;
        return i;
    }

    // Segment(volumeM3), trying the slice of an earlier lookup first: the same index whenever that slice holds the volume.
    // Inlined into the hourly lookups (two comparisons); the search itself stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SegmentNear(double volumeM3, int slice) =>
        (uint)slice < (uint)holdsAbove.Length && volumeM3 > holdsAbove[slice] && volumeM3 < holdsBelow[slice] ? slice : Segment(volumeM3);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
