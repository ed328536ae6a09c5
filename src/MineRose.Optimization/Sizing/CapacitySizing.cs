using Google.OrTools.LinearSolver;
using MineRose.Core.Economics;
using MineRose.Core.Park;
using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Sizing;

/// <summary>Capacity sizing of a park as one LP: capacities as decision variables, least annualised cost or largest NPV, the dispatch
/// as the inner problem over representative days or the full year [244], [246], [248].</summary>
/// <remarks>
/// <para>Least cost: min Σ_k c_k·(CRF(r, L_k) + o_k)·x_k + Σ_d w_d·J_d(x), over x = (S_pv, C_bat, P̄_bat, n_shaft, K_hp[, A]) within their
/// bounds, where J_d is the dispatch cost of window d (imports − exports, priced CO₂, shaft wear, boiler fuel, slack penalties) built by
/// the dispatch families of <see cref="DispatchModel"/> with x entering every capacity row, and w_d the days the window stands
/// for (1 for the full year; a grid shorter than a year is scaled up to 8,760 h). CRF(r, L) = r(1 + r)^L/((1 + r)^L − 1) with the design's discount rate r and each component's
/// lifetime L_k, o_k its fixed O&amp;M share, c_k its unit capex (<see cref="ParkEconomics"/>): the equivalent annual cost of
/// the investment [244]. A sized greenhouse area A adds its annualised capex and O&amp;M, crop inputs and crop labour per m².</para>
/// <para>Largest NPV: max NPV(x) of <see cref="SizingNpvTerms"/>: every component's present cost per unit (capex, replacements, O&amp;M,
/// residual value, operations labour) from the cash-flow table itself, the dispatch's energy cost worth a_E years, fuel and wear a_O
/// years, the roses' revenue per m² of greenhouse [248], [249].</para>
/// <para>The representative days are k medoids plus, with heat pumps, the day of peak heating demand as an extreme day of
/// weight 1 (<see cref="RepresentativeDays.WithPeakDay"/>) [241]. Each representative day is its own cycle: stores start half full and end no emptier (the dispatch families' end
/// rows), so no energy moves between days [240]. The full-year option runs one chronological window instead; the test suite
/// and the report show the representative-day answer's error against it.</para>
/// <para>Modelling choices, stated: the inner dispatch is the LP relaxation (turbine minimum load, exclusive modes and whole
/// pumps are integer constraints whose product with a sized capacity is not linear; the simulator applies them in the
/// replay); battery cycling wear is not priced on top of its capex (the capex is already annualised over its life); the
/// shaft's volume and head are fixed by its geometry, only its machine units are sized, and their capex is per kW as in
/// <see cref="ParkFinance"/> (the economics have no cost per m³ of reservoir, so a volume variable would always take the geometric
/// maximum); PV fields scale together, so PV keeps the design's per-kWp profile; the greenhouse area, when sized, scales its heat
/// demand, electric load, stems and crop labour linearly (<see cref="AreaHeatSupplyConstraints"/>), shares the land with PV and is
/// bounded by the mine water's heat.</para>
/// </remarks>
public static class CapacitySizing
{
    /// <summary>Sizes the park simulated in <paramref name="baseline"/> for the least annualised cost.</summary>
    /// <param name="baseline">The design's simulated year (rule-based): its PV per kWp, loads, heat demand, COPs and prices.</param>
    /// <param name="options">Bounds, days and solver options, or null for the defaults.</param>
    public static SizingResult MinimiseAnnualisedCost(ParkYear baseline, SizingOptions? options = null) =>
        Solve(baseline, ((options ?? new SizingOptions()) with { Objective = SizingObjective.MinimiseAnnualisedCost }).Validated(), fixDesign: false);

    /// <summary>Sizes the park simulated in <paramref name="baseline"/> for the largest net present value (<see cref="SizingNpvTerms"/>).</summary>
    /// <param name="baseline">The design's simulated year (rule-based): its PV per kWp, loads, heat demand, COPs, stems and prices.</param>
    /// <param name="options">Bounds, days and solver options, or null for the defaults.</param>
    public static SizingResult MaximiseNpv(ParkYear baseline, SizingOptions? options = null) =>
        Solve(baseline, ((options ?? new SizingOptions()) with { Objective = SizingObjective.MaximiseNpv }).Validated(), fixDesign: false);

