using MineRose.Core;
using MineRose.IO.Scenarios;

namespace MineRose.IO.Tests.Scenarios;

public class ScenarioGradesAndChargesTests
{
    private static string PhaseOne => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "dakuishan-phase1.yaml"));

    private static Scenario LoadWith(string economicsExtra, string tariffExtra = "")
    {
        var text = PhaseOne.Replace("economics:\n", "economics:\n" + economicsExtra, StringComparison.Ordinal);
        if (economicsExtra.Contains("rose_grades", StringComparison.Ordinal))
            text = string.Join('\n', text.Split('\n').Where(line => !line.Contains("rose_price_cny_per_stem: 0.82", StringComparison.Ordinal)));
        if (tariffExtra.Length > 0)
            text = text.Replace("tariff:\n", "tariff:\n" + tariffExtra, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"minerose-grades-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        try
        {
            return ScenarioLoader.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rose_grades_give_the_mean_price_of_their_shares()
    {
        var s = LoadWith("""
              rose_grades:
                - {name: A, share: 0.3, price_cny_per_stem: 1.5}
                - {name: B, share: 0.5, price_cny_per_stem: 0.8}
                - {name: C, share: 0.2, price_cny_per_stem: 0.3}

            """);
        // 0.3·1.5 + 0.5·0.8 + 0.2·0.3 = 0.91 CNY/stem, by hand.
        Assert.Equal(0.91, s.Design.Economics.RoseGrades.MeanPriceCnyPerStem, 1e-12);
        Assert.Equal(3, s.Design.Economics.RoseGrades.Grades.Count);
    }

    [Fact]
    public void Grade_shares_that_do_not_sum_to_one_are_refused()
    {
        var ex = Assert.ThrowsAny<InvalidInputException>(() => LoadWith("""
              rose_grades:
                - {name: A, share: 0.3, price_cny_per_stem: 1.5}
                - {name: B, share: 0.5, price_cny_per_stem: 0.8}

            """));
        Assert.Contains("rose grade shares", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grades_and_a_single_price_together_are_refused()
    {
        var ex = Assert.ThrowsAny<InvalidInputException>(() => LoadWith("  rose_grades:\n    - {name: A, share: 1, price_cny_per_stem: 1}\n  rose_price_cny_per_stem: 0.8\n"));
        Assert.Contains("rose_grades", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capacity_charge_needs_its_contracted_kva()
    {
        var ex = Assert.ThrowsAny<InvalidInputException>(() => LoadWith("", "  capacity_charge_cny_per_kva_month: 20\n"));
        Assert.Contains("contracted_kva", ex.Message, StringComparison.Ordinal);
        var s = LoadWith("", "  capacity_charge_cny_per_kva_month: 20\n  contracted_kva: 3150\n");
        Assert.Equal(3150, s.Design.Tariff.Capacity!.ContractedKva);
    }
}
