namespace MineRose.Core.Pv;

/// <summary>The PV chain's hourly (per-interval) results, in arrays allocated once and reused across runs.</summary>
public sealed class PvHourlySeries
{
    /// <summary>Allocates arrays for <paramref name="count"/> intervals.</summary>
    public PvHourlySeries(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        PoaGlobalWm2 = new double[count];
        PoaBeamWm2 = new double[count];
        EffectiveIrradianceWm2 = new double[count];
        CellTemperatureC = new double[count];
        DcPowerKw = new double[count];
        AcPowerKw = new double[count];
        GroundGlobalWm2 = new double[count];
        GroundParFraction = new double[count];
    }

    /// <summary>Number of intervals.</summary>
    public int Count => AcPowerKw.Length;

    /// <summary>Plane-of-array global irradiance [W/m²].</summary>
    public double[] PoaGlobalWm2 { get; }

    /// <summary>Plane-of-array beam irradiance [W/m²].</summary>
    public double[] PoaBeamWm2 { get; }

    /// <summary>Irradiance that reaches the cells after reflection losses [W/m²].</summary>
    public double[] EffectiveIrradianceWm2 { get; }

    /// <summary>Cell temperature [°C].</summary>
    public double[] CellTemperatureC { get; }

    /// <summary>DC power after DC losses [kW].</summary>
    public double[] DcPowerKw { get; }

    /// <summary>AC power [kW].</summary>
    public double[] AcPowerKw { get; }

    /// <summary>Pitch-averaged irradiance on the ground under the array [W/m²].</summary>
    public double[] GroundGlobalWm2 { get; }

    /// <summary>Ground light (and PAR) as a share of the open field's [—]; 0 at night.</summary>
    public double[] GroundParFraction { get; }
}