    /// <summary>Sizes the park for the objective named in <paramref name="options"/>.</summary>
    /// <param name="baseline">The design's simulated year.</param>
    /// <param name="options">Objective, bounds, days and solver options.</param>
    public static SizingResult Size(ParkYear baseline, SizingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Solve(baseline, options.Validated(), fixDesign: false);
    }

    /// <summary>The annualised cost of the design's own capacities, by the same model and days as <see cref="MinimiseAnnualisedCost"/>
    /// (every capacity fixed at the design's value), for comparison with the sized design.</summary>
    /// <param name="baseline">The design's simulated year.</param>
    /// <param name="options">Days and solver options, or null for the defaults.</param>
    public static SizingResult AnnualisedCostOfDesign(ParkYear baseline, SizingOptions? options = null) =>
        Solve(baseline, (options ?? new SizingOptions()).Validated(), fixDesign: true);

    /// <summary>The design with sized capacities applied: PV fields scaled together, battery (none below 1 kWh or 1 kW), shaft
    /// units rounded to whole machines (none at 0), heat-pump heating and cooling scaled together, greenhouse floor area (none
    /// below 1 m²; the design's when <see cref="SizedCapacities.GreenhouseAreaM2"/> is NaN).</summary>
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

        var houses = design.Greenhouses;
        if (houses is not null && !double.IsNaN(capacities.GreenhouseAreaM2))
            houses = capacities.GreenhouseAreaM2 >= 1 ? houses with { House = houses.House with { FloorAreaM2 = capacities.GreenhouseAreaM2 } } : null;

        // Heat pumps below 1 kW: none when no greenhouse is left to heat, else 1 kW (a heat plant needs a rating; the boiler and the
        // replay's unserved heat carry the rest).
        var heat = design.Heat;
        if (heat is not null && heat.HeatPump.RatedHeatingKw > 0)
        {
            double ratio = heat.HeatPump.RatedCoolingKw / heat.HeatPump.RatedHeatingKw;
            double kw = capacities.HeatPumpKw >= 1 || houses is not null ? Math.Max(1, capacities.HeatPumpKw) : 0;
            heat = kw > 0 ? heat with { HeatPump = heat.HeatPump with { RatedHeatingKw = kw, RatedCoolingKw = kw * ratio } } : null;
        }

        return design with { Name = design.Name + " (sized)", PvPlants = plants, Battery = battery, PumpedHydro = hydro, Heat = heat, Greenhouses = houses };
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
        bool npv = options.Objective == SizingObjective.MaximiseNpv;
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

        // Greenhouse area: a variable only when asked; its electric load other than heating (lighting, cooling, circulation, the
        // treatment of its irrigation water) then leaves the fixed load and scales with the area, as does its heat demand.
        double area0 = design.Greenhouses?.House.FloorAreaM2 ?? 0;
        bool sizeGreenhouse = options.SizeGreenhouse && !fixDesign;
        if (options.SizeGreenhouse && (area0 <= 0 || heat is null))
            throw new Core.InvalidInputException("size_greenhouse", "a design without greenhouses", "a design with rose greenhouses and a heat plant");
        double[]? greenhouseLoadKw = sizeGreenhouse ? GreenhouseLoadKw(baseline, heat!.Value.ElectricityKw) : null;
        if (greenhouseLoadKw is not null)
        {
            var load = (double[])inputs.FixedLoadKw.Clone();
            for (int i = 0; i < n; i++)
                load[i] -= greenhouseLoadKw[i];
            inputs = inputs with { FixedLoadKw = load };
        }

        var terms = SizingNpvTerms.Of(baseline, greenhouseLoadKw);
        using var lp = new LpModel(options.Dispatch.Solver, options.Dispatch.UseBinaries, options.Dispatch.NameVariables);
        var solver = lp.Solver;
        var objective = lp.Objective;
        var capital = new List<(Variable Var, double CnyPerUnit)>();
        var npvTerms = new List<(Variable Var, double CnyPerUnit)>();
        var annualTerms = new List<(Variable Var, double CnyPerUnit)>();
        Variable Capacity(string name, double lower, double upper, double designValue, double annualCnyPerUnit, double npvCnyPerUnit)
        {
            var v = fixDesign ? solver.MakeNumVar(designValue, designValue, name) : solver.MakeNumVar(lower, Math.Max(lower, upper), name);
            objective.SetCoefficient(v, npv ? -npvCnyPerUnit : annualCnyPerUnit);
            capital.Add((v, annualCnyPerUnit));
            npvTerms.Add((v, npvCnyPerUnit));
            return v;
        }

