using System.Runtime.CompilerServices;

namespace MineRose.Core.Storage;

/// <summary>Pumped-hydro storage in a mine shaft: derived design figures and the interval step, with water volumes as the state.</summary>
/// <remarks>
/// <para>Head. The gross head of an interval is the mean over the water moved, H̄ = ΔE_pot/(ρ·g·ΔV), taken exactly
/// from the reservoirs' volume moments (<see cref="Reservoir.VolumeMomentM4"/>); net head is H̄ − h_f when
/// generating and H̄ + h_f when pumping, with h_f the penstock loss at the plant flow [70], [72].</para>
/// <para>Power–flow. Generating, a unit at flow fraction x = q/Q_t delivers P = ρ·g·q·(H̄ − h_f(n·q))·η_t(x)·η_g
/// (efficiency curves: <see cref="EfficiencyCurve"/> [73], [74]);
/// pumping, it draws P = ρ·g·q·(H̄ + h_f(n·q))/(η_p(x)·η_m). Given the power, x is found by a safeguarded Newton
/// iteration, and ΔV = n·q·t is iterated with H̄(ΔV) until the two agree, so the operating point is evaluated at the
/// interval's own mean head and the energy closes.</para>
/// <para>Units. A request is shared equally by the fewest units that can carry it; one unit may run at part load
/// while the others stand, so the plant's minimum load is one unit's. A turbine runs between its minimum flow
/// fraction and the lesser of its rated flow and rated output; a fixed-speed pump only at its rated input, so pump
/// requests are rounded down to whole units (never above the request) and refused below one unit; a
/// variable-speed pump anywhere from its minimum fraction to its rating. A request between feasible loads is
/// rounded down (<see cref="StorageLimit.DiscreteUnits"/>).</para>
/// <para>Time. A change of mode costs the start-up time, during which nothing moves; in the same mode the running
/// power may change from the last interval by the ramp limit. When a reservoir limit is reached part-way, the
/// units stop there: they run for ΔV_max/Q.</para>
/// <para>Mine water. The inflow enters the lower reservoir after the transfer; evaporation (mm/day × surface area)
/// and seepage leave the upper pond. Dewatering pumps keep the water inventory at most V_l,max + V_u,min (never
/// drawing the lower reservoir below its minimum), so the lower reservoir can always take the whole active content
/// of the upper one, and lift the surplus to the surface
/// with their own efficiency: E = ρ·g·V·(z_d − z̄_l)/η_d, reported apart from the storage.</para>
/// </remarks>
public sealed class ShaftPumpedHydro
{
    private const double RhoG = ShaftPumpedHydroDesign.RhoG;
    private const double JoulesPerKwh = 3.6e6;
    private const double VolumeToleranceM3 = 1e-6;
    private const int MaximumHeadIterations = 20;
    private const double HeadTolerance = 1e-8;
    private const double PowerTolerance = 1e-11;

    private readonly Reservoir upper;
    private readonly Reservoir lower;
    private readonly EfficiencyCurve turbineCurve;
    private readonly EfficiencyCurve pumpCurve;
    private readonly PenstockFrictionTable friction;
    private readonly int units;
    private readonly double turbineFlowM3s;
    private readonly double pumpFlowM3s;
    private readonly double generatorEfficiency;
    private readonly double motorEfficiency;
    private readonly double turbineMinimumFraction;
    private readonly double unitTurbineKw;
    private readonly double unitPumpKw;
    private readonly double unitPumpMinimumKw;
    private readonly double rampFractionPerHour;
    private readonly double turbineStartUpH;
    private readonly double pumpStartUpH;
    private readonly double pumpLowestFraction;
    private readonly double pumpHighestFraction;
    private readonly double inventoryCapM3;
    private readonly double evaporationMPerH;
    // The spec's mine-water figures, read every step.
    private readonly double seepageM3h;
    private readonly double dewateringCapacityM3h;
    private readonly double dischargeElevationM;
    private readonly double dewateringEfficiency;
    private readonly double fullFlowKwPerM;
    private readonly double fullFlowLossM;
    private readonly double minimumFlowKwPerM;
    private readonly double minimumFlowLossM;
    private readonly FlowFractionTable? turbineTable;
    private readonly FlowFractionTable? pumpTable;
    // The park's fast path also takes the mean head in closed form within the reservoirs' slices (round-off from the moments).
    private readonly bool closedFormHead;

    /// <summary>Builds the model from a spec, validating it first (errors throw <see cref="InvalidInputException"/>).</summary>
    /// <param name="spec">The plant's geometry and machines.</param>
    public ShaftPumpedHydro(ShaftPumpedHydroSpec spec)
        : this(spec, tabulated: false)
    {
    }

    /// <summary>Builds the model; with <paramref name="tabulated"/> the units' operating point is interpolated in a
    /// <see cref="FlowFractionTable"/> instead of iterated (the park's fast path; annual energy within 0.01 %).</summary>
    /// <param name="spec">The plant's geometry and machines.</param>
    /// <param name="tabulated">True to interpolate the flow fraction, false to solve it to 10⁻¹¹ of the power.</param>
    internal ShaftPumpedHydro(ShaftPumpedHydroSpec spec, bool tabulated)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Warnings = spec.Validate();
        Spec = spec;
        upper = spec.UpperReservoir;
        lower = spec.LowerReservoir;
        var machine = spec.Machine;
        turbineCurve = machine.TurbineEfficiency;
        pumpCurve = machine.PumpEfficiency;
        units = spec.UnitCount;
        generatorEfficiency = machine.GeneratorEfficiency;
        motorEfficiency = machine.MotorEfficiency;
        turbineMinimumFraction = machine.TurbineMinimumFlowFraction;
        unitTurbineKw = machine.TurbineRatedPowerKw;
        unitPumpKw = machine.PumpRatedPowerKw;
        unitPumpMinimumKw = machine.PumpMinimumPowerFraction * unitPumpKw;
        rampFractionPerHour = machine.RampFractionPerMinute * 60.0;
        turbineStartUpH = machine.TurbineStartUpMinutes / 60.0;
        pumpStartUpH = machine.PumpStartUpMinutes / 60.0;
        pumpLowestFraction = Math.Max(pumpCurve.LowestWorkingFlowFraction + 1e-6, 1e-6);
        pumpHighestFraction = Math.Min(pumpCurve.HighestWorkingFlowFraction - 1e-6, 3.0);
        inventoryCapM3 = lower.MaximumVolumeM3 + upper.MinimumVolumeM3;
        evaporationMPerH = spec.UpperEvaporationMmPerDay / 1000.0 / 24.0;
        seepageM3h = spec.UpperSeepageM3h;
        dewateringCapacityM3h = spec.DewateringCapacityM3h;
        dischargeElevationM = spec.DewateringDischargeElevationM;
        dewateringEfficiency = spec.DewateringEfficiency;

