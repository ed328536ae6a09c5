using MineRose.Core.Park;
using MineRose.Optimization.Dispatch;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class ModelReductionTests
{
    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    [InlineData("zichuan-replication.yaml")]
    public void Dropping_the_surplus_slack_where_the_load_is_not_negative_keeps_the_annual_optimum(string file)
    {
        // The dispatch entry (nothing added to the bus rows afterwards) leaves the electric surplus column out where D_t ≥ 0;
        // the sizing entry keeps it on every row. Same year, heat plant and greenhouse store dispatched (the defaults): the
        // optimum must be the same to 1e-6 relative, with one column fewer per such interval.
        var (design, weather) = ShippedScenarioTests.Load(file);
        var options = new DispatchOptions();
        var inputs = DispatchInputs.FromBaseline(ParkSimulator.SimulateYear(design, weather), options);
        using var reduced = DispatchModel.Build(inputs, options);
        var a = reduced.Solve().Report;
        using var full = DispatchModel.Build(new LpModel(options.Solver, options.UseBinaries), inputs, options, DispatchCapacities.Of(inputs));
        var b = full.Solve().Report;

        Assert.Equal("OPTIMAL", a.Status);
        Assert.Equal("OPTIMAL", b.Status);
        Assert.Equal(b.ObjectiveCny, a.ObjectiveCny, Math.Abs(b.ObjectiveCny) * 1e-6);
        int nonNegative = inputs.FixedLoadKw.Count(d => d >= 0);
        Assert.Equal(b.Columns - nonNegative, a.Columns);
    }
}