        // PV: scaled fields within the land available (shared with the greenhouse when its area is sized).
        double pv0 = design.PvCapacityKw;
        var land = ParkLand.Of(design);
        double m2PerKwp = pv0 > 0 ? land.PvM2 / pv0 : 0;
        double pvLand = options.PvLandAvailableM2 ?? land.PvM2 + land.OtherM2;
        double pvMax = pv0 > 0 ? (pvLand + (sizeGreenhouse ? area0 : 0)) / m2PerKwp : 0;
        var pv = Capacity("pv_kw", 0, pvMax, pv0, Annual(e.PvCapexCnyPerKw, e.PvLifetimeYears, e.EnergyOmFractionPerYear), terms.PvCnyPerKw);

        // Battery: energy priced, power bounded; a battery cannot give more than 4C or less than a 1/8 C rate (≤ 8 h) sensibly.
        double importKw = design.GridConnection.ImportLimitKw;
        var batE = Capacity("battery_kwh", 0, options.BatteryMaxKwh ?? 4 * importKw, design.Battery?.EnergyCapacityKwh ?? 0,
            Annual(e.BatteryCapexCnyPerKwh, e.BatteryLifetimeYears, e.EnergyOmFractionPerYear), terms.BatteryCnyPerKwh);
        var batP = Capacity("battery_kw", 0, options.BatteryMaxKw ?? importKw, design.Battery?.RatedPowerKw ?? 0, 0, terms.BatteryCnyPerKw);
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
                Annual(e.PumpedHydroCapexCnyPerKw * genPerUnit, e.PumpedHydroLifetimeYears, e.EnergyOmFractionPerYear), terms.ShaftCnyPerKw * genPerUnit);
            hydroGen = CapacityExpression.Of(units, genPerUnit);
            hydroPump = CapacityExpression.Of(units, plant.RatedPumpingKw / ph.UnitCount);
            hydroVolume = CapacityExpression.Fixed(plant.ActiveVolumeM3);
        }

        // Greenhouse: the design's area, or within the land left and the mine water's heat (never below the design's own area).
        Variable? greenhouse = null;
        double mineWaterHeatKw = double.PositiveInfinity;
        if (area0 > 0)
        {
            double upper = area0;
            if (sizeGreenhouse)
            {
                var source = design.Heat!.Source;
                mineWaterHeatKw = source.MaxFlowM3h / 3600 * Core.PhysicalConstants.WaterDensityKgM3 * Core.PhysicalConstants.WaterSpecificHeatJKgK
                    * (source.TemperatureC - source.MinReturnTemperatureC) / 1000;
                int peak = Array.IndexOf(heat!.Value.DemandKw, heat.Value.DemandKw.Max());
                double peakPerM2 = heat.Value.DemandKw[peak] / area0;
                double cop = heat.Value.Cop[peak];
                double heatAreaM2 = peakPerM2 > 0 ? (mineWaterHeatKw * cop / (cop - 1) + design.Heat.BackupBoilerKw) / peakPerM2 : double.PositiveInfinity;
                upper = options.GreenhouseMaxM2 ?? Math.Max(area0, Math.Min(pvLand + area0, heatAreaM2));
            }

            greenhouse = Capacity("greenhouse_m2", 0, upper, area0, sizeGreenhouse ? terms.GreenhouseAnnualCnyPerM2 : 0,
                terms.GreenhouseCnyPerM2 + terms.RoseRevenueCnyPerM2);
            if (sizeGreenhouse && m2PerKwp > 0)
            {
                var landRow = solver.MakeConstraint(double.NegativeInfinity, pvLand + area0, "land");
                landRow.SetCoefficient(pv, m2PerKwp);
                landRow.SetCoefficient(greenhouse, 1);
            }
        }

        // Heat pumps: heating capacity, at least what the year's compressor cooling needed (scaled with a sized area).
        Variable? hp = null;
        if (heat is not null && design.Heat is { } hpPlant)
        {
            double ratio = hpPlant.HeatPump.RatedHeatingKw > 0 ? hpPlant.HeatPump.RatedCoolingKw / hpPlant.HeatPump.RatedHeatingKw : 1;
            double minKw = ratio > 0 ? ledger.HeatPumpCoolingKw.Max() / ratio : 0;
            double areaScale = sizeGreenhouse ? greenhouse!.Ub() / area0 : 1;
            double maxKw = options.HeatPumpMaxKw ?? Math.Max(hpPlant.HeatPump.RatedHeatingKw, ledger.HeatingDemandKw.Max() * areaScale);
            hp = Capacity("heat_pump_kw", sizeGreenhouse ? 0 : Math.Min(minKw, maxKw), maxKw, hpPlant.HeatPump.RatedHeatingKw,
                Annual(e.HeatPumpCapexCnyPerKw, e.HeatPumpLifetimeYears, e.EnergyOmFractionPerYear), terms.HeatPumpCnyPerKw);
            if (sizeGreenhouse && minKw > 0)
            {
                var coolRow = solver.MakeConstraint(0, double.PositiveInfinity, "heat_pump_cooling");
                coolRow.SetCoefficient(hp, 1);
                coolRow.SetCoefficient(greenhouse!, -Math.Min(minKw, maxKw) / area0);
            }
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
        // For the NPV, a year's energy, fuel and wear are worth a_E, a_O years of present value (SizingNpvTerms).
        double toYear = n * dt >= HoursPerYear ? 1 : HoursPerYear / (n * dt);
        double energyScale = npv ? terms.ElectricityFactorYears : 1, opexScale = npv ? terms.OpexFactorYears : 1;
        var windows = days is null
            ? [(First: 0, Count: n, Weight: toYear)]
            : days.Days.Select(d => (First: d.FirstStep, Count: days.StepsPerDay, Weight: d.WeightDays * toYear)).ToArray();
        var o = options.Dispatch;
        var heatPerM2 = sizeGreenhouse ? heat!.Value.DemandKw.Select(h => h / area0).ToArray() : null;
        foreach (var (first, count, weight) in windows)
        {
            var w0 = inputs.Window(first, count, 0.5, 0.5);
            var w = w0 with
            {
                ImportPriceCnyPerKwh = [.. w0.ImportPriceCnyPerKwh.Select(p => p * weight * energyScale)],
                ExportPriceCnyPerKwh = [.. w0.ExportPriceCnyPerKwh.Select(p => p * weight * energyScale)],
            };
            var wo = o with
            {
                Co2PriceCnyPerTonne = o.Co2PriceCnyPerTonne * weight * energyScale,
                BatteryWearCnyPerKwh = 0,
                HydroWearCnyPerKwh = o.HydroWearCnyPerKwh * weight * opexScale,
                SlackPenaltyCnyPerKwh = o.SlackPenaltyCnyPerKwh * weight * energyScale,
                WaterSlackPenaltyCnyPerM3 = o.WaterSlackPenaltyCnyPerM3 * weight * energyScale,
            };
            var model = DispatchModel.Build(lp, w, wo, capacities);
            for (int t = 0; t < count; t++)
            {
                // Cash of the dispatch, for the NPV and the annual cost whatever the objective (CO₂ price and penalties are not cash).
                double imp = w0.ImportPriceCnyPerKwh[t] * weight * dt, exp = w0.ExportPriceCnyPerKwh[t] * weight * dt;
                annualTerms.Add((model.Grid.ImportKw[t], imp));
                annualTerms.Add((model.Grid.ExportKw[t], -exp));
                npvTerms.Add((model.Grid.ImportKw[t], -imp * terms.ElectricityFactorYears));
                npvTerms.Add((model.Grid.ExportKw[t], exp * terms.ElectricityFactorYears));
                if (model.Hydro is { } h && o.HydroWearCnyPerKwh > 0)
                {
                    double wear = o.HydroWearCnyPerKwh * weight * dt;
                    foreach (var v in new[] { h.GenerateKw[t], h.PumpKw[t] })
                    {
                        annualTerms.Add((v, wear));
                        npvTerms.Add((v, -wear * terms.OpexFactorYears));
                    }
                }

                if (greenhouseLoadKw is not null)
                    model.Balance.Rows[t].SetCoefficient(greenhouse!, model.Balance.Rows[t].GetCoefficient(greenhouse!) - greenhouseLoadKw[first + t] / area0);
            }

            Variable?[]? boiler = null;
            if (heat is { } hs && hp is not null)
            {
                double boilerCny = e.BoilerHeatCostCnyPerKwh * weight;
                boiler = sizeGreenhouse
                    ? AreaHeatSupplyConstraints.Add(lp, model.Balance.Rows, heatPerM2.AsSpan(first, count), hs.Cop.AsSpan(first, count), CapacityExpression.Of(greenhouse!),
                        CapacityExpression.Of(hp), mineWaterHeatKw, design.Heat!.BackupBoilerKw, boilerCny * opexScale, o.SlackPenaltyCnyPerKwh * weight * energyScale, dt).BoilerKw
                    : HeatPlantConstraints.Add(lp, HeatingOnly(hs, first, count, design.Heat!.BackupBoilerKw, e.BoilerHeatCostCnyPerKwh), null,
                        CapacityExpression.Of(hp), CapacityExpression.Fixed(0), model.Balance.Rows, dt, boilerCny * opexScale,
                        o.SlackPenaltyCnyPerKwh * weight * energyScale).BoilerHeatKw;
                foreach (var b in boiler.OfType<Variable>())
                {
                    annualTerms.Add((b, boilerCny * dt));
                    npvTerms.Add((b, -boilerCny * dt * terms.OpexFactorYears));
                }
            }
        }

        var report = lp.Solve(o.TimeLimitSeconds, o.RelativeGap);
        if (!report.HasPlan)
            throw new InvalidOperationException($"Sizing found no plan: {report.Solver} returned {report.Status}.");
        var sized = new SizedCapacities(pv.SolutionValue(), batE.SolutionValue(), batP.SolutionValue(), units?.SolutionValue() ?? 0,
            (units?.SolutionValue() ?? 0) * genPerUnit, hp?.SolutionValue() ?? 0, greenhouse?.SolutionValue() ?? double.NaN);
        double capitalCny = capital.Sum(c => c.Var.SolutionValue() * c.CnyPerUnit);
        // The cost objective is the annualised cost itself; under the NPV objective it is rebuilt from the solution, with the slack
        // penalties per year (that objective prices them a_E times higher). CO₂ priced in the dispatch is in the first only.
        double annualisedCny = npv
            ? capitalCny + annualTerms.Sum(c => c.Var.SolutionValue() * c.CnyPerUnit) + report.Slack.Sum(u => u.CostCny) / energyScale
            : report.ObjectiveCny;
        double npvCny = terms.ConstantCny + npvTerms.Sum(c => c.Var.SolutionValue() * c.CnyPerUnit);
        return new SizingResult(sized, annualisedCny, capitalCny, annualisedCny - capitalCny, days, Apply(design, sized), report)
        {
            Objective = options.Objective,
            NpvCny = npvCny,
        };
    }

    /// <summary>The base year's electric load that scales with the greenhouse area, heat-pump heating electricity excluded (it is in the
    /// heat family): lighting, the heat pumps' other (cooling) electricity, circulation pumps and the treatment of the greenhouses'
    /// share of the irrigation water [kW].</summary>
    private static double[] GreenhouseLoadKw(ParkYear baseline, double[] heatingElectricityKw)
    {
        var l = baseline.Ledger;
        double irrigation = baseline.GreenhouseIrrigationM3 + baseline.OutdoorIrrigationM3;
        double share = irrigation > 0 ? baseline.GreenhouseIrrigationM3 / irrigation : 0;
        var load = new double[l.Grid.Count];
        for (int i = 0; i < load.Length; i++)
            load[i] = l.LightingKw[i] + l.HeatPumpElectricityKw[i] - heatingElectricityKw[i] + l.CirculationPumpKw[i] + share * l.WaterTreatmentKw[i];
        return load;
    }

    /// <summary>The heat family's inputs for heating alone, at the COP the simulator's year achieved (cycling included): cooling
    /// stays in the fixed load and the mine-water flow limit is left to the replay.</summary>
    private static HeatPlantSeries HeatingOnly((double[] DemandKw, double[] Cop, double[] ElectricityKw) heat, int first, int count,
        double boilerKw, double boilerCnyPerKwh) => new()
    {
        HeatingDemandKw = heat.DemandKw.AsSpan(first, count).ToArray(),
        CoolingDemandKw = new double[count],
        HeatingCop = heat.Cop.AsSpan(first, count).ToArray(),
        CoolingEer = new double[count],
        BoilerKw = boilerKw,
        BoilerCnyPerKwh = boilerCnyPerKwh,
    };

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
