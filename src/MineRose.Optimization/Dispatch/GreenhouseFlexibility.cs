using MineRose.Core;
using MineRose.Core.Greenhouse;

namespace MineRose.Optimization.Dispatch;

/// <summary>The greenhouses as a heat store for the dispatch LP: the deviations θ of the inside air and μ of the floor mass from
/// the trajectory held at the heating set-point, the air's loss conductance, and the band θ may move in.</summary>
/// <remarks>
/// <para>The two heat nodes of the simulator's greenhouse [93] (<see cref="GreenhouseClimate"/>), written for deviations from the
/// held trajectory and stepped implicitly (backward Euler) as the simulator steps them:
/// C_a·(θ_t − θ_{t−1})/Δt = Q_t − H_t − UA·θ_t − H_m·(θ_t − μ_t) and C_m·(μ_t − μ_{t−1})/Δt = H_m·(θ_t − μ_t),
/// Q_t the heat supplied, H_t the demand at the set-point, θ_{−1} = <see cref="InitialOffsetK"/>, μ_{−1} = <see cref="InitialMassOffsetK"/>;
/// θ_min ≤ θ_t ≤ θ_max (a comfort band as in economic MPC of building climate [232]). Every other term of the full balance (sun, transpiration, ventilation for humidity) is taken as the
/// held year's, so the deviations are linear.</para>
/// <para>From <see cref="GreenhouseSpec"/> (<see cref="Lumped"/>), per m² of floor A: C_a = ρc_p·h + 1200·LAI (air and leaves);
/// C_m = <see cref="GreenhouseSpec.ThermalMassKjM2K"/>; H_m = <see cref="GreenhouseSpec.MassAirConductanceWm2K"/>;
/// UA = U·r_c·(1 − s) + ρc_p·ACH_leak·h/3600, the night loss with the thermal screen drawn (heating is a winter-night matter)
/// and the leakage at the reference wind of 4 m/s (Vanthoor's law [93]). The test
/// <c>Two_node_model_follows_the_full_greenhouse_after_a_set_point_step</c> compares the response with the full model.</para>
/// </remarks>
public sealed record GreenhouseFlexibility
{
    /// <summary>Heat capacity of the air node C_a [kWh/K].</summary>
    public required double HeatCapacityKwhPerK { get; init; }

    /// <summary>Loss conductance of the air to outside UA [kW/K].</summary>
    public required double ConductanceKwPerK { get; init; }

    /// <summary>Heat capacity of the mass node C_m [kWh/K]; 0 for an air node alone.</summary>
    public double MassCapacityKwhPerK { get; init; }

    /// <summary>Conductance between mass and air H_m [kW/K].</summary>
    public double MassConductanceKwPerK { get; init; }

    /// <summary>Lower end of the band θ_min [K] (≤ 0).</summary>
    public double MinOffsetK { get; init; }

    /// <summary>Upper end of the band θ_max [K] (≥ 0).</summary>
    public double MaxOffsetK { get; init; } = 2;

    /// <summary>Air deviation before the first interval θ_{−1} [K].</summary>
    public double InitialOffsetK { get; init; }

    /// <summary>Mass deviation before the first interval μ_{−1} [K].</summary>
    public double InitialMassOffsetK { get; init; }

    /// <summary>Whether the mass node is modelled.</summary>
    public bool HasMass => MassCapacityKwhPerK > 0 && MassConductanceKwPerK > 0;

    /// <summary>Checks every field and returns the record, or throws naming the bad field.</summary>
    public GreenhouseFlexibility Validated()
    {
        Guard.Positive(HeatCapacityKwhPerK, "greenhouse_heat_capacity_kwh_per_k");
        Guard.NonNegative(ConductanceKwPerK, "greenhouse_conductance_kw_per_k");
        Guard.NonNegative(MassCapacityKwhPerK, "greenhouse_mass_capacity_kwh_per_k");
        Guard.NonNegative(MassConductanceKwPerK, "greenhouse_mass_conductance_kw_per_k");
        Guard.InRange(MinOffsetK, -5, 0, "greenhouse_min_offset_k");
        Guard.InRange(MaxOffsetK, 0, 5, "greenhouse_max_offset_k");
        Guard.InRange(InitialOffsetK, MinOffsetK, MaxOffsetK, "greenhouse_initial_offset_k");
        Guard.InRange(InitialMassOffsetK, -10, 10, "greenhouse_initial_mass_offset_k");
        return this;
    }

    /// <summary>The two nodes of a greenhouse, with a band.</summary>
    /// <param name="spec">The greenhouse (all houses together: its floor area).</param>
    /// <param name="minOffsetK">θ_min [K], in [−5, 0].</param>
    /// <param name="maxOffsetK">θ_max [K], in [0, 5].</param>
    public static GreenhouseFlexibility Lumped(GreenhouseSpec spec, double minOffsetK, double maxOffsetK)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validated();
        double rhoCp = PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK;
        double airJm2K = rhoCp * spec.MeanHeightM + GreenhouseClimate.LeafHeatCapacityJM2K * spec.LeafAreaIndex;
        double screen = spec.Screen?.HeatLossReduction ?? 0;
        double uaWm2K = spec.Cover.UValueWm2K * spec.CoverToFloorRatio * (1 - screen) + rhoCp * spec.LeakageAch * spec.MeanHeightM / 3600;
        double a = spec.FloorAreaM2;
        return new GreenhouseFlexibility
        {
            HeatCapacityKwhPerK = airJm2K * a / 3.6e6,
            ConductanceKwPerK = uaWm2K * a / 1000,
            MassCapacityKwhPerK = spec.ThermalMassKjM2K * a / 3600,
            MassConductanceKwPerK = spec.MassAirConductanceWm2K * a / 1000,
            MinOffsetK = minOffsetK,
            MaxOffsetK = maxOffsetK,
        }.Validated();
    }
}
