using MineRose.Core.Park;

namespace MineRose.Core.Tests.Park;

public class EvaluationReconciliationTests
{
    [Fact]
    public void Without_published_figures_there_are_no_rows()
    {
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything());
        Assert.Empty(result.Reconciliation);
    }

    [Fact]
    public void Each_published_figure_gets_a_row_with_the_modelled_value_and_an_explanation()
    {
        // The Dakuishan headline figures [FACTS "The Dakuishan park as published"].
        var published = new Dictionary<string, double>
        {
            ["pv_mw"] = 11.3, ["pv_output_gwh"] = 13, ["co2_cut_t"] = 9_400, ["land_restored_ha"] = 40,
            ["profit_cny"] = 60e6, ["jobs"] = 200, ["stems"] = 36e6, ["production_cost_cut"] = 0.5,
        };
        var result = ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything(), published);
        Assert.Equal(8, result.Reconciliation.Count);
        var pv = result.Reconciliation[0];
        Assert.Equal(1.0, pv.Modelled, 12); // 1,000 kWp
        Assert.Equal((1.0 - 11.3) / 11.3, pv.RelativeGap, 12);
        var co2 = result.Reconciliation.Single(r => r.Figure == "CO2 cut");
        Assert.Equal(result.Kpi("co2_avoided_t"), co2.Modelled);
        // Factor needed on the 8 MWh delivered with no heat credit: 9,400/8 = 1175.000 t/MWh, printed in the explanation.
        Assert.Contains("1175.000 t/MWh", co2.Explanation, StringComparison.Ordinal);
        Assert.All(result.Reconciliation, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
        // No heating in a PV-only park: the heating cost cut is undefined.
        Assert.True(double.IsNaN(result.Reconciliation[^1].Modelled));
    }

    [Fact]
    public void An_unknown_published_key_is_refused_by_name()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            ParkEvaluation.Evaluate(EvaluationFixture.PvOnlyExportingEverything(), new Dictionary<string, double> { ["pv_gw"] = 1 }));
        Assert.Contains("pv_gw", ex.Message, StringComparison.Ordinal);
    }
}
