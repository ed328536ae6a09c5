using MineRose.Core.Storage;

namespace MineRose.Optimization.Dispatch;

/// <summary>The shaft storage reduced to what a linear model can carry: water volumes, electricity per m³ as a straight line in
/// the stored volume, fitted to the real <see cref="ShaftPumpedHydro"/> model, and the units' limits.</summary>
/// <remarks>
/// <para>The real plant delivers P = ρ·g·q·(H̄ − h_f)·η_t·η_g and draws P = ρ·g·q·(H̄ + h_f)/(η_p·η_m) [70]–[74]: power per flow
/// depends on the head, i.e. on the stored volume, so P·Δt = e(V)·ΔV is bilinear. The fit samples the real model at rated
/// power over the operating range (upper reservoir from its minimum to minimum + cycle volume, fill f ∈ [0, 1]) and fits
/// e_g(f) = a_g + b_g·f [kWh/m³] generating and e_p(f) = a_p + b_p·f pumping by least squares. A model then holds e
/// constant at the fill it is linearised at (the mid-range f = 0.5 for a year; a rolling window re-linearises at its start
/// fill), so ΔV = P·Δt/e stays linear. The error of holding e constant is <see cref="GenerateRangeError"/> and
/// <see cref="PumpRangeError"/> (largest relative departure of the real e over the whole range from e at mid-range); the
/// line's own fit error is <see cref="FitError"/>. Holding the head fixed within a solve and updating it between solves is the
/// successive net-head update of hydro scheduling [229]; MILP formulations of the head effect [228] were not needed at these errors. Part-load efficiency, start-up time and the low-head output limit are
/// not in the linear model: the replay reports them as departures.</para>
/// </remarks>
public sealed record ShaftStorageLinearisation
{
    /// <summary>Active (cycle) volume between the reservoirs' limits [m³].</summary>
    public required double ActiveVolumeM3 { get; init; }

    /// <summary>Upper reservoir volume at its minimum [m³].</summary>
    public required double UpperMinimumVolumeM3 { get; init; }

    /// <summary>Lower reservoir volume at its minimum, with the whole cycle volume above [m³] (lower = this + active − content).</summary>
    public required double LowerMinimumVolumeM3 { get; init; }

    /// <summary>Plant output with every unit at its rating [kW].</summary>
    public required double RatedGeneratingKw { get; init; }

    /// <summary>Plant input with every pump at its rating [kW].</summary>
    public required double RatedPumpingKw { get; init; }

    /// <summary>Lowest output of one turbine [kW]: the plant's minimum load.</summary>
    public required double MinimumGeneratingKw { get; init; }

    /// <summary>Number of units [—].</summary>
    public required int UnitCount { get; init; }

    /// <summary>Rated input of one pump [kW].</summary>
    public required double UnitPumpKw { get; init; }

    /// <summary>Lowest input of one pump as a fraction of its rating [—]; 1 for fixed-speed pumps (whole units only).</summary>
    public required double PumpMinimumFraction { get; init; }

    /// <summary>Water leaving the upper reservoir by seepage and evaporation at mid-range [m³/h].</summary>
    public required double UpperLossM3h { get; init; }

    /// <summary>Intercept a_g of electricity generated per m³ turbined [kWh/m³].</summary>
    public required double GenerateInterceptKwhPerM3 { get; init; }

    /// <summary>Slope b_g of electricity generated per m³ against fill [kWh/m³ per unit fill].</summary>
    public required double GenerateSlopeKwhPerM3 { get; init; }

    /// <summary>Intercept a_p of electricity absorbed per m³ pumped [kWh/m³].</summary>
    public required double PumpInterceptKwhPerM3 { get; init; }

    /// <summary>Slope b_p of electricity absorbed per m³ against fill [kWh/m³ per unit fill].</summary>
    public required double PumpSlopeKwhPerM3 { get; init; }

    /// <summary>Largest relative error of the fitted lines against the real model over the range [—].</summary>
    public required double FitError { get; init; }

    /// <summary>Largest relative departure of the real e_g over the range from e_g at mid-range [—].</summary>
    public required double GenerateRangeError { get; init; }

    /// <summary>Largest relative departure of the real e_p over the range from e_p at mid-range [—].</summary>
    public required double PumpRangeError { get; init; }

    /// <summary>Electricity generated per m³ at a fill, e_g(f) = a_g + b_g·f [kWh/m³].</summary>
    /// <param name="fill">Share of the cycle volume in the upper reservoir [—].</param>
    public double GenerateKwhPerM3(double fill) => GenerateInterceptKwhPerM3 + GenerateSlopeKwhPerM3 * fill;

    /// <summary>Electricity absorbed per m³ at a fill, e_p(f) = a_p + b_p·f [kWh/m³].</summary>
    /// <param name="fill">Share of the cycle volume in the upper reservoir [—].</param>
    public double PumpKwhPerM3(double fill) => PumpInterceptKwhPerM3 + PumpSlopeKwhPerM3 * fill;

