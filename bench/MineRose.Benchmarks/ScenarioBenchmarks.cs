using BenchmarkDotNet.Attributes;
using MineRose.IO.Scenarios;

namespace MineRose.Benchmarks;

/// <summary>Loading and validating the phase II scenario file (YAML parse, mapping, record validation).</summary>
[MemoryDiagnoser]
public class ScenarioBenchmarks
{
    private string _path = "";

    /// <summary>Finds the shipped scenario by walking up from the working directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios", "dakuishan-phase2.yaml");
            if (File.Exists(candidate))
            {
                _path = candidate;
                return;
            }
        }
        throw new FileNotFoundException("scenarios/dakuishan-phase2.yaml");
    }

    /// <summary>One load of the phase II scenario.</summary>
    [Benchmark]
    public Scenario LoadPhase2() => ScenarioLoader.Load(_path);
}
