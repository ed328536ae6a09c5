using BenchmarkDotNet.Attributes;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The synthetic typical year: one hourly year from the Zibo normals (sun path, Aguiar days, TAG hours, Erbs split,
/// temperature, humidity, wind), the normals moved to another site, and the pieces on their own.</summary>
[MemoryDiagnoser]
public class SyntheticYearBenchmarks
{
    private static readonly Site Datong = new("Datong (Shanxi)", 40.1, 113.3, 1050, 8);
    private readonly double[] dailyKt = new double[31];
    private readonly double[] scratch = new double[31];
    private readonly double[] sinElevation = new double[24];
    private readonly double[] ktMax = new double[24];
    private readonly double[] hourlyKt = new double[24];
    private Xoshiro256StarStar random = new(1);

    [GlobalSetup]
    public void Setup()
    {
        for (var h = 0; h < 24; h++)
        {
            sinElevation[h] = Math.Max(0, 0.9 * Math.Sin(Math.PI * (h + 0.5 - 6) / 12));
            ktMax[h] = 0.8;
        }
    }

    /// <summary>A whole hourly year from the Zibo normals, seed 1.</summary>
    [Benchmark]
    public WeatherSeries GenerateZiboYear() => SyntheticYear.Generate(ClimateNormals.Zibo, 1);

    /// <summary>The Zibo normals moved to another site (two sun paths over a year).</summary>
    [Benchmark]
    public MonthlyClimateNormals MoveNormals() => SyntheticYear.SameClimateAt(ClimateNormals.Zibo, Datong);

    /// <summary>One month of daily clearness indices matched to its mean (Aguiar matrices).</summary>
    [Benchmark]
    public double MatchedMonthOfDays()
    {
        DailyClearnessSequence.MatchedMonth(0.55, 0.5, dailyKt, scratch, ref random);
        return dailyKt[30];
    }

    /// <summary>The hours of one day by the TAG model.</summary>
    [Benchmark]
    public double TagDay()
    {
        HourlyClearnessTag.Day(0.55, sinElevation, ktMax, hourlyKt, ref random);
        return hourlyKt[12];
    }
}
