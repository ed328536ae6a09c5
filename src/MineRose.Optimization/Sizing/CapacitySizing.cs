using Google.OrTools.LinearSolver;
using MineRose.Core.Economics;
using MineRose.Core.Park;
using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Sizing;

/// <summary>Capacity sizing of a park as one LP: capacities as decision variables, least annualised cost, the dispatch as the
/// inner problem over representative days or the full year [244], [246].</summary>
/// <remarks>
/// <para>min Σ_k c_k·(CRF(r, L_k) + o_k)·x_k + Σ_d w_d·J_d(x), over x = (S_pv, C_bat, P̄_bat, n_shaft, K_hp) within their bounds,
/// where J_d is the dispatch cost of window d (imports − exports, priced CO₂, shaft wear, boiler fuel, slack penalties) built by
/// the dispatch families of <see cref="DispatchModel"/> with x entering every capacity row, and w_d the days the window stands
/// for (1 for the full year; a grid shorter than a year is scaled up to 8,760 h). CRF(r, L) = r(1 + r)^L/((1 + r)^L − 1) with the design's discount rate r and each component's
/// lifetime L_k, o_k its fixed O&amp;M share, c_k its unit capex (<see cref="ParkEconomics"/>): the equivalent annual cost of
/// the investment [244].</para>
/// <para>The representative days are k medoids plus, with heat pumps, the day of peak heating demand as an extreme day of
/// weight 1 (<see cref="RepresentativeDays.WithPeakDay"/>) [241]. Each representative day is its own cycle: stores start half full and end no emptier (the dispatch families' end
/// rows), so no energy moves between days [240]. The full-year option runs one chronological window instead; the test suite
/// and the report show the representative-day answer's error against it.</para>
/// <para>Modelling choices, stated: the inner dispatch is the LP relaxation (turbine minimum load, exclusive modes and whole
/// pumps are integer constraints whose product with a sized capacity is not linear; the simulator applies them in the
/// replay); battery cycling wear is not priced on top of its capex (the capex is already annualised over its life); the
/// shaft's volume and head are fixed by its geometry, only its machine units are sized, and their capex is per kW as in
/// <see cref="ParkFinance"/>; PV fields scale together, so PV keeps the design's per-kWp profile; greenhouse area is not
/// sized (the crop's revenue is outside a cost minimisation).</para>
/// </remarks>
public static class CapacitySizing
{
    /// <summary>Sizes the park simulated in <paramref name="baseline"/> for the least annualised cost.</summary>
    /// <param name="baseline">The design's simulated year (rule-based): its PV per kWp, loads, heat demand, COPs and prices.</param>
    /// <param name="options">Bounds, days and solver options, or null for the defaults.</param>
    public static SizingResult MinimiseAnnualisedCost(ParkYear baseline, SizingOptions? options = null) =>
        Solve(baseline, (options ?? new SizingOptions()).Validated(), fixDesign: false);

    /// <summary>The annualised cost of the design's own capacities, by the same model and days as <see cref="MinimiseAnnualisedCost"/>
    /// (every capacity fixed at the design's value), for comparison with the sized design.</summary>
    /// <param name="baseline">The design's simulated year.</param>
    /// <param name="options">Days and solver options, or null for the defaults.</param>
    public static SizingResult AnnualisedCostOfDesign(ParkYear baseline, SizingOptions? options = null) =>
        Solve(baseline, (options ?? new SizingOptions()).Validated(), fixDesign: true);

