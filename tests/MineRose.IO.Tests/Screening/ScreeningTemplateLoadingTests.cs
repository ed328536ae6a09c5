using MineRose.Core.Screening;
using MineRose.IO.Scenarios;

namespace MineRose.IO.Tests.Screening;

/// <summary>The shipped screening template loads with its rules; a misspelt rule is an error naming it.</summary>
public sealed class ScreeningTemplateLoadingTests
{
    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "scenarios", "screening", "template.yaml");

    [Fact]
    public void The_shipped_template_loads_with_the_rules_it_states()
    {
        var t = ScenarioLoader.Load(Shipped);
        var rules = Assert.IsType<ScreeningTemplate>(t.Screening);
        Assert.Equal(0.05, rules.LandShareOfLease);
        Assert.Equal(600, rules.MaxHeadM);
        Assert.Equal(20_000, rules.UndergroundVolumeM3);
        Assert.Equal(0.115, rules.HeatingDesignKwPerM2);
        Assert.True(rules.ShaftStorage);
        Assert.Equal(0.4, t.Design.PvPlants[0].Array.Geometry.GroundCoverageRatio);
        // An ordinary scenario has no rules.
        Assert.Null(ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "dakuishan-phase1.yaml")).Screening);
    }

    [Fact]
    public void A_misspelt_rule_is_refused_with_its_key_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"minerose-template-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Shipped).Replace("  max_land_ha: 100", "  max_land_hectares: 100", StringComparison.Ordinal));
        try
        {
            var e = Assert.Throws<InputFileException>(() => ScenarioLoader.Load(path));
            Assert.Contains("screening.max_land_hectares", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
