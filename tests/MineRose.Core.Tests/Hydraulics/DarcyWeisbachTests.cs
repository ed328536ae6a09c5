using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MineRose.Core.Hydraulics;
using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Hydraulics;

public class DarcyWeisbachTests
{
    [Fact]
    public void Colebrook_matches_the_fluids_library_value()
    {
        // fluids (C. Bell), tests/test_friction.py: Colebrook(1E5, 1E-4) = 0.018513866077471648.
        Assert.Equal(0.018513866077471648, DarcyWeisbach.Colebrook(1e5, 1e-4), 1e-15);
    }

    [Fact]
    public void Swamee_Jain_matches_the_fluids_library_value()
    {
        // fluids (C. Bell), tests/test_friction.py: Swamee_Jain_1976(1E5, 1E-4) = 0.018452424431901808.
        var f = DarcyWeisbach.SwameeJain(1e5, 1e-4);
        Assert.InRange(f / 0.018452424431901808 - 1, -1e-5, 1e-5);
    }

    [Fact]
    public void Swamee_Jain_gives_the_worked_value_of_the_colebrook_py_module()
    {
        // colebrook.py (PyPI 0.0.3) README: sjFriction(60000, 0.0023) prints 0.027 (two significant figures).
        Assert.Equal(0.027, DarcyWeisbach.SwameeJain(60000, 0.0023), 3);
    }

    [Fact]
    public void Laminar_friction_factor_is_64_over_Reynolds()
    {
        // Hagen–Poiseuille: f = 64/Re; fluids test: friction_laminar(128) = 0.5.
        Assert.Equal(0.5, DarcyWeisbach.Laminar(128), 15);
        Assert.Equal(0.032, DarcyWeisbach.FrictionFactor(2000, 1e-4), 15);
    }

    [Fact]
    public void Colebrook_reaches_the_von_Karman_rough_pipe_law_at_very_high_Reynolds_numbers()
    {
        // Re → ∞: 1/√f = −2·log10(ε/(3.7·D)); for ε/D = 0.01, f = 0.25/log10(0.01/3.7)² = 0.037907 (Moody chart ≈0.038).
        var rough = 0.25 / Math.Pow(Math.Log10(0.01 / 3.7), 2);
        Assert.Equal(0.0379, rough, 4);
        Assert.InRange(DarcyWeisbach.Colebrook(1e12, 0.01) / rough - 1, -1e-6, 1e-6);
    }

    [Fact]
    public void Friction_factor_is_continuous_across_the_transition_region()
    {
        var rr = 3e-5;
        Assert.Equal(DarcyWeisbach.Laminar(2000), DarcyWeisbach.FrictionFactor(2000 + 1e-9, rr), 9);
        Assert.Equal(DarcyWeisbach.SwameeJain(4000, rr), DarcyWeisbach.FrictionFactor(4000 - 1e-9, rr), 9);
        var mid = DarcyWeisbach.FrictionFactor(3000, rr);
        Assert.Equal(0.5 * (DarcyWeisbach.Laminar(2000) + DarcyWeisbach.SwameeJain(4000, rr)), mid, 12);
    }

