using BenchmarkDotNet.Attributes;
using MineRose.Core.Pv;

namespace MineRose.Benchmarks;

/// <summary>The PV plant models over one year of hours, and the per-geometry view-factor set-up.</summary>
/// <remarks>Inputs are a synthetic but plausible year (a clear-sky-like daily arc, seasonal temperature); the cost
/// of the models does not depend on the values. Every loop writes into arrays sized once in the set-up.</remarks>
[MemoryDiagnoser]
public class PvModelBenchmarks
{
    private const int Hours = 8760;
    private readonly double[] _poaWm2 = new double[Hours];
    private readonly double[] _airC = new double[Hours];
    private readonly double[] _windMs = new double[Hours];
    private readonly double[] _zenithDeg = new double[Hours];
    private readonly double[] _azimuthDeg = new double[Hours];
    private readonly double[] _cosZenith = new double[Hours];
    private readonly double[] _cosIncidence = new double[Hours];
    private readonly double[] _dniWm2 = new double[Hours];
    private readonly double[] _dhiWm2 = new double[Hours];
    private readonly double[] _acKw = new double[Hours];
    private readonly double[] _groundWm2 = new double[Hours];
    private readonly PvArraySpec _spec = new PvArraySpec { DcCapacityKw = 2600 }.Validated();
    private GroundViewFactors _viewFactors = null!;

    [GlobalSetup]
    public void Setup()
    {
        _viewFactors = GroundViewFactors.For(_spec.Geometry);
        for (int h = 0; h < Hours; h++)
        {
            double day = h / 24.0, hourOfDay = h % 24;
            double elevation = Math.Max(-10, 60 * Math.Sin(Math.PI * (hourOfDay - 6) / 12) - 20 * Math.Cos(2 * Math.PI * day / 365));
            _zenithDeg[h] = 90 - elevation;
            _azimuthDeg[h] = 90 + 180 * (hourOfDay - 6) / 12;
            _cosZenith[h] = Math.Cos(_zenithDeg[h] * Math.PI / 180);
            _cosIncidence[h] = Math.Cos((_zenithDeg[h] - 30) * Math.PI / 180);
            _dniWm2[h] = elevation > 0 ? 800 * Math.Sin(elevation * Math.PI / 180) : 0;
            _dhiWm2[h] = elevation > 0 ? 120 : 0;
            _poaWm2[h] = elevation > 0 ? Math.Max(0, _dniWm2[h] * _cosIncidence[h]) + _dhiWm2[h] : 0;
            _airC[h] = 14 - 13 * Math.Cos(2 * Math.PI * (day - 15) / 365) + 4 * Math.Sin(Math.PI * (hourOfDay - 9) / 12);
            _windMs[h] = 2 + (h % 7) * 0.3;
        }
    }

    /// <summary>POA → Faiman cell temperature → PVWatts DC → losses → PVWatts inverter, one year.</summary>
    [Benchmark]
    public double FaimanDcLossesInverterYear()
    {
        var s = _spec;
        double remaining = s.Losses.RemainingFraction, acRating = s.AcRatingKw, total = 0;
        for (int h = 0; h < Hours; h++)
        {
            double cellC = CellTemperature.Faiman(_poaWm2[h], _airC[h], _windMs[h], s.FaimanU0, s.FaimanU1);
            double dcKw = PvWatts.DcPowerKw(_poaWm2[h], cellC, s.DcCapacityKw, s.TemperatureCoefficientPerC) * remaining;
            double acKw = PvWattsInverter.AcPowerKw(dcKw, acRating, s.InverterNominalEfficiency);
            _acKw[h] = acKw;
            total += acKw;
        }
        return total;
    }

    /// <summary>SAPM cell temperature (one exp per hour), one year.</summary>
    [Benchmark]
    public double SapmCellTemperatureYear()
    {
        var p = SapmTemperatureParameters.OpenRackGlassGlass;
        double total = 0;
        for (int h = 0; h < Hours; h++)
        {
            double cellC = CellTemperature.Sapm(_poaWm2[h], _airC[h], _windMs[h], p);
            _groundWm2[h] = cellC;
            total += cellC;
        }
        return total;
    }

    /// <summary>Ground light from sun angles (three trigonometric calls per hour), one year.</summary>
    [Benchmark]
    public double GroundLightFromAnglesYear()
    {
        double total = 0;
        for (int h = 0; h < Hours; h++)
        {
            var light = AgrivoltaicLight.GroundIrradiance(_viewFactors, _zenithDeg[h], _azimuthDeg[h], _dniWm2[h], _dhiWm2[h]);
            _groundWm2[h] = light.GroundGlobalWm2;
            total += light.GroundGlobalWm2;
        }
        return total;
    }

    /// <summary>Ground light from the cosines the PV chain already has, one year.</summary>
    [Benchmark]
    public double GroundLightFromCosinesYear()
    {
        double total = 0;
        for (int h = 0; h < Hours; h++)
        {
            var light = AgrivoltaicLight.GroundIrradianceFromCosines(_viewFactors, _cosZenith[h], _cosIncidence[h], _dniWm2[h], _dhiWm2[h]);
            _groundWm2[h] = light.GroundGlobalWm2;
            total += light.GroundGlobalWm2;
        }
        return total;
    }

    /// <summary>View factors of the default tilted geometry (exact pitch average), once per geometry.</summary>
    [Benchmark]
    public double ViewFactorsTiltedRows() => GroundViewFactors.For(_spec.Geometry).SkyViewFactor;

    /// <summary>Sky view factor at one ground point of flat rows: the slowest case of the row series.</summary>
    [Benchmark]
    public double SkyViewFactorAtOnePointOfFlatRows() =>
        GroundViewFactors.For(_spec.Geometry with { TiltDeg = 0 }).SkyViewFactorAt(1.0);
}
