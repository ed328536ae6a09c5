using FsCheck.Xunit;
using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class DispatchPropertyTests
{
    [Property(MaxTest = 60)]
    public bool A_battery_never_raises_the_cost_and_every_plan_closes_the_bus_within_the_state_of_charge_window(int[] raw, int pvRaw)
    {
        // One day of random prices and loads, some PV; a 400 kWh / 200 kW battery with its default efficiencies and window but
        // no self-discharge: with it, a store that must end as full as it began pays to top up what leaked (a real cost).
        var values = raw is { Length: > 0 } ? raw : [1];
        int n = 24;
        double Pick(int k, int lo, int span) => lo + (uint)values[k % values.Length] * 2654435761u % (uint)span;
        var price = Enumerable.Range(0, n).Select(t => Pick(t, 10, 190) / 100.0).ToArray();
        var load = Enumerable.Range(0, n).Select(t => Pick(t + 7, 0, 500)).ToArray();
        double pvKw = (uint)pvRaw % 600u;
        var pv = Enumerable.Range(0, n).Select(t => Math.Max(0, Math.Sin((t - 6) * Math.PI / 12))).ToArray();
        var battery = new BatterySpec { EnergyCapacityKwh = 400, RatedPowerKw = 200, SelfDischargePerMonth = 0 };
        var inputs = new DispatchInputs
        {
            StepHours = 1, PvAcKwPerKwp = pv, PvCapacityKw = pvKw, FixedLoadKw = load,
            ImportPriceCnyPerKwh = price, ExportPriceCnyPerKwh = price.Select(p => 0.5 * p).ToArray(),
            ImportLimitKw = 2000, ExportLimitKw = 2000, Battery = battery, BatteryCapexCnyPerKwh = 900,
        };
        using var model = DispatchModel.Build(inputs, new DispatchOptions());
        var s = model.Solve();
        using var without = DispatchModel.Build(inputs with { Battery = null }, new DispatchOptions());
        var w = without.Solve();

        if (s.Report.Status != "OPTIMAL" || w.Report.Status != "OPTIMAL" || !s.Report.IsClean)
            throw new InvalidOperationException($"{s.Report} {w.Report} {string.Join(";", s.Report.Slack)}");
        // Adding a store (that may stay idle and ends no emptier) can only lower the optimum.
        if (s.Report.ObjectiveCny > w.Report.ObjectiveCny + 1e-6)
            throw new InvalidOperationException($"{s.Report.ObjectiveCny} > {w.Report.ObjectiveCny}");
        for (int t = 0; t < n; t++)
        {
            // PV used + import + battery = load + export on the bus of every interval.
            double residual = s.PvUsedKw[t] + s.GridImportKw[t] + s.BatteryKw[t] - load[t] - s.GridExportKw[t];
            if (Math.Abs(residual) > 1e-6 || s.PvUsedKw[t] > pv[t] * pvKw + 1e-6)
                return false;
            double e = s.BatteryEnergyKwh[t];
            if (e < battery.MinStateOfCharge * 400 - 1e-6 || e > battery.MaxStateOfCharge * 400 + 1e-6)
                return false;
        }
        return true;
    }
}