    [Fact]
    public void Phase_II_penstock_head_loss_matches_a_hand_calculation()
    {
        // Hand calculation, 4 units × 2.23 m³/s through D = 1.5 m, L = 225 m, ε = 0.046 mm, ν = 1.138e-6 m²/s, ΣK = 2.0:
        // A = π·1.5²/4 = 1.767146 m²; v = 8.92/A = 5.047687 m/s; v²/2g = 1.299075 m; Re = v·D/ν = 6.653367e6;
        // f (Swamee–Jain) = 0.25/log10(4.6e-5/1.5/3.7 + 5.74/Re^0.9)² = 0.0103903;
        // h = (f·225/1.5 + 2.0)·1.299075 = (1.558541 + 2.0)·1.299075 = 4.622812 m.
        var penstock = PumpedHydroPresets.DakuishanPhase2.Penstock;
        var q = 8.92;
        Assert.Equal(5.047687, penstock.VelocityMs(q), 5);
        Assert.InRange(penstock.ReynoldsNumber(q) / 6.653367e6 - 1, -1e-6, 1e-6);
        Assert.Equal(0.0103903, penstock.FrictionFactor(q), 6);
        Assert.Equal(4.622812, penstock.HeadLossM(q), 5);
        // Colebrook gives f = 0.0103246, 0.6 % lower: within Swamee–Jain's accuracy at this Reynolds number.
        Assert.Equal(0.0103246, DarcyWeisbach.Colebrook(penstock.ReynoldsNumber(q), penstock.RoughnessM / penstock.DiameterM), 6);
    }

    [Fact]
    public void Minor_loss_is_the_loss_coefficient_times_the_velocity_head()
    {
        // h_m = K·v²/(2g): K = 1 at 4.429447 m/s (v²/2g = 1 m exactly with g = 9.80665).
        var v = Math.Sqrt(2 * 9.80665);
        Assert.Equal(1.0, DarcyWeisbach.MinorHeadLossM(1.0, v), 12);
        Assert.Equal(2.5, DarcyWeisbach.MinorHeadLossM(2.5, v), 12);
    }

    [Fact]
    public void A_zero_length_penstock_without_fittings_has_no_loss()
    {
        var ideal = new Penstock { LengthM = 0, DiameterM = 1.0, MinorLossCoefficient = 0 };
        Assert.Equal(0.0, ideal.HeadLossM(5.0));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(FlowRegimes)])]
    public bool Colebrook_satisfies_its_implicit_equation(FlowRegime regime)
    {
        var f = DarcyWeisbach.Colebrook(regime.Reynolds, regime.RelativeRoughness);
        var lhs = 1 / Math.Sqrt(f);
        var rhs = -2 * Math.Log10(regime.RelativeRoughness / 3.7 + 2.51 / (regime.Reynolds * Math.Sqrt(f)));
        return Math.Abs(lhs - rhs) < 1e-10 * lhs;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(FlowRegimes)])]
    public bool Swamee_Jain_stays_within_3_percent_of_Colebrook_over_its_range(FlowRegime regime)
    {
        // Measured maximum over 5e3 ≤ Re ≤ 1e8, 1e-6 ≤ ε/D ≤ 1e-2: 2.8 % at Re = 5e3, ε/D = 1e-2.
        var ratio = DarcyWeisbach.SwameeJain(regime.Reynolds, regime.RelativeRoughness)
                    / DarcyWeisbach.Colebrook(regime.Reynolds, regime.RelativeRoughness);
        return Math.Abs(ratio - 1) < 0.03;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(FlowRegimes)])]
    public bool Head_loss_grows_with_flow(FlowRegime regime)
    {
        var penstock = new Penstock { LengthM = 200, DiameterM = 1.0, RoughnessM = regime.RelativeRoughness, MinorLossCoefficient = 1.5 };
        var q = regime.Reynolds * penstock.KinematicViscosityM2s * penstock.AreaM2 / penstock.DiameterM;
        return penstock.HeadLossM(q * 1.01) > penstock.HeadLossM(q);
    }
}

public readonly record struct FlowRegime(double Reynolds, double RelativeRoughness);

public static class FlowRegimes
{
    // Swamee–Jain's stated range, sampled evenly in the logarithms.
    public static Arbitrary<FlowRegime> Regimes() =>
        Gen.Choose(0, 100_000).Two()
            .Select(t => new FlowRegime(
                Math.Pow(10, Math.Log10(5e3) + (8 - Math.Log10(5e3)) * t.Item1 / 100_000.0),
                Math.Pow(10, -6 + 4.0 * t.Item2 / 100_000.0)))
            .ToArbitrary();
}