        CycleVolumeM3 = ShaftPumpedHydroDesign.CycleVolumeM3(spec);
        DesignHeadM = ShaftPumpedHydroDesign.DesignHeadM(spec);
        MinimumGrossHeadM = ShaftPumpedHydroDesign.MinimumGrossHeadM(spec);
        MaximumGrossHeadM = ShaftPumpedHydroDesign.MaximumGrossHeadM(spec);
        turbineFlowM3s = ShaftPumpedHydroDesign.RatedTurbineFlowM3s(spec, DesignHeadM);
        pumpFlowM3s = ShaftPumpedHydroDesign.RatedPumpFlowM3s(spec, DesignHeadM);
        friction = new PenstockFrictionTable(spec.Penstock, 2.0 * units * Math.Max(turbineFlowM3s, 1.5 * pumpFlowM3s));
        // One unit's output bounds: all units at rated flow (most penstock loss), one unit at its minimum flow (least).
        fullFlowKwPerM = RhoG * turbineFlowM3s * turbineCurve.EfficiencyAt(1.0) * generatorEfficiency / 1000.0;
        fullFlowLossM = friction.HeadLossM(units * turbineFlowM3s);
        minimumFlowKwPerM = RhoG * turbineMinimumFraction * turbineFlowM3s * turbineCurve.EfficiencyAt(turbineMinimumFraction) * generatorEfficiency / 1000.0;
        minimumFlowLossM = friction.HeadLossM(turbineMinimumFraction * turbineFlowM3s);
        closedFormHead = tabulated;
        if (tabulated)
        {
            turbineTable = new FlowFractionTable(units, turbineMinimumFraction, 1.0,
                x => RhoG * x * turbineFlowM3s * turbineCurve.EfficiencyAt(x) * generatorEfficiency,
                (n, x) => friction.HeadLossM(n * x * turbineFlowM3s), pumping: false);
            pumpTable = new FlowFractionTable(units, pumpLowestFraction, pumpHighestFraction,
                x => RhoG * x * pumpFlowM3s / (pumpCurve.EfficiencyAt(x) * motorEfficiency),
                (n, x) => friction.HeadLossM(n * x * pumpFlowM3s), pumping: true);
        }