    /// <summary>Fits the lines to the real model over the operating range.</summary>
    /// <param name="plant">The real shaft storage model.</param>
    /// <param name="samples">Points sampled over the fill range [—], ≥ 3.</param>
    public static ShaftStorageLinearisation Fit(ShaftPumpedHydro plant, int samples = 21)
    {
        ArgumentNullException.ThrowIfNull(plant);
        Core.Guard.InRange(samples, 3, 1000, "samples");
        var spec = plant.Spec;
        // A short step at rated power, already running (no start-up, no ramp), no inflow: the power-per-flow at that fill.
        const double stepH = 0.05;
        var fills = new double[samples];
        var gen = new double[samples];
        var pump = new double[samples];
        for (int k = 0; k < samples; k++)
        {
            // Stay a step's water inside the range so neither reservoir limit cuts the sample.
            double f = 0.02 + 0.96 * k / (samples - 1);
            fills[k] = f;
            var idle = plant.StateAtFill(f);
            var g = plant.Step(idle with { Mode = PumpedHydroMode.Generating, PowerKw = plant.RatedGeneratingPowerKw }, plant.RatedGeneratingPowerKw, stepH, 0);
            var p = plant.Step(idle with { Mode = PumpedHydroMode.Pumping, PowerKw = -plant.RatedPumpingPowerKw }, -plant.RatedPumpingPowerKw, stepH, 0);
            gen[k] = g.TurbinedWaterM3 > 0 ? g.GeneratedKwh / g.TurbinedWaterM3 : double.NaN;
            pump[k] = p.PumpedWaterM3 > 0 ? p.AbsorbedKwh / p.PumpedWaterM3 : double.NaN;
        }
        var (ag, bg) = LeastSquares(fills, gen);
        var (ap, bp) = LeastSquares(fills, pump);
        double fitError = 0, genRange = 0, pumpRange = 0;
        double gMid = ag + 0.5 * bg, pMid = ap + 0.5 * bp;
        for (int k = 0; k < samples; k++)
        {
            if (double.IsFinite(gen[k]))
            {
                fitError = Math.Max(fitError, Math.Abs(ag + bg * fills[k] - gen[k]) / gen[k]);
                genRange = Math.Max(genRange, Math.Abs(gen[k] - gMid) / gMid);
            }
            if (double.IsFinite(pump[k]))
            {
                fitError = Math.Max(fitError, Math.Abs(ap + bp * fills[k] - pump[k]) / pump[k]);
                pumpRange = Math.Max(pumpRange, Math.Abs(pump[k] - pMid) / pMid);
            }
        }
        var mid = plant.StateAtFill(0.5);
        var rest = plant.Step(mid, 0, 1.0, 0);
        var machine = spec.Machine;
        return new ShaftStorageLinearisation
        {
            ActiveVolumeM3 = plant.CycleVolumeM3,
            UpperMinimumVolumeM3 = spec.UpperReservoir.MinimumVolumeM3,
            LowerMinimumVolumeM3 = spec.LowerReservoir.MinimumVolumeM3,
            RatedGeneratingKw = plant.RatedGeneratingPowerKw,
            RatedPumpingKw = plant.RatedPumpingPowerKw,
            MinimumGeneratingKw = MinimumTurbineKw(plant),
            UnitCount = spec.UnitCount,
            UnitPumpKw = machine.PumpRatedPowerKw,
            PumpMinimumFraction = machine.PumpMinimumPowerFraction,
            UpperLossM3h = rest.EvaporationM3 + rest.SeepageM3,
            GenerateInterceptKwhPerM3 = ag,
            GenerateSlopeKwhPerM3 = bg,
            PumpInterceptKwhPerM3 = ap,
            PumpSlopeKwhPerM3 = bp,
            FitError = fitError,
            GenerateRangeError = genRange,
            PumpRangeError = pumpRange,
        };
    }

    // The least output one turbine gives at mid-range: ask for a trickle and take what the model runs at (its minimum load).
    private static double MinimumTurbineKw(ShaftPumpedHydro plant)
    {
        var running = plant.StateAtFill(0.5) with { Mode = PumpedHydroMode.Generating, PowerKw = plant.RatedGeneratingPowerKw };
        double unitKw = plant.Spec.Machine.TurbineRatedPowerKw;
        double lo = 0, hi = unitKw;
        // The model refuses requests below one unit's minimum load; bisect on the smallest request it accepts.
        for (int k = 0; k < 40; k++)
        {
            double mid = 0.5 * (lo + hi);
            var s = plant.Step(running with { PowerKw = mid }, mid, 1.0, 0);
            if (s.GeneratedKwh > 0)
                hi = mid;
            else
                lo = mid;
        }
        return hi;
    }

    private static (double Intercept, double Slope) LeastSquares(double[] x, double[] y)
    {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < x.Length; k++)
        {
            if (!double.IsFinite(y[k]))
                continue;
            n++; sx += x[k]; sy += y[k]; sxx += x[k] * x[k]; sxy += x[k] * y[k];
        }
        if (n < 2)
            throw new Core.InvalidInputException("pumped_hydro", "no working operating point", "a plant that can generate and pump at its rating");
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return ((sy - slope * sx) / n, slope);
    }
}
