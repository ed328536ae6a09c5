using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MineRose.Core;
using MineRose.Core.Park;
using MineRose.Core.Screening;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Screening;

/// <summary>The optimal-dispatch re-run of a screened mine (<c>minerose screen --optimize-top N</c>): the same park, weather and
/// sun as its rule-based evaluation (<see cref="MineSetup"/>), planned by <see cref="OptimalDispatch.RollingHorizon"/> with the
/// dispatch's own defaults (48 h window every 24 h, perfect forecasts, LP relaxation on HiGHS [220], [221], [224]), replayed
/// by the park simulator, re-checked and evaluated by <see cref="ParkEvaluation"/>.</summary>
/// <remarks>Stored KPIs beyond those of <see cref="ParkEvaluation"/> (absent where the park has no such storage):
/// <c>battery_cycles</c>, <c>pumped_hydro_cycles</c> (optimal year), <c>rule_based_battery_cycles</c>,
/// <c>rule_based_pumped_hydro_cycles</c>, <c>rule_based_net_energy_cost_cny</c> (the rule-based year the plan started from), and
/// the replay check: <c>replay_residual_max_kw</c>, <c>battery_departure_kwh</c>, <c>hydro_departure_kwh</c>. A park
/// without storage has nothing to dispatch: its optimal year is its rule-based year (flagged, not solved). A replay that
/// fails its check, or a solve without a plan, is a failure with its reason, never a result.</remarks>
public static class OptimalScreening
{
    /// <summary>The strategy as the outputs name it.</summary>
    public const string Strategy = "rolling 48 h window every 24 h, perfect forecasts, LP relaxation (HiGHS)";

    /// <summary>The key under which a mine's optimal re-run is stored: SHA-256 of the rule-based design hash and
    /// <see cref="Strategy"/>, so it never collides with the rule-based record and a resumed run finds it.</summary>
    /// <param name="ruleBasedDesignHash">The run's design hash (rule-based).</param>
    public static string DesignHash(string ruleBasedDesignHash)
    {
        ArgumentNullException.ThrowIfNull(ruleBasedDesignHash);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("optimal dispatch\n" + Strategy + "\n" + ruleBasedDesignHash + "\n"));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Re-runs one mine with optimal dispatch.</summary>
    /// <param name="setup">The mine's setup, from the evaluator that screened it.</param>
    /// <returns>The mine's result under optimal dispatch; not evaluated (with a reason) when the mine has no park or the
    /// dispatch failed.</returns>
    public static MineScreeningResult Evaluate(MineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (!setup.CanSimulate)
            return setup.Result;
        var design = setup.Design!;
        var flags = new List<string>(setup.Result.Flags);
        try
        {
            if (design.Battery is null && design.PumpedHydro is null)
            {
                var year = ParkSimulator.SimulateYear(design, setup.Weather!, setup.Sun);
                var same = ParkEvaluation.Evaluate(year);
                flags.Add("optimal dispatch: no storage to dispatch, the optimal year is the rule-based year");
                var kpis = Kpis(same);
                kpis["rule_based_net_energy_cost_cny"] = year.Bill.NetCostCny;
                return setup.Result with { Evaluated = true, Kpis = kpis, Flags = flags };
            }
            var run = OptimalDispatch.RollingHorizon(design, setup.Weather!, new DispatchOptions().Validated(), new RollingHorizonOptions().Validated(), setup.Sun);
            var check = run.Check;
            if (!check.Passed)
            {
                return setup.Result with
                {
                    FailureReason = string.Create(CultureInfo.InvariantCulture,
                        $"optimal dispatch: the replay failed its check (max residual {check.BalanceResidualMaxKw:G3} kW, battery within bounds {check.BatteryWithinBounds}, reservoirs within bounds {check.ReservoirsWithinBounds})"),
                    Flags = flags,
                };
            }
            var ruleBased = ParkEvaluation.Evaluate(run.RuleBased);
            var optimal = ParkEvaluation.Evaluate(run.Optimal);
            var values = Kpis(optimal);
            foreach (var row in StrategyComparison.Rows(ruleBased, optimal))
            {
                if (row.Key is "battery_cycles" or "pumped_hydro_cycles")
                {
                    values[row.Key] = row.Optimal;
                    values["rule_based_" + row.Key] = row.RuleBased;
                }
            }
            values["rule_based_net_energy_cost_cny"] = run.RuleBased.Bill.NetCostCny;
            values["replay_residual_max_kw"] = check.BalanceResidualMaxKw;
            values["battery_departure_kwh"] = check.BatteryDepartureKwh;
            values["hydro_departure_kwh"] = check.HydroDepartureKwh;
            flags.Add("optimal dispatch: " + run.Mode + ", replay check passed");
            return setup.Result with { Evaluated = true, Kpis = values, Flags = flags };
        }
        catch (InvalidInputException e)
        {
            return setup.Result with { FailureReason = "optimal dispatch: invalid design or weather: " + e.Message, Flags = flags };
        }
        catch (InvalidOperationException e)
        {
            // The dispatch solve returned no plan (OptimalDispatch.RequirePlan).
            return setup.Result with { FailureReason = "optimal dispatch: " + e.Message, Flags = flags };
        }
    }

    private static Dictionary<string, double> Kpis(ParkResult evaluation)
    {
        var kpis = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var k in evaluation.Kpis)
            kpis[k.Key] = k.Value;
        return kpis;
    }
}