    /// <summary>The design with sized capacities applied: PV fields scaled together, battery (none below 1 kWh or 1 kW), shaft
    /// units rounded to whole machines (none at 0), heat-pump heating and cooling scaled together.</summary>
    /// <param name="design">The design.</param>
    /// <param name="capacities">The capacities.</param>
    public static ParkDesign Apply(ParkDesign design, SizedCapacities capacities)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(capacities);
        double pv0 = design.PvCapacityKw;
        var plants = pv0 > 0
            ? design.PvPlants.Select(p => p with { Array = p.Array with { DcCapacityKw = p.Array.DcCapacityKw * capacities.PvKw / pv0 } })
                .Where(p => p.Array.DcCapacityKw > 0).ToArray()
            : design.PvPlants.ToArray();
        var battery = capacities.BatteryEnergyKwh >= 1 && capacities.BatteryPowerKw >= 1
            ? (design.Battery ?? DefaultBattery) with { EnergyCapacityKwh = capacities.BatteryEnergyKwh, RatedPowerKw = capacities.BatteryPowerKw }
            : null;
        var hydro = design.PumpedHydro;
        if (hydro is not null)
        {
            int units = (int)Math.Round(capacities.ShaftUnits);
            hydro = units > 0 ? hydro with { UnitCount = units } : null;
        }

        var heat = design.Heat;
        if (heat is not null && heat.HeatPump.RatedHeatingKw > 0)
        {
            double ratio = heat.HeatPump.RatedCoolingKw / heat.HeatPump.RatedHeatingKw;
            heat = heat with { HeatPump = heat.HeatPump with { RatedHeatingKw = capacities.HeatPumpKw, RatedCoolingKw = capacities.HeatPumpKw * ratio } };
        }

