using MineRose.Core;
using MineRose.Core.Greenhouse;

namespace MineRose.Optimization.Dispatch;

/// <summary>The greenhouses as a heat store for the dispatch LP: a lumped heat capacity and loss conductance for the deviation θ
/// of the inside air from its heating set-point, and the band θ may move in.</summary>
/// <remarks>
/// <para>State (backward Euler, as the simulator's greenhouse step [93]): C·(θ_t − θ_{t−1})/Δt = Q_t − H_t − UA·θ_t, Q_t the heat
/// supplied, H_t the demand at the set-point, θ_{−1} = <see cref="InitialOffsetK"/>; θ_min ≤ θ_t ≤ θ_max.</para>
/// <para>Derivation from <see cref="GreenhouseSpec"/> (<see cref="Lumped"/>), per m² of floor A: the air node C_a = ρc_p·h + 1200·LAI
/// (<see cref="GreenhouseClimate"/>'s air and leaves) plus the share of the mass node C_m charged within one step when the air is
/// held θ higher: the implicit mass equation C_m·ΔT_m/Δt = H_m·(θ − ΔT_m) gives ΔT_m = θ·H_mΔt/(C_m + H_mΔt), so
/// C = A·[C_a + C_m·H_mΔt/(C_m + H_mΔt)]; UA = A·[U·r_c·(1 − s) + ρc_p·ACH_leak·h/3600], the night loss with the thermal screen
/// drawn (heating demand is a winter-night matter) and the leakage at the reference wind of 4 m/s (Vanthoor's law [93]).
/// The first-order model overstates the heat a raised set-point costs in the first step and understates the slower release from
/// the mass; the test <c>Lumped_model_follows_the_full_greenhouse_after_a_set_point_step</c> compares both.</para>
/// </remarks>
public sealed record GreenhouseFlexibility
{
    /// <summary>Lumped heat capacity C [kWh/K].</summary>
    public required double HeatCapacityKwhPerK { get; init; }

    /// <summary>Loss conductance to outside UA [kW/K].</summary>
    public required double ConductanceKwPerK { get; init; }

    /// <summary>Lower end of the band θ_min [K] (≤ 0).</summary>
    public double MinOffsetK { get; init; }

    /// <summary>Upper end of the band θ_max [K] (≥ 0).</summary>
    public double MaxOffsetK { get; init; } = 2;

    /// <summary>Deviation before the first interval θ_{−1} [K].</summary>
    public double InitialOffsetK { get; init; }

    /// <summary>Checks every field and returns the record, or throws naming the bad field.</summary>
    public GreenhouseFlexibility Validated()
    {
        Guard.Positive(HeatCapacityKwhPerK, "greenhouse_heat_capacity_kwh_per_k");
        Guard.NonNegative(ConductanceKwPerK, "greenhouse_conductance_kw_per_k");
        Guard.InRange(MinOffsetK, -5, 0, "greenhouse_min_offset_k");
        Guard.InRange(MaxOffsetK, 0, 5, "greenhouse_max_offset_k");
        Guard.InRange(InitialOffsetK, MinOffsetK, MaxOffsetK, "greenhouse_initial_offset_k");
        return this;
    }

    /// <summary>C and UA of a greenhouse for steps of <paramref name="stepHours"/>, with a band.</summary>
    /// <param name="spec">The greenhouse (all houses together: its floor area).</param>
    /// <param name="stepHours">Interval Δt [h].</param>
    /// <param name="minOffsetK">θ_min [K], in [−5, 0].</param>
    /// <param name="maxOffsetK">θ_max [K], in [0, 5].</param>
    public static GreenhouseFlexibility Lumped(GreenhouseSpec spec, double stepHours, double minOffsetK, double maxOffsetK)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validated();
        Guard.Positive(stepHours, "step_hours");
        double rhoCp = PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK;
        double airJm2K = rhoCp * spec.MeanHeightM + GreenhouseClimate.LeafHeatCapacityJM2K * spec.LeafAreaIndex;
        double massJm2K = spec.ThermalMassKjM2K * 1000;
        double hDt = spec.MassAirConductanceWm2K * stepHours * 3600;
        double cJm2K = airJm2K + massJm2K * hDt / (massJm2K + hDt);
        double screen = spec.Screen?.HeatLossReduction ?? 0;
        double uaWm2K = spec.Cover.UValueWm2K * spec.CoverToFloorRatio * (1 - screen) + rhoCp * spec.LeakageAch * spec.MeanHeightM / 3600;
        return new GreenhouseFlexibility
        {
            HeatCapacityKwhPerK = cJm2K * spec.FloorAreaM2 / 3.6e6,
            ConductanceKwPerK = uaWm2K * spec.FloorAreaM2 / 1000,
            MinOffsetK = minOffsetK,
            MaxOffsetK = maxOffsetK,
        }.Validated();
    }
}
