using BenchmarkDotNet.Attributes;
using MineRose.Core.Solar;

namespace MineRose.Benchmarks;

/// <summary>Decomposition and transposition over one year of hours (8760), inputs generated deterministically.</summary>
[MemoryDiagnoser]
public class IrradianceBenchmarks
{
    private const int Hours = 8760;
    private readonly double[] _zenithDeg = new double[Hours];
    private readonly double[] _sunAzimuthDeg = new double[Hours];
    private readonly double[] _ghiWm2 = new double[Hours];
    private readonly double[] _dniWm2 = new double[Hours];
    private readonly double[] _dhiWm2 = new double[Hours];
    private readonly double[] _dniExtraWm2 = new double[Hours];
    private readonly double[] _airMass = new double[Hours];
    private readonly double[] _ktPrime = new double[Hours];
    private readonly int[] _dayOfYear = new int[Hours];
    private readonly double[] _outA = new double[Hours];
    private readonly double[] _outB = new double[Hours];

    [GlobalSetup]
    public void Setup()
    {
        // A textbook sun path at 36.7 N (Cooper declination, solar time), Haurwitz clear sky times a seeded cloud factor.
        var random = new Random(20250601);
        double lat = 36.7 * Math.PI / 180;
        for (int i = 0; i < Hours; i++)
        {
            int day = i / 24 + 1;
            double hourAngle = (i % 24 + 0.5 - 12) * 15 * Math.PI / 180;
            double decl = 23.45 * Math.PI / 180 * Math.Sin(2 * Math.PI * (284 + day) / 365);
            double cosZ = Math.Sin(lat) * Math.Sin(decl) + Math.Cos(lat) * Math.Cos(decl) * Math.Cos(hourAngle);
            double zenith = Math.Acos(Math.Clamp(cosZ, -1, 1)) * 180 / Math.PI;
            double sinZ = Math.Sqrt(1 - cosZ * cosZ);
            double cosAz = sinZ > 1e-9 ? (Math.Sin(decl) - Math.Sin(lat) * cosZ) / (Math.Cos(lat) * sinZ) : 1;
            double azimuth = Math.Acos(Math.Clamp(cosAz, -1, 1)) * 180 / Math.PI;
            _zenithDeg[i] = zenith;
            _sunAzimuthDeg[i] = hourAngle > 0 ? 360 - azimuth : azimuth;
            _dayOfYear[i] = day;
            _dniExtraWm2[i] = Extraterrestrial.NormalIrradianceWm2(day);
            _airMass[i] = AirMass.RelativeKastenYoung(zenith);
            _ghiWm2[i] = ClearSky.HaurwitzGhiWm2(zenith) * (0.2 + 0.8 * random.NextDouble());
            var split = Decomposition.Erbs(_ghiWm2[i], zenith, _dniExtraWm2[i]);
            _dniWm2[i] = split.DniWm2;
            _dhiWm2[i] = split.DhiWm2;
            _ktPrime[i] = Decomposition.ClearnessIndexPrime(_ghiWm2[i], zenith, day);
        }
    }

    [Benchmark]
    public double ErbsYear()
    {
        for (int i = 0; i < Hours; i++)
        {
            var d = Decomposition.Erbs(_ghiWm2[i], _zenithDeg[i], _dniExtraWm2[i]);
            _outA[i] = d.DniWm2;
            _outB[i] = d.DhiWm2;
        }
        return _outA[Hours / 2];
    }

    [Benchmark]
    public double DirintYear()
    {
        for (int i = 0; i < Hours; i++)
        {
            double previous = i > 0 ? _ktPrime[i - 1] : double.NaN, next = i < Hours - 1 ? _ktPrime[i + 1] : double.NaN;
            var d = Decomposition.Dirint(_ghiWm2[i], _zenithDeg[i], _dayOfYear[i], 98_900, previous, next);
            _outA[i] = d.DniWm2;
        }
        return _outA[Hours / 2];
    }

    [Benchmark]
    public double PerezYear()
    {
        for (int i = 0; i < Hours; i++)
            _outA[i] = Transposition.Perez(30, 180, _dhiWm2[i], _dniWm2[i], _dniExtraWm2[i], _zenithDeg[i], _sunAzimuthDeg[i], _airMass[i]);
        return _outA[Hours / 2];
    }

    [Benchmark]
    public double PlaneOfArrayPerezYear()
    {
        for (int i = 0; i < Hours; i++)
        {
            var poa = Transposition.PlaneOfArray(SkyDiffuseModel.Perez, 30, 180, _zenithDeg[i], _sunAzimuthDeg[i],
                _dniWm2[i], _ghiWm2[i], _dhiWm2[i], _dniExtraWm2[i], _airMass[i], 0.2);
            _outA[i] = poa.GlobalWm2;
        }
        return _outA[Hours / 2];
    }
}