        RatedGeneratingPowerKw = units * unitTurbineKw;
        RatedPumpingPowerKw = units * unitPumpKw;
        GeneratingHeadLossM = spec.Penstock.HeadLossM(units * turbineFlowM3s);
        PumpingHeadLossM = spec.Penstock.HeadLossM(units * pumpFlowM3s);
        var generatedJPerM3 = RhoG * (DesignHeadM - GeneratingHeadLossM) * turbineCurve.EfficiencyAt(1.0) * generatorEfficiency;
        var absorbedJPerM3 = RhoG * (DesignHeadM + PumpingHeadLossM) / (pumpCurve.EfficiencyAt(1.0) * motorEfficiency);
        StoredPotentialEnergyKwh = RhoG * DesignHeadM * CycleVolumeM3 / JoulesPerKwh;
        UsableEnergyKwh = generatedJPerM3 * CycleVolumeM3 / JoulesPerKwh;
        RechargeEnergyKwh = absorbedJPerM3 * CycleVolumeM3 / JoulesPerKwh;
        RoundTripEfficiency = generatedJPerM3 / absorbedJPerM3;
        GeneratingHours = CycleVolumeM3 / (units * turbineFlowM3s) / 3600.0;
        PumpingHours = CycleVolumeM3 / (units * pumpFlowM3s) / 3600.0;
    }

    [ThreadStatic]
    private static ShaftPumpedHydro? lastTabulated;

    /// <summary>The tabulated plant for <paramref name="spec"/>, reused while the same spec instance is asked for again on
    /// this thread (the plant is immutable; a park simulated year after year, or a screening run, builds its tables once).</summary>
    /// <param name="spec">The plant's geometry and machines.</param>
    internal static ShaftPumpedHydro Tabulated(ShaftPumpedHydroSpec spec)
    {
        if (lastTabulated is { } last && ReferenceEquals(last.Spec, spec))
            return last;
        return lastTabulated = new ShaftPumpedHydro(spec, tabulated: true);
    }

    /// <summary>The validated spec.</summary>
    public ShaftPumpedHydroSpec Spec { get; }

    /// <summary>Warnings about legal but unwise design choices, from <see cref="ShaftPumpedHydroSpec.Validate"/>.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Water one full cycle moves, the smaller of the two active volumes [m³].</summary>
    public double CycleVolumeM3 { get; }

    /// <summary>Energy-weighted mean gross head of a full cycle [m]; the design head.</summary>
    public double DesignHeadM { get; }

    /// <summary>Gross head with the upper reservoir at its minimum and the lower holding the cycle volume [m].</summary>
    public double MinimumGrossHeadM { get; }

    /// <summary>Gross head with the upper reservoir holding the cycle volume and the lower at its minimum [m].</summary>
    public double MaximumGrossHeadM { get; }

    /// <summary>Rated turbine flow of one unit: rated output at the design head with all units running [m³/s].</summary>
    public double TurbineRatedFlowM3s => turbineFlowM3s;

    /// <summary>Rated pump flow of one unit: rated input at the design head with all units running [m³/s].</summary>
    public double PumpRatedFlowM3s => pumpFlowM3s;

    /// <summary>Plant output with every unit at its rating [kW].</summary>
    public double RatedGeneratingPowerKw { get; }

    /// <summary>Plant input with every pump at its rating [kW].</summary>
    public double RatedPumpingPowerKw { get; }

    /// <summary>Penstock head loss at the plant's rated turbine flow [m].</summary>
    public double GeneratingHeadLossM { get; }

    /// <summary>Penstock head loss at the plant's rated pump flow [m].</summary>
    public double PumpingHeadLossM { get; }

    /// <summary>Potential energy of the cycle volume at the design head, ρ·g·H̄·V [kWh].</summary>
    public double StoredPotentialEnergyKwh { get; }

    /// <summary>Electricity a full cycle volume yields at rated flow and the design head, ρ·g·V·(H̄ − h_f)·η_t·η_g [kWh].</summary>
    public double UsableEnergyKwh { get; }

    /// <summary>Electricity needed to pump the cycle volume back at rated input and the design head [kWh].</summary>
    public double RechargeEnergyKwh { get; }

    /// <summary>Round-trip efficiency at rated flow and the design head, <see cref="UsableEnergyKwh"/>/<see cref="RechargeEnergyKwh"/> [-].</summary>
    /// <remarks>Published: 73.8–77.3 % for large underground Francis plants [75]; ≈0.50–0.65 for pumps as turbines [76].</remarks>
    public double RoundTripEfficiency { get; }

    /// <summary>Hours to empty the cycle volume through all turbines at rated flow [h].</summary>
    public double GeneratingHours { get; }

    /// <summary>Hours to refill the cycle volume with all pumps at rated input [h].</summary>
    public double PumpingHours { get; }

    /// <summary>Hours of a full cycle: generating plus pumping at rating [h].</summary>
    public double FullCycleHours => GeneratingHours + PumpingHours;

    /// <summary>Idle state with a fraction of the cycle volume in the upper reservoir and the rest in the lower.</summary>
    /// <param name="fillFraction">Share of the cycle volume held in the upper reservoir [-], 0 to 1.</param>
    public ShaftPumpedHydroState StateAtFill(double fillFraction)
    {
        Guard.InRange(fillFraction, 0, 1, nameof(fillFraction));
        return new ShaftPumpedHydroState(
            upper.MinimumVolumeM3 + fillFraction * CycleVolumeM3,
            lower.MinimumVolumeM3 + (1 - fillFraction) * CycleVolumeM3);
    }

    /// <summary>Gross head between the two water surfaces in a state [m].</summary>
    /// <param name="state">Plant state.</param>
    public double GrossHeadM(in ShaftPumpedHydroState state) => upper.LevelM(state.UpperVolumeM3) - lower.LevelM(state.LowerVolumeM3);

    /// <summary>Electricity the water now usable in the upper reservoir would yield at rated flow [kWh].</summary>
    /// <param name="state">Plant state.</param>
    public double StoredEnergyKwh(in ShaftPumpedHydroState state)
    {
        var dv = Math.Min(state.UpperVolumeM3 - upper.MinimumVolumeM3, lower.MaximumVolumeM3 - state.LowerVolumeM3);
        if (dv <= 0)
            return 0;
        var su = upper.SliceAt(state.UpperVolumeM3);
        var sl = lower.SliceAt(state.LowerVolumeM3);
        int fu = -1, fl = -1;
        var head = GeneratingHead(state.UpperVolumeM3, su.MomentM4, state.LowerVolumeM3, sl.MomentM4, dv, su, sl, ref fu, ref fl);
        return RhoG * dv * Math.Max(0, head - GeneratingHeadLossM) * turbineCurve.EfficiencyAt(1.0) * generatorEfficiency / JoulesPerKwh;
    }

    /// <summary>Runs one interval at the spec's mine-water inflow.</summary>
    /// <param name="state">State at the start of the interval.</param>
    /// <param name="requestedPowerKw">Requested mean power [kW]: positive to generate, negative to pump, 0 to stand.</param>
    /// <param name="durationH">Interval length [h].</param>
    public ShaftPumpedHydroStep Step(in ShaftPumpedHydroState state, double requestedPowerKw, double durationH) =>
        Step(state, requestedPowerKw, durationH, Spec.MineWaterInflowM3h);

    /// <summary>Runs one interval: the power actually delivered or absorbed, the water moved, both levels, the losses, mine-water handling and the binding limit.</summary>
    /// <param name="state">State at the start of the interval.</param>
    /// <param name="requestedPowerKw">Requested mean power [kW]: positive to generate, negative to pump, 0 to stand.</param>
    /// <param name="durationH">Interval length [h].</param>
    /// <param name="mineWaterInflowM3h">Mine water flowing into the lower reservoir in this interval [m³/h], at most the dewatering capacity.</param>
    public ShaftPumpedHydroStep Step(in ShaftPumpedHydroState state, double requestedPowerKw, double durationH, double mineWaterInflowM3h)
    {
        Guard.Finite(requestedPowerKw, nameof(requestedPowerKw));
        if (!(durationH > 0) || !double.IsFinite(durationH))
            Guard.Positive(durationH, nameof(durationH));
        if (!(mineWaterInflowM3h >= 0) || mineWaterInflowM3h > Spec.DewateringCapacityM3h)
            Guard.InRange(mineWaterInflowM3h, 0, Spec.DewateringCapacityM3h, nameof(mineWaterInflowM3h));
        if (!(state.UpperVolumeM3 >= 0) || state.UpperVolumeM3 > upper.CapacityM3)
            Guard.InRange(state.UpperVolumeM3, 0, upper.CapacityM3, "state.UpperVolumeM3");
        if (!(state.LowerVolumeM3 >= 0) || state.LowerVolumeM3 > lower.CapacityM3)
            Guard.InRange(state.LowerVolumeM3, 0, lower.CapacityM3, "state.LowerVolumeM3");
        return StepUnchecked(state, requestedPowerKw, durationH, mineWaterInflowM3h);
    }

    /// <summary><see cref="Step(in ShaftPumpedHydroState, double, double, double)"/> without its argument checks, for the park, whose
    /// state is always the plant's own last state, whose requests are finite powers of its bus and whose inflow and interval
    /// are the validated spec's and grid's.</summary>
    /// <param name="state">State at the start of the interval, as a step of this plant left it.</param>
    /// <param name="requestedPowerKw">Requested mean power [kW], finite: positive to generate, negative to pump, 0 to stand.</param>
    /// <param name="durationH">Interval length [h], positive.</param>
    /// <param name="mineWaterInflowM3h">Mine water flowing into the lower reservoir [m³/h], 0 to the dewatering capacity.</param>
    internal ShaftPumpedHydroStep StepUnchecked(in ShaftPumpedHydroState state, double requestedPowerKw, double durationH, double mineWaterInflowM3h)
    {
        int upperSlice = -1, lowerSlice = -1;
        return StepUnchecked(state, requestedPowerKw, durationH, mineWaterInflowM3h, ref upperSlice, ref lowerSlice);
    }

    /// <summary><see cref="StepUnchecked(in ShaftPumpedHydroState, double, double, double)"/> carrying each reservoir's table slice
    /// from one step to the next, so that a step starts where the last one left the surfaces (same values to the last bit).</summary>
    /// <param name="state">State at the start of the interval, as a step of this plant left it.</param>
    /// <param name="requestedPowerKw">Requested mean power [kW], finite: positive to generate, negative to pump, 0 to stand.</param>
    /// <param name="durationH">Interval length [h], positive.</param>
    /// <param name="mineWaterInflowM3h">Mine water flowing into the lower reservoir [m³/h], 0 to the dewatering capacity.</param>
    /// <param name="upperSlice">Upper reservoir's slice index left by the last step (−1 at first); receives this step's.</param>
    /// <param name="lowerSlice">Lower reservoir's slice index left by the last step (−1 at first); receives this step's.</param>
    internal ShaftPumpedHydroStep StepUnchecked(in ShaftPumpedHydroState state, double requestedPowerKw, double durationH, double mineWaterInflowM3h,
        ref int upperSlice, ref int lowerSlice)
    {
        // The slice indices eu, el follow each surface through the step: a table search only when a volume has left the
        // slice of the last lookup (the values are the table's own, to the last bit).
        int eu = upperSlice, el = lowerSlice;
        var op = Transfer.Of(this, state, requestedPowerKw, durationH, ref eu, ref el);
        var generating = requestedPowerKw > 0;
        var water = MineWater(state, op, generating, mineWaterInflowM3h, durationH, ref eu, ref el);
        var energyKwh = op.ElectricityKwh;
        var upperLevelM = upper.LevelNear(water.UpperVolumeM3, ref eu);
        var lowerLevelM = lower.LevelNear(water.LowerVolumeM3, ref el);
        (upperSlice, lowerSlice) = (eu, el);
        var potentialKwh = RhoG * op.VolumeM3 * op.GrossHeadM / JoulesPerKwh;
        return new ShaftPumpedHydroStep
        {
            State = EndState(op, generating, water),
            RequestedPowerKw = requestedPowerKw,
            PowerKw = (generating ? energyKwh : -energyKwh) / durationH,
            GeneratedKwh = generating ? energyKwh : 0,
            AbsorbedKwh = generating ? 0 : energyKwh,
            TurbinedWaterM3 = generating ? op.VolumeM3 : 0,
            PumpedWaterM3 = generating ? 0 : op.VolumeM3,
            FlowM3s = op.VolumeM3 > 0 ? op.FlowM3s : 0,
            UnitsRunning = op.VolumeM3 > 0 ? op.Units : 0,
            RunningHours = op.RunningHours,
            UpperLevelM = upperLevelM,
            LowerLevelM = lowerLevelM,
            GrossHeadM = op.VolumeM3 > 0 ? op.GrossHeadM : upperLevelM - lowerLevelM,
            HeadLossM = op.HeadLossM,
            PotentialEnergyGainKwh = generating ? -potentialKwh : potentialKwh,
            FrictionLossKwh = op.FrictionLossKwh,
            MachineLossKwh = op.MachineLossKwh,
            ElectricalLossKwh = op.ElectricalLossKwh,
            MineWaterInflowM3 = water.InflowM3,
            EvaporationM3 = water.EvaporationM3,
            SeepageM3 = water.SeepageM3,
            DewateredWaterM3 = water.DewateredM3,
            DewateringEnergyKwh = water.DewateringKwh,
            Limit = op.Limit,
        };
    }

    /// <summary>The park's step: <see cref="StepUnchecked(in ShaftPumpedHydroState, double, double, double, ref int, ref int)"/>
    /// computing only what the park's bus and ledger read — the same operations on the same operands, so every value is the
    /// same to the last bit — without the two final water levels and the 24-value record.</summary>
    /// <param name="state">State at the start of the interval, as a step of this plant left it.</param>
    /// <param name="requestedPowerKw">Requested mean power [kW], finite: positive to generate, negative to pump, 0 to stand.</param>
    /// <param name="durationH">Interval length [h], positive.</param>
    /// <param name="mineWaterInflowM3h">Mine water flowing into the lower reservoir [m³/h], 0 to the dewatering capacity.</param>
    /// <param name="upperSlice">Upper reservoir's slice index left by the last step (−1 at first); receives this step's.</param>
    /// <param name="lowerSlice">Lower reservoir's slice index left by the last step (−1 at first); receives this step's.</param>
    /// <param name="flows">Receives the electricity and mine water of the interval.</param>
    /// <returns>The state at the end of the interval (<see cref="ShaftPumpedHydroStep.State"/>).</returns>
    internal ShaftPumpedHydroState StepFlows(in ShaftPumpedHydroState state, double requestedPowerKw, double durationH, double mineWaterInflowM3h,
        ref int upperSlice, ref int lowerSlice, out ShaftPumpedHydroFlows flows)
    {
        int eu = upperSlice, el = lowerSlice;
        var op = Transfer.Of(this, state, requestedPowerKw, durationH, ref eu, ref el);
        var generating = requestedPowerKw > 0;
        var water = MineWater(state, op, generating, mineWaterInflowM3h, durationH, ref eu, ref el);
        (upperSlice, lowerSlice) = (eu, el);
        var energyKwh = op.ElectricityKwh;
        flows = new ShaftPumpedHydroFlows(generating ? energyKwh : 0, generating ? 0 : energyKwh, water.DewateringKwh, water.InflowM3, water.DewateredM3);
        return EndState(op, generating, water);
    }

    // Mode and running power at the end of the interval: idle when nothing moved or the units stopped at a reservoir limit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ShaftPumpedHydroState EndState(in Transfer op, bool generating, in WaterBalance water)
    {
        var stillRunning = op.VolumeM3 > 0 && !op.StoppedEarly;
        var mode = !stillRunning ? PumpedHydroMode.Idle : generating ? PumpedHydroMode.Generating : PumpedHydroMode.Pumping;
        var runningKw = !stillRunning ? 0 : (generating ? 1 : -1) * op.ElectricityKwh / op.RunningHours;
        return new ShaftPumpedHydroState(water.UpperVolumeM3, water.LowerVolumeM3, mode, runningKw);
    }

    // The volumes after the transfer, the mine-water inflow, evaporation, seepage and dewatering.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WaterBalance MineWater(in ShaftPumpedHydroState state, in Transfer op, bool generating, double mineWaterInflowM3h, double durationH,
        ref int eu, ref int el)
    {
        var vu = state.UpperVolumeM3 + (generating ? -op.VolumeM3 : op.VolumeM3);
        var vl = state.LowerVolumeM3 + (generating ? op.VolumeM3 : -op.VolumeM3);
        // Guard against round-off pushing a bound a hair past its limit.
        if (op.VolumeM3 > 0)
        {
            vu = generating ? Math.Max(vu, upper.MinimumVolumeM3) : Math.Min(vu, upper.MaximumVolumeM3);
            vl = generating ? Math.Min(vl, lower.MaximumVolumeM3) : Math.Max(vl, lower.MinimumVolumeM3);
        }

        var inflowM3 = mineWaterInflowM3h * durationH;
        vl += inflowM3;
        var evaporationM3 = evaporationMPerH > 0 ? Math.Min(vu, evaporationMPerH * durationH * upper.SurfaceAreaNear(vu, ref eu)) : 0;
        vu -= evaporationM3;
        var seepageM3 = Math.Min(vu, seepageM3h * durationH);
        vu -= seepageM3;

        // Never below the lower reservoir's minimum: with a larger upper than lower active volume the rule cannot hold.
        var surplusM3 = Math.Max(vu + vl - inventoryCapM3, vl - lower.MaximumVolumeM3);
        var removableM3 = Math.Max(0, vl - lower.MinimumVolumeM3);
        var dewateredM3 = Math.Clamp(surplusM3, 0, Math.Min(dewateringCapacityM3h * durationH, removableM3));
        var dewateringKwh = 0.0;
        if (dewateredM3 > 0)
        {
            var liftM = dischargeElevationM - lower.MeanLevelNear(vl - dewateredM3, vl, ref el);
            dewateringKwh = RhoG * dewateredM3 * Math.Max(0, liftM) / dewateringEfficiency / JoulesPerKwh;
            vl -= dewateredM3;
        }
        return new WaterBalance(vu, vl, inflowM3, evaporationM3, seepageM3, dewateredM3, dewateringKwh);
    }

    // The reservoirs after the mine-water flows of an interval, and those flows.
    private readonly record struct WaterBalance(
        double UpperVolumeM3, double LowerVolumeM3, double InflowM3, double EvaporationM3, double SeepageM3, double DewateredM3, double DewateringKwh);

    // The turbines: choose units and load, then iterate flow and mean head.
    private Transfer Generate(in ShaftPumpedHydroState state, double requestKw, double durationH, ref int eu, ref int el)
    {
        var vu = state.UpperVolumeM3;
        var vl = state.LowerVolumeM3;
        var maxVolumeM3 = Math.Min(vu - upper.MinimumVolumeM3, lower.MaximumVolumeM3 - vl);
        if (maxVolumeM3 <= VolumeToleranceM3)
            return Transfer.None(StorageLimit.Empty);
        var continuing = state.Mode == PumpedHydroMode.Generating;
        var runH = durationH - (continuing ? 0 : turbineStartUpH);
        if (runH <= 0)
            return Transfer.None(StorageLimit.StartUp);
        var timeLimit = continuing ? StorageLimit.None : turbineStartUpH > 0 ? StorageLimit.StartUp : StorageLimit.None;
        var targetKw = Ramped(requestKw, continuing, Math.Max(0, state.PowerKw), RatedGeneratingPowerKw, durationH, ref timeLimit);

        // One lookup per reservoir for the step (the same moment and area as VolumeMomentM4 and SurfaceAreaM2 give).
        var su = upper.SliceNear(vu, ref eu);
        var sl = lower.SliceNear(vl, ref el);
        var momentUpper = su.MomentM4;
        var momentLower = sl.MomentM4;
        // |dH̄/dΔV| ≈ (1/A_u + 1/A_l)/2: the mean head of the moved water shifts by half the level change of each surface.
        var headSlope = 0.5 * (1.0 / su.AreaM2 + 1.0 / sl.AreaM2);
        var volumeM3 = Math.Min(maxVolumeM3, targetKw / RatedGeneratingPowerKw * units * turbineFlowM3s * 3600.0 * runH);
        var x = 1.0;
        var n = 0;
        var unitLimit = StorageLimit.None;
        var flowM3s = 0.0;
        var head = 0.0;
        double previousVolumeM3 = double.NaN, previousImageM3 = double.NaN, imageM3 = volumeM3;
        // The table bracket of the last iterate, for the same number of running units (FlowFractionTable.FractionAt).
        int node = -1, nodeUnits = 0;
        for (var iteration = 0; iteration < MaximumHeadIterations; iteration++)
        {
            head = GeneratingHead(vu, momentUpper, vl, momentLower, volumeM3, su, sl, ref eu, ref el);
            // At a fixed flow fraction the output is linear in head: P = k·(H − h_f), k = ρ·g·q·η_t(x)·η_g.
            var highKw = Math.Min(unitTurbineKw, fullFlowKwPerM * (head - fullFlowLossM));
            if (highKw <= 0)
                return Transfer.None(StorageLimit.AboveRating);
            var lowKw = Math.Min(highKw, minimumFlowKwPerM * (head - minimumFlowLossM));
            n = Commit(targetKw, lowKw, highKw, out var unitKw, out unitLimit);
            if (n == 0)
                return Transfer.None(StorageLimit.BelowMinimumLoad);
            if (n != nodeUnits)
                (node, nodeUnits) = (-1, n);
            x = turbineTable is { } table ? table.FractionAt(n, head, unitKw * 1000.0, ref node) : SolveTurbine(unitKw * 1000.0, n, head, iteration == 0 ? Guess(unitKw, lowKw, highKw) : x);
            flowM3s = n * x * turbineFlowM3s;
            imageM3 = Math.Min(maxVolumeM3, flowM3s * 3600.0 * runH);
            if (Math.Abs(imageM3 - volumeM3) <= HeadTolerance * Math.Max(imageM3, 1.0))
                break;
            volumeM3 = Accelerate(volumeM3, imageM3, imageM3 / head * headSlope, ref previousVolumeM3, ref previousImageM3, maxVolumeM3);
        }

        // The volume the final flow actually moves, so running time and energy agree with the operating point.
        volumeM3 = imageM3;

        head = GeneratingHead(vu, momentUpper, vl, momentLower, volumeM3, su, sl, ref eu, ref el);
        var lossM = friction.HeadLossM(flowM3s);
        var eta = turbineCurve.EfficiencyAt(x);
        var hydraulicJ = RhoG * volumeM3 * (head - lossM);
        var shaftJ = hydraulicJ * eta;
        var electricJ = shaftJ * generatorEfficiency;
        var stopped = flowM3s * 3600.0 * runH > maxVolumeM3 * (1 + 1e-12);
        var limit = stopped ? StorageLimit.Empty : unitLimit != StorageLimit.None ? unitLimit : timeLimit;
        return new Transfer(volumeM3, flowM3s, n, volumeM3 / (flowM3s * 3600.0), head, lossM, electricJ / JoulesPerKwh,
            RhoG * volumeM3 * lossM / JoulesPerKwh, (hydraulicJ - shaftJ) / JoulesPerKwh, (shaftJ - electricJ) / JoulesPerKwh, stopped, limit);
    }

    // The pumps: choose units and input, then iterate flow and mean head.
    private Transfer Pump(in ShaftPumpedHydroState state, double requestKw, double durationH, ref int eu, ref int el)
    {
        var vu = state.UpperVolumeM3;
        var vl = state.LowerVolumeM3;
        var maxVolumeM3 = Math.Min(upper.MaximumVolumeM3 - vu, vl - lower.MinimumVolumeM3);
        if (maxVolumeM3 <= VolumeToleranceM3)
            return Transfer.None(StorageLimit.Full);
        var continuing = state.Mode == PumpedHydroMode.Pumping;
        var runH = durationH - (continuing ? 0 : pumpStartUpH);
        if (runH <= 0)
            return Transfer.None(StorageLimit.StartUp);
        var timeLimit = continuing ? StorageLimit.None : pumpStartUpH > 0 ? StorageLimit.StartUp : StorageLimit.None;
        var targetKw = Ramped(requestKw, continuing, Math.Max(0, -state.PowerKw), RatedPumpingPowerKw, durationH, ref timeLimit);
        var n = Commit(targetKw, unitPumpMinimumKw, unitPumpKw, out var unitKw, out var unitLimit);
        if (n == 0)
            return Transfer.None(StorageLimit.BelowMinimumLoad);

        // One lookup per reservoir for the step (the same moment and area as VolumeMomentM4 and SurfaceAreaM2 give).
        var su = upper.SliceNear(vu, ref eu);
        var sl = lower.SliceNear(vl, ref el);
        var momentUpper = su.MomentM4;
        var momentLower = sl.MomentM4;
        // |dH̄/dΔV| ≈ (1/A_u + 1/A_l)/2: the mean head of the moved water shifts by half the level change of each surface.
        var headSlope = 0.5 * (1.0 / su.AreaM2 + 1.0 / sl.AreaM2);
        var volumeM3 = Math.Min(maxVolumeM3, n * unitKw / unitPumpKw * pumpFlowM3s * 3600.0 * runH);
        var x = 1.0;
        var flowM3s = 0.0;
        var head = 0.0;
        double previousVolumeM3 = double.NaN, previousImageM3 = double.NaN, imageM3 = volumeM3;
        var node = -1;
        for (var iteration = 0; iteration < MaximumHeadIterations; iteration++)
        {
            head = PumpingHead(vu, momentUpper, vl, momentLower, volumeM3, su, sl, ref eu, ref el);
            x = pumpTable is { } table ? TabulatedPump(table, unitKw * 1000.0, n, head, ref unitLimit, ref node) : SolvePump(unitKw * 1000.0, n, head, x, ref unitLimit);
            if (double.IsNaN(x))
                return Transfer.None(StorageLimit.BelowMinimumLoad);
            flowM3s = n * x * pumpFlowM3s;
            imageM3 = Math.Min(maxVolumeM3, flowM3s * 3600.0 * runH);
            if (Math.Abs(imageM3 - volumeM3) <= HeadTolerance * Math.Max(imageM3, 1.0))
                break;
            volumeM3 = Accelerate(volumeM3, imageM3, -imageM3 / head * headSlope, ref previousVolumeM3, ref previousImageM3, maxVolumeM3);
        }

        // The volume the final flow actually moves, so running time and energy agree with the operating point.
        volumeM3 = imageM3;

        head = PumpingHead(vu, momentUpper, vl, momentLower, volumeM3, su, sl, ref eu, ref el);
        var lossM = friction.HeadLossM(flowM3s);
        var eta = pumpCurve.EfficiencyAt(x);
        var hydraulicJ = RhoG * volumeM3 * (head + lossM);
        var shaftJ = hydraulicJ / eta;
        var electricJ = shaftJ / motorEfficiency;
        var stopped = flowM3s * 3600.0 * runH > maxVolumeM3 * (1 + 1e-12);
        var limit = stopped ? StorageLimit.Full : unitLimit != StorageLimit.None ? unitLimit : timeLimit;
        return new Transfer(volumeM3, flowM3s, n, volumeM3 / (flowM3s * 3600.0), head, lossM, electricJ / JoulesPerKwh,
            RhoG * volumeM3 * lossM / JoulesPerKwh, (shaftJ - hydraulicJ) / JoulesPerKwh, (electricJ - shaftJ) / JoulesPerKwh, stopped, limit);
    }

    // Secant step on the fixed point ΔV = F(ΔV) (F: volume the solved flow moves at the head of ΔV). The first step uses
    // the slope expected at constant power, F ∝ 1/H̄ so dF/dΔV = −(F/H̄)·dH̄/dΔV; later ones the secant; plain
    // iteration whenever the slope is unusable.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Accelerate(double volumeM3, double imageM3, double estimatedSlope, ref double previousVolumeM3, ref double previousImageM3, double maxVolumeM3)
    {
        var slope = estimatedSlope;
        if (!double.IsNaN(previousVolumeM3) && volumeM3 != previousVolumeM3)
            slope = (imageM3 - previousImageM3) / (volumeM3 - previousVolumeM3);
        var next = double.IsFinite(slope) && slope < 0.9 ? volumeM3 + (imageM3 - volumeM3) / (1.0 - slope) : imageM3;
        previousVolumeM3 = volumeM3;
        previousImageM3 = imageM3;
        return Math.Clamp(next, 0, maxVolumeM3);
    }

    // Limits the change of running power within a mode; a mode change has its start-up time instead.
    private double Ramped(double requestKw, bool continuing, double previousKw, double plantKw, double durationH, ref StorageLimit limit)
    {
        if (!continuing)
            return requestKw;
        var maxChangeKw = rampFractionPerHour * durationH * plantKw;
        if (requestKw > previousKw + maxChangeKw)
        {
            limit = StorageLimit.Ramp;
            return previousKw + maxChangeKw;
        }
        if (requestKw < previousKw - maxChangeKw)
        {
            limit = StorageLimit.Ramp;
            return previousKw - maxChangeKw;
        }
        return requestKw;
    }

    // The fewest units whose load range holds the request, sharing it equally; else the largest feasible load below it.
    private int Commit(double targetKw, double lowKw, double highKw, out double unitKw, out StorageLimit limit)
    {
        limit = StorageLimit.None;
        if (targetKw >= units * highKw)
        {
            unitKw = highKw;
            if (targetKw > units * highKw * (1 + 1e-9))
                limit = StorageLimit.AboveRating;
            return units;
        }
        var n = Math.Max(1, (int)Math.Ceiling(targetKw / highKw - 1e-9));
        if (targetKw / n >= lowKw * (1 - 1e-12))
        {
            unitKw = Math.Min(targetKw / n, highKw);
            return n;
        }
        n -= 1;
        unitKw = n == 0 ? 0 : highKw;
        limit = n == 0 ? StorageLimit.BelowMinimumLoad : StorageLimit.DiscreteUnits;
        return n;
    }

    // The iterated model's first flow fraction: linear between the unit's load bounds (the table needs none).
    private double Guess(double unitKw, double lowKw, double highKw) =>
        highKw > lowKw ? turbineMinimumFraction + (1 - turbineMinimumFraction) * (unitKw - lowKw) / (highKw - lowKw) : 1.0;

    // Safeguarded Newton on the flow fraction in [x_min, 1]; the unit-commitment bounds bracket the root.
    private double SolveTurbine(double targetW, int n, double headM, double guess)
    {
        double lo = turbineMinimumFraction, hi = 1.0;
        var x = Math.Clamp(guess, lo, hi);
        for (var i = 0; i < 60; i++)
        {
            var q = x * turbineFlowM3s;
            var lossM = friction.HeadLossM(n * q);
            var eta = turbineCurve.EfficiencyAndSlope(x, out var etaSlope);
            var residual = RhoG * q * (headM - lossM) * eta * generatorEfficiency - targetW;
            if (Math.Abs(residual) <= PowerTolerance * targetW)
                return x;
            if (residual < 0)
                lo = x;
            else
                hi = x;
            // d/dx with h_f ∝ Q²: x·dh_f/dx = 2·h_f.
            var slope = RhoG * turbineFlowM3s * generatorEfficiency * ((headM - 3.0 * lossM) * eta + x * (headM - lossM) * etaSlope);
            var next = slope > 0 ? x - residual / slope : double.NaN;
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi);
            // Newton converges quadratically: a step this small leaves a residual far below the tolerance.
            if (hi - lo <= 1e-15 || Math.Abs(next - x) <= 1e-10)
                return next;
            x = next;
        }
        return x;
    }

    // Safeguarded Newton on the pump flow fraction for an electrical input; NaN when the head is beyond the pump at that input.
    private double SolvePump(double targetW, int n, double headM, double guess, ref StorageLimit limit)
    {
        double lo = pumpLowestFraction, hi = pumpHighestFraction;
        if (PumpPowerW(lo, n, headM) > targetW)
            return double.NaN;
        if (PumpPowerW(hi, n, headM) < targetW)
        {
            limit = StorageLimit.AboveRating;
            return hi;
        }
        var x = Math.Clamp(guess, lo, hi);
        for (var i = 0; i < 60; i++)
        {
            var q = x * pumpFlowM3s;
            var lossM = friction.HeadLossM(n * q);
            var eta = pumpCurve.EfficiencyAndSlope(x, out var etaSlope);
            var residual = RhoG * q * (headM + lossM) / (eta * motorEfficiency) - targetW;
            if (Math.Abs(residual) <= PowerTolerance * targetW)
                return x;
            if (residual < 0)
                lo = x;
            else
                hi = x;
            var slope = RhoG * pumpFlowM3s / motorEfficiency * ((headM + 3.0 * lossM) / eta - x * (headM + lossM) * etaSlope / (eta * eta));
            var next = slope > 0 ? x - residual / slope : double.NaN;
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi);
            // Newton converges quadratically: a step this small leaves a residual far below the tolerance.
            if (hi - lo <= 1e-15 || Math.Abs(next - x) <= 1e-10)
                return next;
            x = next;
        }
        return x;
    }

    // SolvePump's bounds and result from the table: its end nodes are the bounds themselves, so the bound checks agree exactly.
    private double TabulatedPump(FlowFractionTable table, double targetW, int n, double headM, ref StorageLimit limit, ref int node)
    {
        if (table.LowestPowerW(n, headM) > targetW)
            return double.NaN;
        if (table.HighestPowerW(n, headM) < targetW)
        {
            limit = StorageLimit.AboveRating;
            return pumpHighestFraction;
        }
        return table.FractionAt(n, headM, targetW, ref node);
    }

    private double PumpPowerW(double x, int n, double headM)
    {
        var q = x * pumpFlowM3s;
        return RhoG * q * (headM + friction.HeadLossM(n * q)) / (pumpCurve.EfficiencyAt(x) * motorEfficiency);
    }

    // Mean gross head over ΔV moved down: (E_pot lost by the upper − E_pot gained by the lower)/(ρ·g·ΔV).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double GeneratingHead(double vu, double momentUpper, double vl, double momentLower, double volumeM3, in ReservoirSlice su, in ReservoirSlice sl,
        ref int fu, ref int fl)
    {
        if (volumeM3 <= 1e-9)
            return su.LevelM - sl.LevelM;
        // Fast path, both surfaces within their slices: the closed-form mean levels z_u − ΔV·s_u/2 and z_l + ΔV·s_l/2.
        if (closedFormHead && vu - volumeM3 >= su.BottomVolumeM3 && vl + volumeM3 <= sl.TopVolumeM3)
            return su.LevelM - 0.5 * volumeM3 * su.LevelPerVolume - (sl.LevelM + 0.5 * volumeM3 * sl.LevelPerVolume);
        return (momentUpper - upper.VolumeMomentNear(vu - volumeM3, ref fu) - lower.VolumeMomentNear(vl + volumeM3, ref fl) + momentLower) / volumeM3;
    }

    // Mean gross head over ΔV lifted: (E_pot gained by the upper − E_pot lost by the lower)/(ρ·g·ΔV).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double PumpingHead(double vu, double momentUpper, double vl, double momentLower, double volumeM3, in ReservoirSlice su, in ReservoirSlice sl,
        ref int fu, ref int fl)
    {
        if (volumeM3 <= 1e-9)
            return su.LevelM - sl.LevelM;
        if (closedFormHead && vu + volumeM3 <= su.TopVolumeM3 && vl - volumeM3 >= sl.BottomVolumeM3)
            return su.LevelM + 0.5 * volumeM3 * su.LevelPerVolume - (sl.LevelM - 0.5 * volumeM3 * sl.LevelPerVolume);
        return (upper.VolumeMomentNear(vu + volumeM3, ref fu) - momentUpper - momentLower + lower.VolumeMomentNear(vl - volumeM3, ref fl)) / volumeM3;
    }

    // What the units did in an interval, before the mine-water flows.
    private readonly record struct Transfer(
        double VolumeM3, double FlowM3s, int Units, double RunningHours, double GrossHeadM, double HeadLossM,
        double ElectricityKwh, double FrictionLossKwh, double MachineLossKwh, double ElectricalLossKwh, bool StoppedEarly, StorageLimit Limit)
    {
        public static Transfer None(StorageLimit limit) => new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, limit);

        // Generate, pump or stand as the request's sign says.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Transfer Of(ShaftPumpedHydro plant, in ShaftPumpedHydroState state, double requestedPowerKw, double durationH, ref int eu, ref int el) =>
            requestedPowerKw > 0 ? plant.Generate(state, requestedPowerKw, durationH, ref eu, ref el)
            : requestedPowerKw < 0 ? plant.Pump(state, -requestedPowerKw, durationH, ref eu, ref el)
            : None(StorageLimit.None);
    }
}
