using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>The dispatch LP/MILP of a park over a time grid: every constraint family added to one <see cref="LpModel"/>, solved
/// for the least energy cost − export revenue + wear (+ CO₂ when priced).</summary>
/// <remarks>
/// <para>min Σ_t [(p_imp,t + c_CO₂·f)·P_imp,t − p_exp,t·P_exp,t + w_b·(P_ch,t + P_dis,t) + w_h·(P_g,t + P_p,t)]·Δt + Σ penalties·slack,
/// subject to <see cref="PvConstraints"/>, <see cref="GridConstraints"/>, <see cref="BatteryConstraints"/>,
/// <see cref="ShaftStorageConstraints"/> and <see cref="ElectricBalanceConstraints"/>: one family per asset, REopt-style
/// inputs, constraints and results [223], storage as PyPSA writes it (state of charge as a variable linked across intervals) [226];
/// solved with HiGHS [221] through OR-Tools [220].</para>
/// <para>Sizing builds on the same families: create the <see cref="LpModel"/>, make capacity variables on its
/// <see cref="LpModel.Solver"/>, pass them in <see cref="DispatchCapacities"/> to <see cref="Build(LpModel, DispatchInputs, DispatchOptions, DispatchCapacities)"/>, add capex terms to the
/// objective, then <see cref="Solve"/>.</para>
/// </remarks>
public sealed class DispatchModel : IDisposable
{
    private DispatchModel(LpModel model, DispatchInputs inputs, DispatchOptions options, PvConstraints pv, GridConstraints grid,
        BatteryConstraints? battery, ShaftStorageConstraints? hydro, ElectricBalanceConstraints balance)
    {
        Model = model;
        Inputs = inputs;
        Options = options;
        Pv = pv;
        Grid = grid;
        Battery = battery;
        Hydro = hydro;
        Balance = balance;
    }

    /// <summary>Heat plant family (with the greenhouse store when the inputs carry one), or null.</summary>
    public HeatPlantConstraints? Heat { get; private init; }

    /// <summary>Lighting shift family, or null.</summary>
    public LightingShiftConstraints? Lighting { get; private init; }

    /// <summary>The underlying model.</summary>
    public LpModel Model { get; }

    /// <summary>The inputs it was built from.</summary>
    public DispatchInputs Inputs { get; }

    /// <summary>The options it was built with.</summary>
    public DispatchOptions Options { get; }

    /// <summary>PV family.</summary>
    public PvConstraints Pv { get; }

    /// <summary>Grid family.</summary>
    public GridConstraints Grid { get; }

    /// <summary>Battery family, or null.</summary>
    public BatteryConstraints? Battery { get; }

    /// <summary>Shaft storage family, or null.</summary>
    public ShaftStorageConstraints? Hydro { get; }

    /// <summary>Electric bus family.</summary>
    public ElectricBalanceConstraints Balance { get; }

    /// <summary>Builds the dispatch model with the design's own capacities.</summary>
    /// <param name="inputs">Series, assets and starting states (validated here).</param>
    /// <param name="options">Solver and prices (validated here).</param>
    public static DispatchModel Build(DispatchInputs inputs, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var model = new LpModel(options.Solver, options.UseBinaries, options.NameVariables, options.HighsOptions);
        return Build(model, inputs.Validated(), options, DispatchCapacities.Of(inputs), complete: true);
    }

    /// <summary>Builds the dispatch model into an existing <paramref name="model"/> with the given capacities (constants or variables).</summary>
    /// <param name="model">The model to add to (it may already hold sizing variables).</param>
    /// <param name="inputs">Series, assets and starting states.</param>
    /// <param name="options">Solver and prices.</param>
    /// <param name="capacities">Capacities, constants or decision variables of <paramref name="model"/>.</param>
    public static DispatchModel Build(LpModel model, DispatchInputs inputs, DispatchOptions options, DispatchCapacities capacities) =>
        Build(model, inputs, options, capacities, complete: false);

