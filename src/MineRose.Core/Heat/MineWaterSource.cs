namespace MineRose.Core.Heat;

/// <summary>The mine water that feeds the heat pumps and free cooling: its temperature, flow and allowed temperature change.</summary>
/// <remarks>
/// <para>Heating cools the water from <see cref="TemperatureC"/> down to <see cref="MinReturnTemperatureC"/>; cooling
/// warms it up to <see cref="MaxReturnTemperatureC"/>. The flow varies with the load at that fixed temperature
/// change, up to <see cref="MaxFlowM3h"/>. FACTS gives ≈15 °C mine water and ≈200 m³/h for a 1.5 MW unit at a 5 K
/// change [81].</para>
/// <para>Drawdown (optional, for multi-year runs): when <see cref="ReservoirVolumeM3"/> is set, the used water is
/// returned to a lumped, well-mixed reservoir of that volume, recharged by natural inflow at the undisturbed
/// temperature [86]:
/// ρ·c_p·V·dT/dt = −Q̇ + ρ·c_p·V̇_r·(T_nat − T),
/// with T = reservoir temperature (<see cref="MineWaterReservoirState.TemperatureC"/>), Q̇ = net heat taken,
/// V = <see cref="ReservoirVolumeM3"/>, V̇_r = <see cref="RechargeFlowM3h"/>, T_nat = <see cref="TemperatureC"/>.
/// Conduction from the surrounding rock is not modelled separately; lump it into an equivalent recharge.</para>
/// </remarks>
public sealed record MineWaterSource
{
    /// <summary>Undisturbed temperature of the mine water [°C]; default 15 °C, Dakuishan [81].</summary>
    public double TemperatureC { get; init; } = 15.0;

    /// <summary>Maximum mine-water flow the wells, pumps and permits allow [m³/h].</summary>
    public required double MaxFlowM3h { get; init; }

    /// <summary>Lowest temperature the water may be cooled to in heating [°C]; default 10 °C, a 5 K change [81].</summary>
    public double MinReturnTemperatureC { get; init; } = 10.0;

    /// <summary>Highest temperature the water may be warmed to in cooling [°C]; default 20 °C, a 5 K change (assumption, mirroring heating).</summary>
    public double MaxReturnTemperatureC { get; init; } = 20.0;

    /// <summary>Total head of the mine-water circulation (lift, pipes, heat exchangers) [m]; default 30 m (assumption).</summary>
    public double PumpHeadM { get; init; } = 30.0;

    /// <summary>Wire-to-water efficiency of the mine-water pump [–]; default 0.7 (assumption) [85].</summary>
    public double PumpEfficiency { get; init; } = 0.7;

    /// <summary>Volume of the lumped reservoir for drawdown [m³]; null for an inexhaustible source at constant temperature.</summary>
    public double? ReservoirVolumeM3 { get; init; }

    /// <summary>Natural inflow of water at <see cref="TemperatureC"/> into the lumped reservoir [m³/h]; default 0.</summary>
    public double RechargeFlowM3h { get; init; }

    /// <summary>The reservoir state before any heat has been taken: undisturbed temperature, nothing taken.</summary>
    public MineWaterReservoirState InitialState => new(TemperatureC, 0.0);

    /// <summary>Checks every field and returns this source; throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    /// <returns>This instance, unchanged.</returns>
    public MineWaterSource Validated()
    {
        Guard.InRange(TemperatureC, 1.0, 80.0, "MineWaterSource.TemperatureC");
        Guard.Positive(MaxFlowM3h, "MineWaterSource.MaxFlowM3h");
        Guard.InRange(MinReturnTemperatureC, 0.0, TemperatureC, "MineWaterSource.MinReturnTemperatureC");
        if (MinReturnTemperatureC >= TemperatureC)
        {
            throw new InvalidInputException("MineWaterSource.MinReturnTemperatureC", Guard.Format(MinReturnTemperatureC),
                $"a temperature below the source temperature {Guard.Format(TemperatureC)} °C");
        }

        Guard.InRange(MaxReturnTemperatureC, TemperatureC, 95.0, "MineWaterSource.MaxReturnTemperatureC");
        if (MaxReturnTemperatureC <= TemperatureC)
        {
            throw new InvalidInputException("MineWaterSource.MaxReturnTemperatureC", Guard.Format(MaxReturnTemperatureC),
                $"a temperature above the source temperature {Guard.Format(TemperatureC)} °C");
        }

        Guard.InRange(PumpHeadM, 0.0, 3000.0, "MineWaterSource.PumpHeadM");
        Guard.Efficiency(PumpEfficiency, "MineWaterSource.PumpEfficiency");
        if (ReservoirVolumeM3 is { } volume)
            Guard.Positive(volume, "MineWaterSource.ReservoirVolumeM3");
        Guard.NonNegative(RechargeFlowM3h, "MineWaterSource.RechargeFlowM3h");
        return this;
    }

    /// <summary>Advances the lumped reservoir over one interval during which a constant net heat was taken from it.</summary>
    /// <param name="state">Reservoir state at the start of the interval.</param>
    /// <param name="heatTakenKw">Net heat taken from the water during the interval (negative when rejected into it) [kW].</param>
    /// <param name="hours">Length of the interval [h].</param>
    /// <returns>The state at the end of the interval.</returns>
    /// <remarks>
    /// Exact solution of the linear balance in the type's remarks for constant Q̇ over Δt [86]: with a = V̇_r/V and
    /// T_eq = T_nat − Q̇/(ρ·c_p·V̇_r), T(t+Δt) = T_eq + (T(t) − T_eq)·e^(−a·Δt); without recharge,
    /// T(t+Δt) = T(t) − Q̇·Δt/(ρ·c_p·V). Without a reservoir the temperature stays at T_nat.
    /// Being exact, many short steps compose to one long step.
    /// </remarks>
    public MineWaterReservoirState Drawdown(MineWaterReservoirState state, double heatTakenKw, double hours)
    {
        Guard.Finite(heatTakenKw, nameof(heatTakenKw));
        Guard.Positive(hours, nameof(hours));
        Guard.InRange(state.TemperatureC, -50.0, 150.0, "MineWaterReservoirState.TemperatureC");
        double heatTakenKwh = state.HeatTakenKwh + heatTakenKw * hours;
        if (ReservoirVolumeM3 is not { } volumeM3)
            return new MineWaterReservoirState(TemperatureC, heatTakenKwh);

        const double rhoCp = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.WaterSpecificHeatJKgK;
        double heatTakenW = heatTakenKw * 1000.0;
        double seconds = hours * 3600.0;
        double temperatureC;
        if (RechargeFlowM3h > 0.0)
        {
            double rechargeM3s = RechargeFlowM3h / 3600.0;
            double equilibriumC = TemperatureC - heatTakenW / (rhoCp * rechargeM3s);
            double decay = Math.Exp(-rechargeM3s / volumeM3 * seconds);
            temperatureC = equilibriumC + (state.TemperatureC - equilibriumC) * decay;
        }
        else
        {
            temperatureC = state.TemperatureC - heatTakenW * seconds / (rhoCp * volumeM3);
        }

        return new MineWaterReservoirState(temperatureC, heatTakenKwh);
    }
}
