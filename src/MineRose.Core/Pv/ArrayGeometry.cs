namespace MineRose.Core.Pv;

/// <summary>The geometry of parallel fixed-tilt rows: orientation, row width, spacing and height above the ground.</summary>
/// <remarks>
/// Rows are taken as infinitely long and the ground as level (the 2-D geometry of [57], [59]); on a slope the
/// pitch should be measured along the ground. Defaults: tilt 30°, facing south, GCR 0.4, a 4.5 m slant width
/// (about two modules in portrait) with its lowest edge 2.1 m above the ground, the clear height DIN SPEC 91434
/// asks of category I (overhead) agrivoltaics so that crops and machines fit under the rows [62].
/// </remarks>
public sealed record ArrayGeometry
{
    /// <summary>Tilt of the modules from horizontal, in [0, 90] [°].</summary>
    public double TiltDeg { get; init; } = 30.0;

    /// <summary>Direction the modules face, clockwise from north (90 east, 180 south), in [0, 360] [°].</summary>
    public double AzimuthDeg { get; init; } = 180.0;

    /// <summary>Ground coverage ratio: collector slant width over row pitch, in (0, 1] [—].</summary>
    public double GroundCoverageRatio { get; init; } = 0.4;

    /// <summary>Slant width of one row of modules, from its lower to its upper edge, in [0.1, 50] [m].</summary>
    public double CollectorWidthM { get; init; } = 4.5;

    /// <summary>Height of the lowest module edge above the ground, in [0, 20] [m].</summary>
    public double ClearanceHeightM { get; init; } = 2.1;

    /// <summary>Fraction of light falling on a row that passes through it to the ground (gaps between modules,
    /// transparent backsheets), in [0, 1] [—]; default 0, opaque rows [57].</summary>
    public double RowTransmittance { get; init; } = 0.0;

    /// <summary>Horizontal distance between corresponding edges of neighbouring rows: width / GCR [m].</summary>
    public double RowPitchM => CollectorWidthM / GroundCoverageRatio;

    /// <summary>Height of the upper module edge above the ground: clearance + width·sin(tilt) [m].</summary>
    public double UpperEdgeHeightM => ClearanceHeightM + CollectorWidthM * Math.Sin(TiltDeg * (Math.PI / 180.0));

    /// <summary>Land occupied by the rows of an array: module area divided by the ground coverage ratio [m²].</summary>
    /// <param name="dcCapacityKw">Nameplate DC capacity at standard test conditions, &gt; 0 [kW].</param>
    /// <param name="moduleEfficiency">Module efficiency at standard test conditions, in (0, 1] [—]; the default 0.21 is
    /// the PVWatts "premium" module [54].</param>
    /// <returns>A_land = P_dc0 / (η·1 kW/m²) / GCR [m²]. Roads, fences and the spacing behind the last row are not included.</returns>
    /// <exception cref="InvalidInputException">When an argument or a field is out of range.</exception>
    public double LandAreaM2(double dcCapacityKw, double moduleEfficiency = 0.21)
    {
        Guard.Positive(dcCapacityKw, "dc_capacity_kw");
        Guard.Efficiency(moduleEfficiency, "module_efficiency");
        Validated();
        // 1 kW of modules at efficiency η covers 1/η m², since STC irradiance is 1 kW/m².
        double moduleAreaM2 = dcCapacityKw / moduleEfficiency;
        return moduleAreaM2 / GroundCoverageRatio;
    }

    /// <summary>Checks every field and returns the geometry, or throws naming the bad field.</summary>
    /// <exception cref="InvalidInputException">When a field is out of range.</exception>
    public ArrayGeometry Validated()
    {
        Guard.InRange(TiltDeg, 0, 90, "tilt_deg");
        Guard.InRange(AzimuthDeg, 0, 360, "azimuth_deg");
        Guard.Efficiency(GroundCoverageRatio, "ground_coverage_ratio");
        Guard.InRange(CollectorWidthM, 0.1, 50, "collector_width_m");
        Guard.InRange(ClearanceHeightM, 0, 20, "clearance_height_m");
        Guard.InRange(RowTransmittance, 0, 1, "row_transmittance");
        return this;
    }
}
