namespace MineRose.Core.Greenhouse;

/// <summary>Per-step results of a greenhouse run, one array element per step of the weather grid (whole house unless stated).</summary>
/// <remarks>Arrays are sized once; a series can be reused across runs of the same length, so a run allocates nothing per step.</remarks>
public sealed class GreenhouseSeries
{
    /// <summary>Series of <paramref name="count"/> steps, all zero.</summary>
    /// <param name="count">Number of steps, at least 1.</param>
    public GreenhouseSeries(int count)
    {
        if (count <= 0)
            throw new InvalidInputException("series length", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "a positive number of steps");
        InsideTemperatureC = new double[count];
        InsideRelativeHumidityPercent = new double[count];
        HeatingDemandKw = new double[count];
        CoolingDemandKw = new double[count];
        LightingPowerKw = new double[count];
        VentilationAch = new double[count];
        CanopyParUmolM2s = new double[count];
        TranspirationKgM2H = new double[count];
        InsideCo2Ppm = new double[count];
    }

    /// <summary>Number of steps.</summary>
    public int Count => InsideTemperatureC.Length;

    /// <summary>Inside air temperature at the end of each step [°C].</summary>
    public double[] InsideTemperatureC { get; }

    /// <summary>Inside relative humidity [%].</summary>
    public double[] InsideRelativeHumidityPercent { get; }

    /// <summary>Heat needed to hold the heating set-point [kW].</summary>
    public double[] HeatingDemandKw { get; }

    /// <summary>Heat active cooling must remove to hold the cooling set-point [kW].</summary>
    public double[] CoolingDemandKw { get; }

    /// <summary>Electric power of the lamps [kW].</summary>
    public double[] LightingPowerKw { get; }

    /// <summary>Total air exchange, leakage included [1/h].</summary>
    public double[] VentilationAch { get; }

    /// <summary>PAR photon flux at the canopy, sun and lamps [µmol/(m²·s)].</summary>
    public double[] CanopyParUmolM2s { get; }

    /// <summary>Crop transpiration per m² of floor [kg/(m²·h)].</summary>
    public double[] TranspirationKgM2H { get; }

    /// <summary>CO₂ concentration of the inside air [ppm].</summary>
    public double[] InsideCo2Ppm { get; }
}