    // complete: nothing is added to the model after the dispatch families (the dispatch entry), so slack that only a later term
    // could need is left out.
    private static DispatchModel Build(LpModel model, DispatchInputs inputs, DispatchOptions options, DispatchCapacities capacities, bool complete)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(capacities);
        inputs.Validated();
        options.Validated();
        var pv = PvConstraints.Add(model, inputs, capacities);
        var grid = GridConstraints.Add(model, inputs, capacities, options);
        var battery = inputs.Battery is null ? null : BatteryConstraints.Add(model, inputs, capacities, options);
        var hydro = inputs.Hydro is null ? null : ShaftStorageConstraints.Add(model, inputs, capacities, options);
        var balance = ElectricBalanceConstraints.Add(model, inputs, options, pv, grid, battery, hydro,
            surplusEverywhere: !complete);
        var heat = inputs.Heat is { } h
            ? HeatPlantConstraints.Add(model, h, inputs.Greenhouse, capacities.HeatPumpHeatingKw, capacities.HeatPumpCoolingKw, balance.Rows,
                inputs.StepHours, h.BoilerCnyPerKwh, options.SlackPenaltyCnyPerKwh, inputs.Lighting)
            : null;
        var lighting = inputs.Lighting is { } l ? LightingShiftConstraints.Add(model, l, balance.Rows, heat?.HeatRows) : null;
        return new DispatchModel(model, inputs, options, pv, grid, battery, hydro, balance) { Heat = heat, Lighting = lighting };
    }

    /// <summary>Solves under the options' time limit and reads the plan (empty arrays when no plan came back).</summary>
    public DispatchSolution Solve()
    {
        var report = Model.Solve(Options.TimeLimitSeconds, Options.RelativeGap);
        int n = Inputs.Count;
        if (!report.HasPlan)
            return new DispatchSolution(report, Inputs.StepHours, [], [], [], [], [], [], [], []);
        var imp = new double[n];
        var exp = new double[n];
        var pv = new double[n];
        for (int t = 0; t < n; t++)
        {
            imp[t] = Grid.ImportKw[t].SolutionValue();
            exp[t] = Grid.ExportKw[t].SolutionValue();
            pv[t] = Pv.UsedKw[t].SolutionValue();
        }
        double[] batteryKw = [], batteryKwh = [], hydroKw = [], upper = [], lower = [];
        if (Battery is { } b)
        {
            batteryKw = new double[n];
            batteryKwh = new double[n];
            for (int t = 0; t < n; t++)
            {
                batteryKw[t] = b.DischargeKw[t].SolutionValue() - b.ChargeKw[t].SolutionValue();
                batteryKwh[t] = b.EnergyKwh[t].SolutionValue();
            }
        }
        if (Hydro is { } h && Inputs.Hydro is { } plant)
        {
            hydroKw = new double[n];
            upper = new double[n];
            lower = new double[n];
            for (int t = 0; t < n; t++)
            {
                hydroKw[t] = h.GenerateKw[t].SolutionValue() - h.PumpKw[t].SolutionValue();
                double w = h.ContentM3[t].SolutionValue();
                upper[t] = plant.UpperMinimumVolumeM3 + w;
                lower[t] = plant.LowerMinimumVolumeM3 + plant.ActiveVolumeM3 - w;
            }
        }
        double[] offset = [], massOffset = [], heatKw = [], boilerKw = [], heatElectricKw = [], lightingKw = [];
        bool[] lampsOn = [];
        if (Heat is { } heat)
        {
            heatKw = new double[n];
            boilerKw = new double[n];
            heatElectricKw = new double[n];
            for (int t = 0; t < n; t++)
            {
                heatKw[t] = HeatPlantConstraints.ValueOf(heat.HeatPumpHeatKw[t]);
                boilerKw[t] = HeatPlantConstraints.ValueOf(heat.BoilerHeatKw[t]);
                heatElectricKw[t] = heat.ElectricityKw(t);
            }
            if (heat.OffsetK is { } theta)
            {
                offset = new double[n];
                for (int t = 0; t < n; t++)
                    offset[t] = theta[t].SolutionValue();
            }
            if (heat.MassOffsetK is { } mu)
            {
                massOffset = new double[n];
                for (int t = 0; t < n; t++)
                    massOffset[t] = mu[t].SolutionValue();
            }
        }
        if (Lighting is { } lamps && Inputs.Lighting is { } series)
        {
            lightingKw = new double[n];
            for (int t = 0; t < n; t++)
                lightingKw[t] = lamps.LightingKw[t] is { } v ? v.SolutionValue() : series.BaselineKw[t];
            lampsOn = LampSchedule.WholeIntervals(series, lightingKw);
        }
        return new DispatchSolution(report, Inputs.StepHours, imp, exp, pv, batteryKw, batteryKwh, hydroKw, upper, lower)
        {
            HeatingSetPointOffsetK = offset,
            GreenhouseMassOffsetK = massOffset,
            HeatPumpHeatKw = heatKw,
            BoilerHeatKw = boilerKw,
            HeatPlantElectricityKw = heatElectricKw,
            LightingKw = lightingKw,
            LampsOn = lampsOn,
        };
    }

    /// <inheritdoc/>
    public void Dispose() => Model.Dispose();
}
