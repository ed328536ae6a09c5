using MineRose.Core.Carbon;
using MineRose.Core.Economics;

namespace MineRose.Core.Park;

/// <summary>A simulated park year evaluated: KPIs, carbon, cash flows, jobs, land, water and the reconciliation with the published figures.</summary>
/// <param name="Year">The simulated year.</param>
/// <param name="Kpis">Key performance indicators, keys as in <c>summary.json</c> (units in the key).</param>
/// <param name="Carbon">The CO₂ balance, each part with its factor.</param>
/// <param name="CashFlow">Cash flows over the project life.</param>
/// <param name="Jobs">Jobs.</param>
/// <param name="Land">Restored land by use.</param>
/// <param name="Water">Mine-water balance.</param>
/// <param name="Heating">Heating cost with the heat plant against the baseline boiler.</param>
/// <param name="Reconciliation">Published headline figures against the model; empty when none were given.</param>
/// <param name="Warnings">The simulator's warnings and the evaluation's own.</param>
public sealed record ParkResult(
    ParkYear Year,
    IReadOnlyList<KpiValue> Kpis,
    CarbonBalance Carbon,
    CashFlowTable CashFlow,
    ParkJobs Jobs,
    ParkLand Land,
    MineWaterBalance Water,
    HeatingCostComparison Heating,
    IReadOnlyList<ReconciliationRow> Reconciliation,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Every simulated operating year, <see cref="Year"/> (year 1) first; one item for a one-year run.</summary>
    public IReadOnlyList<ParkYear> SimulatedYears { get; init; } = [Year];

    /// <summary>The value of a KPI by key; throws naming the key when there is none.</summary>
    /// <param name="key">The KPI key, e.g. <c>pv_ac_mwh</c>.</param>
    public double Kpi(string key)
    {
        foreach (var k in Kpis)
        {
            if (k.Key == key)
                return k.Value;
        }

        throw new InvalidInputException("kpi", key, "one of the keys of ParkResult.Kpis");
    }
}
