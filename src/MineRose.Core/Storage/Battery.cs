namespace MineRose.Core.Storage;

/// <summary>A lithium iron phosphate battery: turns a power request into one <see cref="BatteryStep"/>, with self-discharge and capacity fade.</summary>
/// <remarks>
/// <para>Each interval of Δt hours, starting from stored energy E and capacity C(Φ):</para>
/// <para>1. Self-discharge at a constant monthly fraction σ [89]: L_sd = E·(1 − (1 − σ)^(Δt/730)).</para>
/// <para>2. Discharge P &gt; 0: P ≤ P_rated and P·Δt/η_dis ≤ E − SOC_min·C; the cells give P·Δt/η_dis.
/// Charge P &lt; 0: |P| ≤ P_rated and |P|·Δt·η_ch ≤ SOC_max·C − E; the cells take |P|·Δt·η_ch [87].</para>
/// <para>3. Throughput Φ grows by half the energy into and out of the cells; capacity fades linearly with it [88]:
/// C(Φ) = C₀·(1 − (1 − f_N)·Φ/(N·C₀)). At C ≤ f_EoL·C₀ the battery is retired.</para>
/// <para>Self-discharge is taken on the energy at the start of the interval, a first-order split that errs by
/// σ-rate × Δt ≈ 3×10⁻⁵ of the interval's energy per hour. Steps allocate nothing; construct once per run.</para>
/// </remarks>
public sealed class Battery
{
    /// <summary>Hours in the month over which <see cref="BatterySpec.SelfDischargePerMonth"/> is stated, 8760/12 [h].</summary>
    public const double HoursPerMonth = 730.0;

    private readonly double _nominalKwh;
    private readonly double _endOfLifeKwh;
    private readonly double _logRetainedPerHour;
    private readonly double _fadeFractionPerKwh;

    /// <summary>A battery of the given spec, validated here.</summary>
    /// <param name="spec">The battery.</param>
    public Battery(BatterySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Spec = spec.Validated();
        _nominalKwh = spec.EnergyCapacityKwh;
        _endOfLifeKwh = spec.EndOfLifeCapacityFraction * spec.EnergyCapacityKwh;
        _logRetainedPerHour = Math.Log(1.0 - spec.SelfDischargePerMonth) / HoursPerMonth;
        _fadeFractionPerKwh = (1.0 - spec.CapacityFractionAtCycleLife) / (spec.CycleLifeEquivalentFullCycles * spec.EnergyCapacityKwh);
    }

    /// <summary>The battery.</summary>
    public BatterySpec Spec { get; }

    /// <summary>Capacity left after a throughput, fading linearly in equivalent full cycles [88].</summary>
    /// <param name="nominalCapacityKwh">Nameplate capacity C₀ [kWh].</param>
    /// <param name="throughputKwh">Cumulative throughput Φ, half of energy in plus out of the cells [kWh].</param>
    /// <param name="cycleLifeEquivalentFullCycles">Equivalent full cycles N after which f_N is left [–].</param>
    /// <param name="capacityFractionAtCycleLife">Capacity fraction f_N left after N cycles [–].</param>
    /// <returns>C = C₀·(1 − (1 − f_N)·Φ/(N·C₀)), not below 0 [kWh].</returns>
    public static double FadedCapacityKwh(double nominalCapacityKwh, double throughputKwh, double cycleLifeEquivalentFullCycles, double capacityFractionAtCycleLife)
    {
        double equivalentFullCycles = throughputKwh / nominalCapacityKwh;
        double fraction = 1.0 - (1.0 - capacityFractionAtCycleLife) * equivalentFullCycles / cycleLifeEquivalentFullCycles;
        return nominalCapacityKwh * Math.Max(fraction, 0.0);
    }

    /// <summary>Energy lost to self-discharge over an interval at a constant monthly fraction [89].</summary>
    /// <param name="storedEnergyKwh">Energy stored at the start of the interval [kWh].</param>
    /// <param name="selfDischargePerMonth">Fraction σ of the stored energy lost per 730 h [–].</param>
    /// <param name="hours">Length of the interval Δt [h].</param>
    /// <returns>E·(1 − (1 − σ)^(Δt/730)) [kWh].</returns>
    public static double SelfDischargeKwh(double storedEnergyKwh, double selfDischargePerMonth, double hours) =>
        storedEnergyKwh * -double.ExpM1(Math.Log(1.0 - selfDischargePerMonth) * hours / HoursPerMonth);

    /// <summary>A new battery at a given state of charge.</summary>
    /// <param name="stateOfCharge">Initial state of charge [–], in [0, 1].</param>
    /// <returns>The state: stored energy SOC·C₀, no throughput.</returns>
    public BatteryState InitialState(double stateOfCharge)
    {
        Guard.InRange(stateOfCharge, 0.0, 1.0, nameof(stateOfCharge));
        return new BatteryState(stateOfCharge * _nominalKwh, 0.0);
    }

