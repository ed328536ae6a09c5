using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class MpsExportTests
{
    [Fact]
    public void An_exported_model_reads_back_with_the_same_size_and_optimum()
    {
        var inputs = new DispatchInputs
        {
            StepHours = 0.25,
            PvAcKwPerKwp = Enumerable.Range(0, 96).Select(t => Math.Max(0, Math.Sin((t - 24) * Math.PI / 48))).ToArray(),
            PvCapacityKw = 500,
            FixedLoadKw = Enumerable.Repeat(200.0, 96).ToArray(),
            ImportPriceCnyPerKwh = Enumerable.Range(0, 96).Select(t => t < 32 ? 0.3 : 0.9).ToArray(),
            ExportPriceCnyPerKwh = Enumerable.Repeat(0.2, 96).ToArray(),
            ImportLimitKw = 1000,
            ExportLimitKw = 1000,
            Battery = new BatterySpec { EnergyCapacityKwh = 400, RatedPowerKw = 200 },
            BatteryCapexCnyPerKwh = 900,
            Hydro = ShaftStorageLinearisation.Fit(new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPilot)),
        };
        using var model = DispatchModel.Build(inputs, new DispatchOptions { NameVariables = true, UseBinaries = true });
        string mps = model.Model.ExportMps();
        var report = model.Model.Solve(30);

        var back = new Google.OrTools.ModelBuilder.Model();
        Assert.True(back.ImportFromMpsString(mps));
        Assert.Equal(report.Columns, back.VariablesCount());
        Assert.Equal(report.Rows, back.ConstraintsCount());
        var highs = new Google.OrTools.ModelBuilder.Solver("highs");
        highs.SetTimeLimitInSeconds(30);
        var status = highs.Solve(back);
        Assert.Equal(Google.OrTools.ModelBuilder.SolveStatus.OPTIMAL, status);
        // The same optimum from the file as from the model in memory (MIP gap 1e-4 of the objective).
        Assert.Equal(report.ObjectiveCny, highs.ObjectiveValue, Math.Max(1e-3, 2e-4 * Math.Abs(report.ObjectiveCny)));
    }
}
