using MineRose.Core.Park;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Optimization.Sensitivity;

/// <summary>One-at-a-time sensitivity of a park's NPV and annual profit to its main prices and costs, drawn as a tornado [243].</summary>
/// <remarks>
/// <para>Each parameter p is set to (1 − Δ)·p₀ and (1 + Δ)·p₀ with every other at its base; the bar spans the NPV of the two
/// cases, and the bars are sorted by their swing |NPV(p_high) − NPV(p_low)| [243]. A one-at-a-time tornado shows first-order
/// effects only: interactions between parameters are not captured.</para>
/// <para>Each case is evaluated by <see cref="ParkEvaluation"/>, so the figures come from the same ledger and cash-flow table as
/// the base. Import and export prices reach the simulator (prices in the ledger, the bills), so those cases are simulated
/// again; every other parameter only changes the economics, evaluated again on the base year's ledger
/// (<see cref="SensitivityPerturbation.ReachesSimulator"/>). A carbon price of 0 is moved from 0 to
/// <see cref="SensitivityOptions.CarbonPriceWhenUnpricedCnyPerTonne"/> instead.</para>
/// </remarks>
public static class Tornado
{
    /// <summary>Simulates the design on the weather and analyses it.</summary>
    /// <param name="design">The park.</param>
    /// <param name="weather">The weather year.</param>
    /// <param name="options">Change and parameters, or null for <see cref="SensitivityOptions.Default"/>.</param>
    /// <param name="sun">Sun positions for the site on the weather's grid, or null to compute them once.</param>
    public static TornadoResult OneAtATime(ParkDesign design, WeatherSeries weather, SensitivityOptions? options = null, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        sun ??= Core.Pv.PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        return OneAtATime(ParkSimulator.SimulateYear(design, weather, sun), d => ParkSimulator.SimulateYear(d, weather, sun), options);
    }

    /// <summary>Analyses a simulated year; <paramref name="simulate"/> simulates a changed design when a change reaches the simulator.</summary>
    /// <param name="baseYear">The design's simulated year.</param>
    /// <param name="simulate">Simulates a design on the same weather (used for import and export prices).</param>
    /// <param name="options">Change and parameters, or null for <see cref="SensitivityOptions.Default"/>.</param>
    public static TornadoResult OneAtATime(ParkYear baseYear, Func<ParkDesign, ParkYear> simulate, SensitivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseYear);
        ArgumentNullException.ThrowIfNull(simulate);
        options = (options ?? SensitivityOptions.Default).Validated();
        var design = baseYear.Design;
        var baseResult = ParkEvaluation.Evaluate(baseYear);
        double delta = options.RelativeChange;

        (double Npv, double Profit) Case(ParkDesign changed, bool resimulate)
        {
            var year = resimulate ? simulate(changed) : baseYear with { Design = changed };
            var result = ParkEvaluation.Evaluate(year);
            return (result.CashFlow.NpvCny, result.Kpi("annual_profit_cny"));
        }

        var bars = new List<TornadoBar>(options.Parameters.Count);
        foreach (var parameter in options.Parameters)
        {
            var (value, label, unit) = SensitivityPerturbation.Headline(baseYear, parameter);
            bool resimulate = SensitivityPerturbation.ReachesSimulator(parameter);
            ParkDesign low, high;
            double lowValue, highValue;
            if (parameter == SensitivityParameter.CarbonPrice && value == 0)
            {
                (lowValue, highValue) = (0, options.CarbonPriceWhenUnpricedCnyPerTonne);
                low = design;
                high = SensitivityPerturbation.WithCarbonPrice(design, highValue);
            }
            else
            {
                (lowValue, highValue) = ((1 - delta) * value, (1 + delta) * value);
                low = SensitivityPerturbation.Scaled(design, parameter, 1 - delta);
                high = SensitivityPerturbation.Scaled(design, parameter, 1 + delta);
            }

            var (npvLow, profitLow) = Case(low, resimulate);
            var (npvHigh, profitHigh) = Case(high, resimulate);
            bars.Add(new TornadoBar(parameter, label, unit, value, lowValue, highValue, npvLow, npvHigh, profitLow, profitHigh, resimulate));
        }

        // OrderByDescending is a stable sort: equal swings keep the parameters' order.
        var sorted = bars.OrderByDescending(b => b.NpvSwingCny).ToArray();
        return new TornadoResult(design.Name, delta, baseResult.CashFlow.NpvCny, baseResult.Kpi("annual_profit_cny"), sorted);
    }
}