    /// <summary>Usable capacity of a battery in a state, after fade [kWh].</summary>
    /// <param name="state">The state.</param>
    /// <returns>The faded capacity [kWh].</returns>
    /// <remarks>Same as <see cref="FadedCapacityKwh"/>, with the fade per kWh of throughput precomputed.</remarks>
    public double CapacityKwh(BatteryState state) =>
        _nominalKwh * Math.Max(1.0 - _fadeFractionPerKwh * state.ThroughputKwh, 0.0);

    /// <summary>State of charge of a battery in a state: stored energy over faded capacity [–].</summary>
    /// <param name="state">The state.</param>
    /// <returns>E / C(Φ), or 0 once the capacity is gone.</returns>
    public double StateOfCharge(BatteryState state)
    {
        double capacityKwh = CapacityKwh(state);
        return capacityKwh > 0.0 ? state.StoredEnergyKwh / capacityKwh : 0.0;
    }

    /// <summary>Whether the capacity has faded to the end-of-life fraction.</summary>
    /// <param name="state">The state.</param>
    /// <returns>True once C ≤ f_EoL·C₀.</returns>
    public bool IsAtEndOfLife(BatteryState state) => CapacityKwh(state) <= _endOfLifeKwh;

    /// <summary>Runs one interval.</summary>
    /// <param name="state">State at the start of the interval.</param>
    /// <param name="requestedPowerKw">Power asked for at the terminals, positive to discharge, negative to charge [kW].</param>
    /// <param name="hours">Length of the interval [h].</param>
    /// <returns>The interval's result, with the state at its end.</returns>
    public BatteryStep Step(BatteryState state, double requestedPowerKw, double hours)
    {
        Guard.Finite(requestedPowerKw, nameof(requestedPowerKw));
        Guard.Positive(hours, nameof(hours));
        // The tolerance admits a full battery after rounding.
        Guard.InRange(state.StoredEnergyKwh, 0.0, _nominalKwh * (1.0 + 1e-9), "BatteryState.StoredEnergyKwh");
        Guard.NonNegative(state.ThroughputKwh, "BatteryState.ThroughputKwh");

        double capacityKwh = CapacityKwh(state);
        if (capacityKwh <= _endOfLifeKwh)
        {
            return new BatteryStep
            {
                RequestedPowerKw = requestedPowerKw,
                State = state,
                CapacityKwh = capacityKwh,
                StateOfCharge = capacityKwh > 0.0 ? state.StoredEnergyKwh / capacityKwh : 0.0,
                Limit = BatteryLimit.EndOfLife,
            };
        }

        double selfDischargeKwh = state.StoredEnergyKwh * -double.ExpM1(_logRetainedPerHour * hours);
        double energyKwh = state.StoredEnergyKwh - selfDischargeKwh;
        double powerKw = 0.0;
        double cellInKwh = 0.0;
        double cellOutKwh = 0.0;
        var limit = BatteryLimit.None;
        if (requestedPowerKw > 0.0)
        {
            powerKw = Math.Min(requestedPowerKw, Spec.RatedPowerKw);
            if (powerKw < requestedPowerKw)
                limit = BatteryLimit.AbovePowerRating;
            double availableKwh = Math.Max(energyKwh - Spec.MinStateOfCharge * capacityKwh, 0.0);
            double energyLimitedKw = availableKwh * Spec.DischargeEfficiency / hours;
            if (energyLimitedKw < powerKw)
            {
                powerKw = energyLimitedKw;
                limit = BatteryLimit.Empty;
            }

            cellOutKwh = powerKw * hours / Spec.DischargeEfficiency;
        }
        else if (requestedPowerKw < 0.0)
        {
            double chargeKw = Math.Min(-requestedPowerKw, Spec.RatedPowerKw);
            if (chargeKw < -requestedPowerKw)
                limit = BatteryLimit.AbovePowerRating;
            double roomKwh = Math.Max(Spec.MaxStateOfCharge * capacityKwh - energyKwh, 0.0);
            double energyLimitedKw = roomKwh / (Spec.ChargeEfficiency * hours);
            if (energyLimitedKw < chargeKw)
            {
                chargeKw = energyLimitedKw;
                limit = BatteryLimit.Full;
            }

            cellInKwh = chargeKw * hours * Spec.ChargeEfficiency;
            powerKw = -chargeKw;
        }

        double terminalKwh = powerKw * hours;
        // Energy in at the terminals minus energy into the cells (charge), or out of the cells minus out at the terminals (discharge).
        double conversionLossKwh = powerKw >= 0.0 ? cellOutKwh - terminalKwh : -terminalKwh - cellInKwh;
        var next = new BatteryState(
            Math.Max(energyKwh + cellInKwh - cellOutKwh, 0.0),
            state.ThroughputKwh + 0.5 * (cellInKwh + cellOutKwh));
        double nextCapacityKwh = CapacityKwh(next);
        return new BatteryStep
        {
            RequestedPowerKw = requestedPowerKw,
            PowerKw = powerKw,
            EnergyKwh = terminalKwh,
            ConversionLossKwh = conversionLossKwh,
            SelfDischargeKwh = selfDischargeKwh,
            State = next,
            CapacityKwh = nextCapacityKwh,
            StateOfCharge = nextCapacityKwh > 0.0 ? next.StoredEnergyKwh / nextCapacityKwh : 0.0,
            Limit = limit,
        };
    }
}
