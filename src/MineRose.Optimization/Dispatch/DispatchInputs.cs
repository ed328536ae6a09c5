using MineRose.Core.Park;
using MineRose.Core.Storage;

namespace MineRose.Optimization.Dispatch;

/// <summary>The time series and assets one dispatch model covers: PV, the load that is not dispatched, prices, the stores and
/// their states at the start.</summary>
/// <remarks>PV and the loads come from the park simulator's own run (<see cref="FromBaseline(ParkYear)"/>), so the optimiser and the
/// simulator see the same PV chain, heat-pump electricity and lighting.</remarks>
public sealed record DispatchInputs
{
    /// <summary>Interval length Δt [h].</summary>
    public required double StepHours { get; init; }

    /// <summary>PV AC output available per kWp installed, per interval [kW/kWp].</summary>
    public required double[] PvAcKwPerKwp { get; init; }

    /// <summary>Installed PV of the design [kWp].</summary>
    public required double PvCapacityKw { get; init; }

    /// <summary>Electric load that is not dispatched, per interval [kW].</summary>
    public required double[] FixedLoadKw { get; init; }

    /// <summary>Price of each imported kWh [CNY/kWh].</summary>
    public required double[] ImportPriceCnyPerKwh { get; init; }

    /// <summary>Price of each exported kWh [CNY/kWh].</summary>
    public required double[] ExportPriceCnyPerKwh { get; init; }

    /// <summary>Grid import limit [kW].</summary>
    public required double ImportLimitKw { get; init; }

    /// <summary>Grid export limit [kW].</summary>
    public required double ExportLimitKw { get; init; }

    /// <summary>Grid emission factor [kg CO₂/kWh].</summary>
    public double GridCo2KgPerKwh { get; init; }

    /// <summary>The battery, or null.</summary>
    public BatterySpec? Battery { get; init; }

    /// <summary>Battery capex [CNY/kWh], for the default wear cost.</summary>
    public double BatteryCapexCnyPerKwh { get; init; }

    /// <summary>Stored battery energy at the start, as a fraction of nameplate capacity [—].</summary>
    public double BatteryInitialFraction { get; init; } = 0.5;

    /// <summary>The shaft storage linearised, or null.</summary>
    public ShaftStorageLinearisation? Hydro { get; init; }

    /// <summary>The shaft storage's full spec, for a rolling horizon to step the real plant between windows, or null.</summary>
    public ShaftPumpedHydroSpec? HydroSpec { get; init; }

    /// <summary>Share of the cycle volume in the upper reservoir at the start [—].</summary>
    public double HydroInitialFill { get; init; } = 0.5;

    /// <summary>Fill at which e_g and e_p are held [—] (mid-range for a year, the window's start fill when rolling).</summary>
    public double HydroLinearisationFill { get; init; } = 0.5;

    /// <summary>The heat plant as decision variables (its electricity then not in <see cref="FixedLoadKw"/>), or null.</summary>
    public HeatPlantSeries? Heat { get; init; }

    /// <summary>The greenhouses' thermal mass as a store for the heat family, or null (set-points held).</summary>
    public GreenhouseFlexibility? Greenhouse { get; init; }

    /// <summary>Lighting that may shift within the photoperiod (its photoperiod power then not in <see cref="FixedLoadKw"/>), or null.</summary>
    public LightingShiftSeries? Lighting { get; init; }

    /// <summary>Number of intervals [—].</summary>
    public int Count => FixedLoadKw.Length;

