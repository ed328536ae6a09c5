using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class ShaftPumpedHydroEfficiencyTests
{
    [Fact]
    public void Francis_curve_matches_a_hand_calculation_of_the_RETScreen_equations()
    {
        // RETScreen Engineering & Cases Textbook, Small Hydro chapter (CANMET 2004), for Q_d = 2.2 m³/s, h = 160 m, R_m = 4.5,
        // worked by hand: n_q = 600·160^−0.5 = 47.4342; d = 0.46·2.2^0.473 = 0.667919 m;
        // Δe_nq = ((47.4342 − 56)/256)² = 0.00111959; Δe_d = (0.081 + 0.00111959)·(1 − 0.789·d^−0.2) = 0.0118805;
        // e_p = 0.919 − 0.00111959 + 0.0118805 − 0.0305 + 0.0225 = 0.921761 at Q_p = 0.65·n_q^0.05·Q_d = 0.788348·Q_d;
        // Δe_p = 0.0072·n_q^0.4 = 0.0337108, e_r = (1 − Δe_p)·e_p = 0.890688;
        // e(0.4·Q_d) = [1 − 1.25·((0.788348 − 0.4)/0.788348)^(3.94 − 0.0195·n_q)]·e_p = 0.785486.
        var curve = EfficiencyCurve.Francis(2.2, 160);
        Assert.Equal(0.921761, curve.PeakEfficiency, 6);
        Assert.Equal(0.788348, curve.PeakFlowFraction, 6);
        Assert.Equal(0.921761, curve.EfficiencyAt(0.788348), 6);
        Assert.Equal(0.890688, curve.EfficiencyAt(1.0), 6);
        Assert.Equal(0.785486, curve.EfficiencyAt(0.4), 6);
        // e(0.35·Q_d) = 0.725425 and e(0.9·Q_d) = 0.913114 from the same equations.
        Assert.Equal(0.725425, curve.EfficiencyAt(0.35), 6);
        Assert.Equal(0.913114, curve.EfficiencyAt(0.9), 6);
    }

    [Fact]
    public void Parabolic_pump_curve_is_the_classical_two_x_minus_x_squared()
    {
        // η = η_p·(2x − x²) for a peak at rated flow and zero at zero flow.
        var curve = EfficiencyCurve.Parabolic(0.9, 1.0, 0.0);
        foreach (var x in new[] { 0.1, 0.5, 0.8, 1.0, 1.2, 1.5 })
            Assert.Equal(0.9 * (2 * x - x * x), curve.EfficiencyAt(x), 12);
    }

    [Fact]
    public void Parabolic_curve_reaches_zero_at_the_given_flow_and_is_symmetric_about_its_peak()
    {
        var pat = EfficiencyCurve.Parabolic(0.8, 1.0, 0.35);
        Assert.Equal(0.0, pat.EfficiencyAt(0.35), 12);
        Assert.Equal(0.0, pat.EfficiencyAt(0.2));
        Assert.Equal(pat.EfficiencyAt(0.9), pat.EfficiencyAt(1.1), 12);
        Assert.Equal(0.35, pat.LowestWorkingFlowFraction, 12);
        Assert.Equal(1.65, pat.HighestWorkingFlowFraction, 12);
    }

    [Fact]
    public void Curve_slope_agrees_with_a_central_difference()
    {
        foreach (var curve in new[] { EfficiencyCurve.Francis(2.2, 160), EfficiencyCurve.Parabolic(0.8, 1.0, 0.35) })
        {
            foreach (var x in new[] { 0.45, 0.6, 0.7, 0.95, 1.05 })
            {
                const double h = 1e-6;
                var numeric = (curve.EfficiencyAt(x + h) - curve.EfficiencyAt(x - h)) / (2 * h);
                Assert.Equal(numeric, curve.SlopeAt(x), 6);
            }
        }
    }

    [Fact]
    public void The_hot_loop_evaluation_agrees_with_the_public_one()
    {
        foreach (var curve in new[] { EfficiencyCurve.Francis(2.2, 160), EfficiencyCurve.Parabolic(0.8, 1.0, 0.35), EfficiencyCurve.Parabolic(0.9, 1.0, 0) })
        {
            foreach (var x in new[] { 0.1, 0.36, 0.5, 0.788, 1.0, 1.3 })
            {
                var eta = curve.EfficiencyAndSlope(x, out var slope);
                Assert.Equal(curve.EfficiencyAt(x), eta, 14);
                Assert.Equal(curve.SlopeAt(x), slope, 12);
            }
        }
    }

    [Fact]
    public void An_efficiency_above_one_is_refused_with_the_field_named()
    {
        var spec = PumpedHydroPresets.DakuishanPhase2;
        var bad = spec with { Machine = spec.Machine with { GeneratorEfficiency = 1.02 } };
        var ex = Assert.Throws<InvalidInputException>(() => new ShaftPumpedHydro(bad));
        Assert.Equal("Machine.GeneratorEfficiency", ex.Field);
        bad = spec with { Machine = spec.Machine with { PumpEfficiency = spec.Machine.PumpEfficiency with { PeakEfficiency = 0 } } };
        ex = Assert.Throws<InvalidInputException>(() => new ShaftPumpedHydro(bad));
        Assert.Equal("Machine.PumpEfficiency.PeakEfficiency", ex.Field);
    }
}
