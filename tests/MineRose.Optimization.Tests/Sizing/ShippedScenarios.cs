using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;

namespace MineRose.Optimization.Tests.Sizing;

/// <summary>The shipped scenarios on the built-in synthetic Zibo year (what <c>minerose simulate</c> runs without a weather file).</summary>
internal static class ShippedScenarios
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "scenarios", name);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("shipped scenario not found above the test folder", name);
    }

    public static ParkYear Year(string name)
    {
        var scenario = ScenarioLoader.Load(Path(name));
        Assert.True(scenario.Weather.IsSynthetic, "the shipped scenarios run on the synthetic year");
        var weather = SyntheticYear.Generate(ClimateNormals.Zibo, scenario.Weather.SyntheticSeed);
        return ParkSimulator.SimulateYear(scenario.Design, weather);
    }
}