    /// <summary>Checks lengths and values and returns the inputs, or throws naming the bad field.</summary>
    public DispatchInputs Validated()
    {
        Core.Guard.Positive(StepHours, "step_hours");
        int n = FixedLoadKw.Length;
        if (n == 0)
            throw new Core.InvalidInputException("intervals", "0", "at least one interval");
        foreach (var (name, a) in new[] { ("pv_ac_kw_per_kwp", PvAcKwPerKwp), ("import_price_cny_per_kwh", ImportPriceCnyPerKwh), ("export_price_cny_per_kwh", ExportPriceCnyPerKwh) })
        {
            if (a.Length != n)
                throw new Core.InvalidInputException(name, a.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{n} values, one per interval");
        }
        for (int i = 0; i < n; i++)
        {
            Core.Guard.Finite(FixedLoadKw[i], "fixed_load_kw");
            Core.Guard.NonNegative(PvAcKwPerKwp[i], "pv_ac_kw_per_kwp");
            Core.Guard.Finite(ImportPriceCnyPerKwh[i], "import_price_cny_per_kwh");
            Core.Guard.Finite(ExportPriceCnyPerKwh[i], "export_price_cny_per_kwh");
        }
        Core.Guard.NonNegative(PvCapacityKw, "pv_capacity_kw");
        Core.Guard.NonNegative(ImportLimitKw, "import_limit_kw");
        Core.Guard.NonNegative(ExportLimitKw, "export_limit_kw");
        Core.Guard.NonNegative(GridCo2KgPerKwh, "grid_co2_kg_per_kwh");
        Core.Guard.InRange(BatteryInitialFraction, 0, 1, "battery_initial_fraction");
        Core.Guard.InRange(HydroInitialFill, 0, 1, "hydro_initial_fill");
        Core.Guard.InRange(HydroLinearisationFill, 0, 1, "hydro_linearisation_fill");
        Battery?.Validated();
        Heat?.Validated(n);
        Greenhouse?.Validated();
        Lighting?.Validated(n);
        if (Greenhouse is not null && Heat is null)
            throw new Core.InvalidInputException("greenhouse_flexibility", "set", "a heat plant in the dispatch (the greenhouse store is heated by it)");
        return this;
    }

    /// <summary>Inputs for a whole year from the simulator's run of the same park: its PV, its non-storage load, its prices.</summary>
    /// <param name="baseline">A simulated year of the park (any dispatch: the loads and PV do not depend on it).</param>
    public static DispatchInputs FromBaseline(ParkYear baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var design = baseline.Design;
        var ledger = baseline.Ledger;
        int n = ledger.Grid.Count;
        double pvKw = design.PvCapacityKw;
        var pvPerKwp = new double[n];
        var load = new double[n];
        for (int i = 0; i < n; i++)
        {
            pvPerKwp[i] = pvKw > 0 ? ledger.PvAcKw[i] / pvKw : 0;
            // Dewatering with shaft storage depends slightly on the reservoirs; it is taken from the baseline as a fixed load.
            load[i] = ledger.LoadKw(i);
        }
        return new DispatchInputs
        {
            StepHours = ledger.Grid.StepHours,
            PvAcKwPerKwp = pvPerKwp,
            PvCapacityKw = pvKw,
            FixedLoadKw = load,
            ImportPriceCnyPerKwh = (double[])ledger.ImportPriceCnyPerKwh.Clone(),
            ExportPriceCnyPerKwh = (double[])ledger.ExportPriceCnyPerKwh.Clone(),
            ImportLimitKw = design.GridConnection.ImportLimitKw,
            ExportLimitKw = design.GridConnection.ExportLimitKw,
            GridCo2KgPerKwh = design.Carbon.GridFactor.TonnesCo2PerMwh,
            Battery = design.Battery,
            BatteryCapexCnyPerKwh = design.Economics.BatteryCapexCnyPerKwh,
            Hydro = design.PumpedHydro is { } ph ? ShaftStorageLinearisation.Fit(new ShaftPumpedHydro(ph)) : null,
            HydroSpec = design.PumpedHydro,
        };
    }

    /// <summary>Inputs for a whole year from the simulator's run, with the heat plant, the greenhouses' thermal mass and the
    /// lighting as decision variables as <paramref name="options"/> ask; their electricity leaves the fixed load.</summary>
    /// <param name="baseline">A simulated rule-based year of the park.</param>
    /// <param name="options">Which flexible families to include.</param>
    public static DispatchInputs FromBaseline(ParkYear baseline, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var inputs = FromBaseline(baseline);
        var design = baseline.Design;
        var ledger = baseline.Ledger;
        int n = inputs.Count;
        var load = inputs.FixedLoadKw;
        HeatPlantSeries? heat = null;
        GreenhouseFlexibility? greenhouse = null;
        LightingShiftSeries? lighting = null;
        if (options.DispatchHeat && design.Heat is { } plant)
        {
            heat = HeatPlantSeries.From(plant, (double[])ledger.HeatingDemandKw.Clone(), (double[])ledger.CoolingDemandKw.Clone(), design.Economics.BoilerHeatCostCnyPerKwh) with
            {
                AcceptedHeatShortfallKw = (double[])ledger.UnservedHeatingKw.Clone(),
                AcceptedCoolingShortfallKw = (double[])ledger.UnservedCoolingKw.Clone(),
            };
            heat = heat with { HeatingCop = HeatPlantSeries.PartLoadHeatingCop(heat.HeatingCop, ledger) };
            for (int i = 0; i < n; i++)
                load[i] -= ledger.HeatPumpElectricityKw[i] + ledger.CirculationPumpKw[i];
            if (options.GreenhouseMaxOffsetK > 0 || options.GreenhouseMinOffsetK < 0)
            {
                if (design.Greenhouses is { } houses)
                    greenhouse = GreenhouseFlexibility.Lumped(houses.House, options.GreenhouseMinOffsetK, options.GreenhouseMaxOffsetK);
            }
        }
        if (options.ShiftLighting && LightingShiftSeries.FromBaseline(baseline) is { } l)
        {
            lighting = l;
            for (int i = 0; i < n; i++)
            {
                if (l.InPhotoperiod[i])
                    load[i] -= l.BaselineKw[i];
            }
        }
        return inputs with { FixedLoadKw = load, Heat = heat, Greenhouse = greenhouse, Lighting = lighting };
    }

    /// <summary>The intervals [start, start + count) of these inputs, with new starting states.</summary>
    /// <param name="start">First interval.</param>
    /// <param name="count">Number of intervals.</param>
    /// <param name="batteryInitialFraction">Battery energy at the start over nameplate [—].</param>
    /// <param name="hydroInitialFill">Upper reservoir fill at the start [—].</param>
    /// <param name="greenhouseInitialOffsetK">Greenhouse air deviation from its heating set-point at the start [K].</param>
    /// <param name="greenhouseInitialMassOffsetK">Greenhouse mass deviation from the held trajectory at the start [K].</param>
    public DispatchInputs Window(int start, int count, double batteryInitialFraction, double hydroInitialFill, double greenhouseInitialOffsetK = 0,
        double greenhouseInitialMassOffsetK = 0) => this with
    {
        Heat = Heat?.Window(start, count),
        Lighting = Lighting?.Window(start, count),
        Greenhouse = Greenhouse is { } g ? g with
        {
            InitialOffsetK = Math.Clamp(greenhouseInitialOffsetK, g.MinOffsetK, g.MaxOffsetK),
            InitialMassOffsetK = Math.Clamp(greenhouseInitialMassOffsetK, -10, 10),
        } : null,
        PvAcKwPerKwp = PvAcKwPerKwp.AsSpan(start, count).ToArray(),
        FixedLoadKw = FixedLoadKw.AsSpan(start, count).ToArray(),
        ImportPriceCnyPerKwh = ImportPriceCnyPerKwh.AsSpan(start, count).ToArray(),
        ExportPriceCnyPerKwh = ExportPriceCnyPerKwh.AsSpan(start, count).ToArray(),
        BatteryInitialFraction = Math.Clamp(batteryInitialFraction, 0, 1),
        HydroInitialFill = Math.Clamp(hydroInitialFill, 0, 1),
        HydroLinearisationFill = Math.Clamp(hydroInitialFill, 0, 1),
    };
}