        return design with { Name = design.Name + " (sized)", PvPlants = plants, Battery = battery, PumpedHydro = hydro, Heat = heat };
    }

    /// <summary>Battery cells and efficiencies assumed when the design has none (the defaults of <see cref="BatterySpec"/>).</summary>
    public static BatterySpec DefaultBattery { get; } = new() { EnergyCapacityKwh = 1, RatedPowerKw = 1 };

    private const double HoursPerYear = 8760;

    private static SizingResult Solve(ParkYear baseline, SizingOptions options, bool fixDesign)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var design = baseline.Design;
        var e = design.Economics;
        var ledger = baseline.Ledger;
        int n = ledger.Grid.Count;
        double dt = ledger.Grid.StepHours;
        double r = e.DiscountRate.RatePerYear;
        double Annual(double capex, int life, double om) => capex * (FinancialMetrics.CapitalRecoveryFactor(r, life) + om);

        var inputs = DispatchInputs.FromBaseline(baseline) with { Battery = design.Battery ?? DefaultBattery };
        var heat = HeatSeries(baseline);
        if (heat is not null)
        {
            var load = (double[])inputs.FixedLoadKw.Clone();
            for (int i = 0; i < n; i++)
                load[i] -= heat.Value.ElectricityKw[i];
            inputs = inputs with { FixedLoadKw = load };
        }

        using var lp = new LpModel(options.Dispatch.Solver, options.Dispatch.UseBinaries, options.Dispatch.NameVariables);
        var solver = lp.Solver;
        var objective = lp.Objective;
        var capital = new List<(Variable Var, double CnyPerUnit)>();
        Variable Capacity(string name, double lower, double upper, double designValue, double annualCnyPerUnit)
        {
            var v = fixDesign ? solver.MakeNumVar(designValue, designValue, name) : solver.MakeNumVar(lower, Math.Max(lower, upper), name);
            objective.SetCoefficient(v, annualCnyPerUnit);
            capital.Add((v, annualCnyPerUnit));
            return v;
        }

        // PV: scaled fields within the land available.
        double pv0 = design.PvCapacityKw;
        var land = ParkLand.Of(design);
        double m2PerKwp = pv0 > 0 ? land.PvM2 / pv0 : 0;
        double pvMax = pv0 > 0 ? (options.PvLandAvailableM2 ?? land.PvM2 + land.OtherM2) / m2PerKwp : 0;
        var pv = Capacity("pv_kw", 0, pvMax, pv0, Annual(e.PvCapexCnyPerKw, e.PvLifetimeYears, e.EnergyOmFractionPerYear));

        // Battery: energy priced, power bounded; a battery cannot give more than 4C or less than a 1/8 C rate (≤ 8 h) sensibly.
        double importKw = design.GridConnection.ImportLimitKw;
        var batE = Capacity("battery_kwh", 0, options.BatteryMaxKwh ?? 4 * importKw, design.Battery?.EnergyCapacityKwh ?? 0,
            Annual(e.BatteryCapexCnyPerKwh, e.BatteryLifetimeYears, e.EnergyOmFractionPerYear));
        var batP = Capacity("battery_kw", 0, options.BatteryMaxKw ?? importKw, design.Battery?.RatedPowerKw ?? 0, 0);
        var cRate = solver.MakeConstraint(double.NegativeInfinity, 0, "battery_c_rate");
        cRate.SetCoefficient(batP, 1);
        cRate.SetCoefficient(batE, -4);

        // Shaft storage: machine units within the shaft; geometry (volume, head) fixed.
        CapacityExpression hydroGen = CapacityExpression.Fixed(0), hydroPump = CapacityExpression.Fixed(0), hydroVolume = CapacityExpression.Fixed(0);
        Variable? units = null;
        double genPerUnit = 0;
        if (inputs.Hydro is { } plant && design.PumpedHydro is { } ph)
        {
            genPerUnit = plant.RatedGeneratingKw / ph.UnitCount;
            double maxUnits = ph.UnitCount;
            units = Capacity("shaft_units", options.SizeShaftStorage ? 0 : maxUnits, maxUnits, maxUnits,
                Annual(e.PumpedHydroCapexCnyPerKw * genPerUnit, e.PumpedHydroLifetimeYears, e.EnergyOmFractionPerYear));
            hydroGen = CapacityExpression.Of(units, genPerUnit);
            hydroPump = CapacityExpression.Of(units, plant.RatedPumpingKw / ph.UnitCount);
            hydroVolume = CapacityExpression.Fixed(plant.ActiveVolumeM3);
        }

        // Heat pumps: heating capacity, at least what the year's compressor cooling needed.
        Variable? hp = null;
        if (heat is not null && design.Heat is { } hpPlant)
        {
            double ratio = hpPlant.HeatPump.RatedHeatingKw > 0 ? hpPlant.HeatPump.RatedCoolingKw / hpPlant.HeatPump.RatedHeatingKw : 1;
            double minKw = ratio > 0 ? ledger.HeatPumpCoolingKw.Max() / ratio : 0;
            double maxKw = options.HeatPumpMaxKw ?? Math.Max(hpPlant.HeatPump.RatedHeatingKw, ledger.HeatingDemandKw.Max());
            hp = Capacity("heat_pump_kw", Math.Min(minKw, maxKw), maxKw, hpPlant.HeatPump.RatedHeatingKw,
                Annual(e.HeatPumpCapexCnyPerKw, e.HeatPumpLifetimeYears, e.EnergyOmFractionPerYear));
        }

        var capacities = new DispatchCapacities(CapacityExpression.Of(pv), CapacityExpression.Of(batE), CapacityExpression.Of(batP), hydroVolume,
            hydroGen, hydroPump, CapacityExpression.Fixed(importKw), CapacityExpression.Fixed(design.GridConnection.ExportLimitKw));

        RepresentativeDaySet? days = null;
        if (!options.FullYear)
        {
            days = RepresentativeDays.FromLedger(ledger, Math.Min(options.RepresentativeDays, n / (int)Math.Round(24 / dt)));
            if (heat is not null)
                days = RepresentativeDays.WithPeakDay(days, heat.Value.DemandKw);
        }

        // A grid shorter than a year is scaled up to one, so that its energy cost meets the annualised capital on the same footing.
        double toYear = n * dt >= HoursPerYear ? 1 : HoursPerYear / (n * dt);
        var windows = days is null
            ? [(First: 0, Count: n, Weight: toYear)]
            : days.Days.Select(d => (First: d.FirstStep, Count: days.StepsPerDay, Weight: d.WeightDays * toYear)).ToArray();
        var o = options.Dispatch;
        foreach (var (first, count, weight) in windows)
        {
            var w = inputs.Window(first, count, 0.5, 0.5);
            w = w with
            {
                ImportPriceCnyPerKwh = [.. w.ImportPriceCnyPerKwh.Select(p => p * weight)],
                ExportPriceCnyPerKwh = [.. w.ExportPriceCnyPerKwh.Select(p => p * weight)],
            };
            var wo = o with
            {
                Co2PriceCnyPerTonne = o.Co2PriceCnyPerTonne * weight,
                BatteryWearCnyPerKwh = 0,
                HydroWearCnyPerKwh = o.HydroWearCnyPerKwh * weight,
                SlackPenaltyCnyPerKwh = o.SlackPenaltyCnyPerKwh * weight,
                WaterSlackPenaltyCnyPerM3 = o.WaterSlackPenaltyCnyPerM3 * weight,
            };
            var model = DispatchModel.Build(lp, w, wo, capacities);
            if (heat is { } h && hp is not null)
            {
                // Heating only, at the COP the simulator's year achieved (cycling included); cooling stays in the fixed load and the
                // mine-water flow limit is left to the replay.
                var series = new HeatPlantSeries
                {
                    HeatingDemandKw = h.DemandKw.AsSpan(first, count).ToArray(),
                    CoolingDemandKw = new double[count],
                    HeatingCop = h.Cop.AsSpan(first, count).ToArray(),
                    CoolingEer = new double[count],
                    BoilerKw = design.Heat!.BackupBoilerKw,
                    BoilerCnyPerKwh = e.BoilerHeatCostCnyPerKwh,
                };
                HeatPlantConstraints.Add(lp, series, null, CapacityExpression.Of(hp), CapacityExpression.Fixed(0), model.Balance.Rows, dt,
                    e.BoilerHeatCostCnyPerKwh * weight, o.SlackPenaltyCnyPerKwh * weight);
            }
        }

        var report = lp.Solve(o.TimeLimitSeconds, o.RelativeGap);
        if (!report.HasPlan)
            throw new InvalidOperationException($"Sizing found no plan: {report.Solver} returned {report.Status}.");
        var sized = new SizedCapacities(pv.SolutionValue(), batE.SolutionValue(), batP.SolutionValue(), units?.SolutionValue() ?? 0,
            (units?.SolutionValue() ?? 0) * genPerUnit, hp?.SolutionValue() ?? 0);
        double capitalCny = capital.Sum(c => c.Var.SolutionValue() * c.CnyPerUnit);
        return new SizingResult(sized, report.ObjectiveCny, capitalCny, report.ObjectiveCny - capitalCny, days, Apply(design, sized), report);
    }

    /// <summary>Heat demand, the heating COP per interval and the heat pumps' heating electricity of the simulated year; null
    /// without a heat plant.</summary>
    private static (double[] DemandKw, double[] Cop, double[] ElectricityKw)? HeatSeries(ParkYear baseline)
    {
        if (baseline.Design.Heat is null)
            return null;
        var l = baseline.Ledger;
        int n = l.Grid.Count;
        double heatSum = 0, elecSum = 0;
        for (int i = 0; i < n; i++)
        {
            if (l.HeatPumpHeatKw[i] > 0 && l.HeatPumpCoolingKw[i] <= 0 && l.HeatPumpElectricityKw[i] > 0)
            {
                heatSum += l.HeatPumpHeatKw[i];
                elecSum += l.HeatPumpElectricityKw[i];
            }
        }

        // Mean heating COP of the year; 4.1 (field value at a 15 °C source and 40 °C supply, FACTS) if the pumps never heated alone.
        double meanCop = elecSum > 0 ? heatSum / elecSum : 4.1;
        var cop = new double[n];
        var electricity = new double[n];
        for (int i = 0; i < n; i++)
        {
            bool alone = l.HeatPumpHeatKw[i] > 0 && l.HeatPumpCoolingKw[i] <= 0 && l.HeatPumpElectricityKw[i] > 0;
            cop[i] = alone ? l.HeatPumpHeatKw[i] / l.HeatPumpElectricityKw[i] : meanCop;
            electricity[i] = Math.Min(l.HeatPumpElectricityKw[i], l.HeatPumpHeatKw[i] / cop[i]);
        }

        return ((double[])l.HeatingDemandKw.Clone(), cop, electricity);
    }
}
