using System.Globalization;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Storage;
using MineRose.Core.Weather;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Optimal dispatch of a park year: plan with the dispatch LP/MILP (perfect foresight over the year, or a rolling
/// horizon with perfect or persistence forecasts), then replay the plan in the park simulator and re-check it.</summary>
/// <remarks>
/// <para>Order: (1) the simulator runs the design's rule-based year, which gives the PV chain's output and the loads that
/// storage does not change; (2) the dispatch model plans the storage against them; (3) the simulator replays the storage
/// powers, the greenhouse set-point offsets and the lamp hours (<see cref="ParkSimulator.SimulateYear(ParkDesign, WeatherSeries, DispatchPlan, SunPath?)"/>), so every KPI comes
/// out of the same ledger; (4) <see cref="Check"/> verifies bounds and balance and measures where the simulator departed
/// from the plan. A year planned at once is replayed through <see cref="Tracking"/>, which keeps the real plant on the planned
/// water content.</para>
/// <para>Rolling horizon [224]: windows of <see cref="RollingHorizonOptions.WindowHours"/> start every
/// <see cref="RollingHorizonOptions.ReplanHours"/>; each keeps its first replan hours and hands its planned end states on.
/// The shaft storage is re-linearised at each window's starting fill. With persistence forecasts [225] a window sees PV and
/// load repeating the last observed day (the first day, with nothing observed yet, sees the actual values); storage powers
/// are what is committed, and the grid takes the forecast error in the replay.</para>
/// </remarks>
public static class OptimalDispatch
{
    /// <summary>Plans the whole year at once (perfect foresight) and replays it.</summary>
    /// <param name="design">The park.</param>
    /// <param name="weather">Weather on the simulation grid.</param>
    /// <param name="options">Solver and prices.</param>
    /// <param name="sun">Sun path, or null to compute it.</param>
    public static OptimalDispatchResult PerfectForesight(ParkDesign design, WeatherSeries weather, DispatchOptions options, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(options);
        sun ??= PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        var ruleBased = ParkSimulator.SimulateYear(design, weather, sun);
        var inputs = DispatchInputs.FromBaseline(ruleBased, options);
        var solution = Solve(inputs, options);
        string mode = string.Create(CultureInfo.InvariantCulture, $"perfect foresight, {inputs.Count * inputs.StepHours:0} h");
        if (!solution.Report.HasPlan && options.UseBinaries)
        {
            // A year of binaries may not even reach a feasible point in the time limit; the LP relaxation always does.
            mode += string.Create(CultureInfo.InvariantCulture,
                $", LP relaxation (the MILP found no plan in {options.TimeLimitSeconds:0.#} s: {solution.Report.Status})");
            solution = Solve(inputs, options with { UseBinaries = false });
        }
        else
        {
            mode += options.UseBinaries ? ", MILP" : ", LP relaxation";
        }
        RequirePlan(solution.Report);
        var optimal = ParkSimulator.SimulateYear(design, weather, Tracking(inputs, solution), sun);
        return new OptimalDispatchResult(mode, ruleBased, solution, optimal, Check(inputs, solution, optimal), inputs.Hydro);
    }

    /// <summary>Plans window by window (rolling horizon) and replays the joined plan.</summary>
    /// <param name="design">The park.</param>
    /// <param name="weather">Weather on the simulation grid.</param>
    /// <param name="options">Solver and prices.</param>
    /// <param name="rolling">Window, re-plan step and forecast.</param>
    /// <param name="sun">Sun path, or null to compute it.</param>
    public static OptimalDispatchResult RollingHorizon(ParkDesign design, WeatherSeries weather, DispatchOptions options,
        RollingHorizonOptions rolling, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rolling);
        rolling.Validated();
        sun ??= PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        var ruleBased = ParkSimulator.SimulateYear(design, weather, sun);
        var actual = DispatchInputs.FromBaseline(ruleBased, options);
        var solution = PlanRolling(actual, options, rolling);
        var optimal = ParkSimulator.SimulateYear(design, weather, solution.ToPlan(), sun);
        string mode = string.Create(CultureInfo.InvariantCulture,
            $"rolling {rolling.WindowHours:0.##} h window every {rolling.ReplanHours:0.##} h, {rolling.Forecast.ToString().ToLowerInvariant()} forecast, {(options.UseBinaries ? "MILP" : "LP relaxation")}");
        return new OptimalDispatchResult(mode, ruleBased, solution, optimal, Check(actual, solution, optimal), actual.Hydro);
    }

    /// <summary>Plans a rolling horizon over inputs that hold the actual PV and load; the windows' kept parts joined.</summary>
    /// <param name="actual">Inputs over the whole horizon, with the actual PV and load.</param>
    /// <param name="options">Solver and prices.</param>
    /// <param name="rolling">Window, re-plan step and forecast.</param>
    public static DispatchSolution PlanRolling(DispatchInputs actual, DispatchOptions options, RollingHorizonOptions rolling)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rolling);
        actual.Validated();
        rolling.Validated();
        int n = actual.Count;
        double dt = actual.StepHours;
        int window = Math.Max(1, (int)Math.Round(rolling.WindowHours / dt));
        int keep = Math.Clamp((int)Math.Round(rolling.ReplanHours / dt), 1, window);
        int day = Math.Max(1, (int)Math.Round(24 / dt));
        var imp = new double[n];
        var exp = new double[n];
        var pv = new double[n];
        double[] bKw = actual.Battery is null ? [] : new double[n], bKwh = actual.Battery is null ? [] : new double[n];
        double[] hKw = actual.Hydro is null ? [] : new double[n], up = actual.Hydro is null ? [] : new double[n], low = actual.Hydro is null ? [] : new double[n];
        double[] offset = actual.Greenhouse is null ? [] : new double[n];
        double[] heatKw = actual.Heat is null ? [] : new double[n], boilerKw = actual.Heat is null ? [] : new double[n], heatElectricKw = actual.Heat is null ? [] : new double[n];
        double[] lightingKw = actual.Lighting is null ? [] : new double[n];
        double theta = actual.Greenhouse?.InitialOffsetK ?? 0, mu = actual.Greenhouse?.InitialMassOffsetK ?? 0;
        var reports = new List<SolveReport>();
        double batteryFraction = actual.BatteryInitialFraction, fill = actual.HydroInitialFill;
        // The real stores, stepped through each kept plan exactly as the simulator will: the next window starts from where
        // the plant really is, not where the linear model thought it would be (feedback against linearisation drift).
        var battery = actual.Battery is { } bs ? new Battery(bs) : null;
        var batteryState = battery?.InitialState(batteryFraction) ?? default;
        var plant = actual.HydroSpec is { } hs ? new ShaftPumpedHydro(hs) : null;
        var plantState = plant?.StateAtFill(fill) ?? default;
        for (int start = 0; start < n; start += keep)
        {
            int count = Math.Min(window, n - start);
            int kept = Math.Min(keep, count);
            var inputs = actual.Window(start, count, batteryFraction, fill, theta, mu);
            if (rolling.Forecast == ForecastKind.Persistence && start >= day)
                inputs = Persistence(actual, inputs, start, day);
            var s = Solve(inputs, options);
            if (!s.Report.HasPlan && options.UseBinaries)
                s = Solve(inputs, options with { UseBinaries = false });
            RequirePlan(s.Report);
            reports.Add(s.Report);
            s.GridImportKw.AsSpan(0, kept).CopyTo(imp.AsSpan(start));
            s.GridExportKw.AsSpan(0, kept).CopyTo(exp.AsSpan(start));
            s.PvUsedKw.AsSpan(0, kept).CopyTo(pv.AsSpan(start));
            if (actual.Greenhouse is not null)
            {
                s.HeatingSetPointOffsetK.AsSpan(0, kept).CopyTo(offset.AsSpan(start));
                theta = s.HeatingSetPointOffsetK[kept - 1];
                if (s.GreenhouseMassOffsetK.Length > 0)
                    mu = s.GreenhouseMassOffsetK[kept - 1];
            }
            if (actual.Heat is not null)
            {
                s.HeatPumpHeatKw.AsSpan(0, kept).CopyTo(heatKw.AsSpan(start));
                s.BoilerHeatKw.AsSpan(0, kept).CopyTo(boilerKw.AsSpan(start));
                s.HeatPlantElectricityKw.AsSpan(0, kept).CopyTo(heatElectricKw.AsSpan(start));
            }
            if (actual.Lighting is not null)
                s.LightingKw.AsSpan(0, kept).CopyTo(lightingKw.AsSpan(start));
            if (actual.Battery is not null)
            {
                s.BatteryKw.AsSpan(0, kept).CopyTo(bKw.AsSpan(start));
                s.BatteryEnergyKwh.AsSpan(0, kept).CopyTo(bKwh.AsSpan(start));
                batteryFraction = s.BatteryEnergyKwh[kept - 1] / actual.Battery.EnergyCapacityKwh;
                if (battery is not null)
                {
                    for (int t = 0; t < kept; t++)
                        batteryState = battery.Step(batteryState, s.BatteryKw[t], dt).State;
                    batteryFraction = batteryState.StoredEnergyKwh / actual.Battery.EnergyCapacityKwh;
                }
            }
            if (actual.Hydro is { } hydro)
            {
                s.PumpedHydroKw.AsSpan(0, kept).CopyTo(hKw.AsSpan(start));
                s.UpperReservoirVolumeM3.AsSpan(0, kept).CopyTo(up.AsSpan(start));
                s.LowerReservoirVolumeM3.AsSpan(0, kept).CopyTo(low.AsSpan(start));
                fill = (s.UpperReservoirVolumeM3[kept - 1] - hydro.UpperMinimumVolumeM3) / hydro.ActiveVolumeM3;
                if (plant is not null)
                {
                    for (int t = 0; t < kept; t++)
                        plantState = plant.Step(plantState, s.PumpedHydroKw[t], dt).State;
                    fill = (plantState.UpperVolumeM3 - hydro.UpperMinimumVolumeM3) / hydro.ActiveVolumeM3;
                }
            }
        }
        return new DispatchSolution(SolveReport.Combine(reports, KeptCostCny(actual, options, imp, exp, bKw, hKw, boilerKw)), dt, imp, exp, pv, bKw, bKwh, hKw, up, low)
        {
            HeatingSetPointOffsetK = offset,
            HeatPumpHeatKw = heatKw,
            BoilerHeatKw = boilerKw,
            HeatPlantElectricityKw = heatElectricKw,
            LightingKw = lightingKw,
            // Whole lamp intervals per local day over the joined plan: a day cut between two windows keeps its energy here.
            LampsOn = actual.Lighting is { } lamps ? LampSchedule.WholeIntervals(lamps, lightingKw) : [],
        };
    }

    /// <summary>The plan as the simulator is asked to run it over a whole year planned at once: the shaft storage follows the
    /// planned water content, each request corrected by the drift of the real plant (stepped exactly as the simulator will)
    /// from the planned content, so whole-pump rounding, start-ups and the held head do not drain the pond before the peaks.</summary>
    /// <remarks>P_req,t = P_plan,t + (W_real,t−1 − W_plan,t−1)·e_g/Δt (positive: generate more, pump less), within the ratings.
    /// The battery's plan is passed unchanged (its model departs from the LP only by fade).</remarks>
    /// <param name="inputs">The inputs planned on.</param>
    /// <param name="plan">The year's plan.</param>
    public static DispatchPlan Tracking(DispatchInputs inputs, DispatchSolution plan)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(plan);
        if (inputs.HydroSpec is not { } spec || inputs.Hydro is not { } lin || plan.PumpedHydroKw.Length == 0)
            return plan.ToPlan();
        var plant = new ShaftPumpedHydro(spec);
        var state = plant.StateAtFill(inputs.HydroInitialFill);
        int n = plan.PumpedHydroKw.Length;
        double dt = inputs.StepHours;
        double eg = lin.GenerateKwhPerM3(inputs.HydroLinearisationFill);
        double plannedUpper = lin.UpperMinimumVolumeM3 + inputs.HydroInitialFill * lin.ActiveVolumeM3;
        var requests = new double[n];
        for (int t = 0; t < n; t++)
        {
            double driftM3 = state.UpperVolumeM3 - plannedUpper;
            double request = Math.Clamp(plan.PumpedHydroKw[t] + driftM3 * eg / dt, -lin.RatedPumpingKw, lin.RatedGeneratingKw);
            // Never turn an idle interval of the plan into a start-up for a trickle of drift.
            if (plan.PumpedHydroKw[t] == 0 && Math.Abs(request) < lin.MinimumGeneratingKw)
                request = 0;
            requests[t] = request;
            state = plant.Step(state, request, dt).State;
            plannedUpper = plan.UpperReservoirVolumeM3[t];
        }
        return new DispatchPlan(plan.BatteryKw, requests) { HeatingSetPointOffsetK = plan.HeatingSetPointOffsetK, LampsOn = plan.LampsOn };
    }

    // The objective's energy, CO₂, wear and boiler-fuel terms over the joined plan (slack excluded: it is reported apart).
    private static double KeptCostCny(DispatchInputs inputs, DispatchOptions options, double[] imp, double[] exp, double[] batteryKw, double[] hydroKw, double[] boilerKw)
    {
        double dt = inputs.StepHours;
        double co2 = options.Co2PriceCnyPerTonne * inputs.GridCo2KgPerKwh / 1000.0;
        double batteryWear = inputs.Battery is { } b ? options.BatteryWearCnyPerKwh ?? BatteryConstraints.WearCnyPerKwh(b, inputs.BatteryCapexCnyPerKwh) : 0;
        double cost = 0;
        for (int t = 0; t < imp.Length; t++)
        {
            double exportPrice = inputs.ExportPriceCnyPerKwh[t];
            if (exportPrice > inputs.ImportPriceCnyPerKwh[t] && !options.UseBinaries)
                exportPrice = inputs.ImportPriceCnyPerKwh[t];
            cost += (imp[t] * (inputs.ImportPriceCnyPerKwh[t] + co2) - exp[t] * exportPrice) * dt;
            if (batteryKw.Length > 0)
                cost += batteryWear * Math.Abs(batteryKw[t]) * dt;
            if (hydroKw.Length > 0)
                cost += options.HydroWearCnyPerKwh * Math.Abs(hydroKw[t]) * dt;
            if (boilerKw.Length > 0)
                cost += inputs.Heat!.BoilerCnyPerKwh * boilerKw[t] * dt;
        }
        return cost;
    }

    private static DispatchSolution Solve(DispatchInputs inputs, DispatchOptions options)
    {
        using var model = DispatchModel.Build(inputs, options);
        return model.Solve();
    }

    /// <summary>Re-checks a replayed year against its plan: bounds, balance, departures, cost.</summary>
    /// <param name="inputs">The inputs planned on (actual PV and load).</param>
    /// <param name="plan">The plan.</param>
    /// <param name="replayed">The simulator's year replaying the plan.</param>
    public static ReplayCheck Check(DispatchInputs inputs, DispatchSolution plan, ParkYear replayed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(replayed);
        var l = replayed.Ledger;
        var d = replayed.Design;
        int n = l.Grid.Count;
        double dt = l.Grid.StepHours;
        double residual = 0, bPlanned = 0, bDeparture = 0, hPlanned = 0, hDeparture = 0, planned = 0, actualCost = 0;
        int hIntervals = 0;
        bool batteryOk = true, reservoirsOk = true;
        double hydroRatedKw = inputs.Hydro?.RatedGeneratingKw ?? 0;
        for (int i = 0; i < n; i++)
        {
            residual = Math.Max(residual, Math.Abs(l.ElectricResidualKw[i]));
            planned += (plan.GridImportKw[i] * inputs.ImportPriceCnyPerKwh[i] - plan.GridExportKw[i] * inputs.ExportPriceCnyPerKwh[i]) * dt;
            actualCost += (l.GridImportKw[i] * l.ImportPriceCnyPerKwh[i] - l.GridExportKw[i] * l.ExportPriceCnyPerKwh[i]) * dt;
            if (d.Battery is { } b && plan.BatteryKw.Length == n)
            {
                double soc = l.BatteryStateOfCharge[i];
                // State of charge is over the faded capacity, which shrinks after a charge is admitted: 1e-4 of slack.
                batteryOk &= soc >= b.MinStateOfCharge - 1e-4 && soc <= b.MaxStateOfCharge + 1e-4;
                bPlanned += Math.Abs(plan.BatteryKw[i]) * dt;
                bDeparture += Math.Abs(l.BatteryDischargeKw[i] - l.BatteryChargeKw[i] - plan.BatteryKw[i]) * dt;
            }
            if (d.PumpedHydro is { } ph && plan.PumpedHydroKw.Length == n)
            {
                // The machines never take a reservoir past its limits; evaporation and seepage act after the transfer and keep
                // drawing on an upper reservoir at its minimum (the simulator's physics): one interval's losses below the
                // minimum are legal after generating, any amount while idle.
                bool idle = l.PumpedHydroGenerateKw[i] == 0 && l.PumpedHydroPumpKw[i] == 0;
                double lossM3 = 2 * (inputs.Hydro?.UpperLossM3h ?? 0) * dt + 1e-3;
                reservoirsOk &= (idle || l.UpperReservoirVolumeM3[i] >= ph.UpperReservoir.MinimumVolumeM3 - lossM3)
                    && l.UpperReservoirVolumeM3[i] >= 0
                    && l.UpperReservoirVolumeM3[i] <= ph.UpperReservoir.MaximumVolumeM3 + 1e-3
                    && l.LowerReservoirVolumeM3[i] >= ph.LowerReservoir.MinimumVolumeM3 - 1e-3
                    && l.LowerReservoirVolumeM3[i] <= ph.LowerReservoir.MaximumVolumeM3 + 1e-3;
                hPlanned += Math.Abs(plan.PumpedHydroKw[i]) * dt;
                double gap = Math.Abs(l.PumpedHydroGenerateKw[i] - l.PumpedHydroPumpKw[i] - plan.PumpedHydroKw[i]);
                hDeparture += gap * dt;
                if (gap > 0.01 * hydroRatedKw)
                    hIntervals++;
            }
        }
        double bandExcess = 0, ruleUnserved = 0, replayUnserved = 0;
        if (inputs.Heat is { } heat)
        {
            for (int i = 0; i < n; i++)
            {
                replayUnserved += l.UnservedHeatingKw[i] * dt;
                if (heat.AcceptedHeatShortfallKw.Length == n)
                    ruleUnserved += heat.AcceptedHeatShortfallKw[i] * dt;
            }
        }
        if (inputs.Greenhouse is { } g && d.Greenhouses is { } houses && plan.HeatingSetPointOffsetK.Length == n)
        {
            var sp = houses.House.SetPoints;
            double low = Math.Min(sp.HeatingDayC, sp.HeatingNightC) + g.MinOffsetK, high = Math.Max(sp.HeatingDayC, sp.HeatingNightC) + g.MaxOffsetK;
            for (int i = 0; i < n; i++)
            {
                double supplied = l.HeatPumpHeatKw[i] + l.BoilerHeatKw[i];
                if (supplied <= 0 || l.UnservedHeatingKw[i] > 1e-9)
                    continue;
                double tC = l.GreenhouseTemperatureC[i];
                bandExcess = Math.Max(bandExcess, Math.Max(low - tC, tC - high));
            }
        }
        double lampPlanned = 0, lampDeparture = 0, lampDayError = 0;
        int lampMismatches = 0;
        if (inputs.Lighting is { } lamps && plan.LampsOn.Length == n && plan.LightingKw.Length == n)
        {
            double dayReplayed = 0, dayRules = 0;
            for (int i = 0; i < n; i++)
            {
                lampPlanned += plan.LightingKw[i] * dt;
                lampDeparture += Math.Abs(l.LightingKw[i] - plan.LightingKw[i]) * dt;
                if (Math.Abs(l.LightingKw[i] - (plan.LampsOn[i] ? lamps.InstalledKw : 0)) > 1e-6)
                    lampMismatches++;
                dayReplayed += l.LightingKw[i] * dt;
                dayRules += lamps.BaselineKw[i] * dt;
                if (i == n - 1 || lamps.LocalDay[i + 1] != lamps.LocalDay[i])
                {
                    lampDayError = Math.Max(lampDayError, Math.Abs(dayReplayed - dayRules));
                    dayReplayed = dayRules = 0;
                }
            }
        }
        return new ReplayCheck(residual, batteryOk, reservoirsOk, bPlanned, bDeparture, hPlanned, hDeparture, hIntervals, planned, actualCost)
        {
            GreenhouseBandExcessMaxK = bandExcess,
            RuleBasedUnservedHeatKwh = ruleUnserved,
            ReplayedUnservedHeatKwh = replayUnserved,
            LightingPlannedKwh = lampPlanned,
            LightingDepartureKwh = lampDeparture,
            LightingDayEnergyErrorMaxKwh = lampDayError,
            LampCommandMismatches = lampMismatches,
        };
    }

    // A window starting at k sees the last observed day [k − day, k) repeated over its whole length.
    private static DispatchInputs Persistence(DispatchInputs actual, DispatchInputs window, int start, int day)
    {
        int n = window.Count;
        var pv = new double[n];
        var load = new double[n];
        for (int t = 0; t < n; t++)
        {
            int seen = start - day + t % day;
            pv[t] = actual.PvAcKwPerKwp[seen];
            load[t] = actual.FixedLoadKw[seen];
        }
        return window with { PvAcKwPerKwp = pv, FixedLoadKw = load };
    }

    private static void RequirePlan(SolveReport report)
    {
        if (!report.HasPlan)
            throw new InvalidOperationException($"The dispatch solve returned no plan: {report.Solver} status {report.Status}.");
    }
}
