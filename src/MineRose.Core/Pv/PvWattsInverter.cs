using System.Runtime.CompilerServices;

namespace MineRose.Core.Pv;

/// <summary>The PVWatts inverter: a part-load efficiency curve, clipping at the AC rating [53].</summary>
public static class PvWattsInverter
{
    /// <summary>PVWatts default nominal (rated) inverter efficiency η_nom [—] [53].</summary>
    public const double NominalEfficiencyDefault = 0.96;

    /// <summary>Reference efficiency η_ref of the CEC inverter from which the curve was fitted [—] [53].</summary>
    public const double ReferenceEfficiencyDefault = 0.9637;

    /// <summary>AC power out of the inverter [kW] [53].</summary>
    /// <param name="dcPowerKw">DC power into the inverter, after system losses [kW].</param>
    /// <param name="acRatingKw">Rated AC power P_ac0, &gt; 0 [kW]; the array's DC capacity divided by its DC/AC ratio.</param>
    /// <param name="nominalEfficiency">Nominal efficiency η_nom in (0, 1] [—].</param>
    /// <param name="referenceEfficiency">Reference efficiency η_ref in (0, 1] [—]; keep the default unless refitting the curve.</param>
    /// <returns>AC power in [0, <paramref name="acRatingKw"/>] [kW]; 0 when <paramref name="dcPowerKw"/> ≤ 0 (night: no tare loss is modelled).</returns>
    /// <remarks>
    /// P_dc0 = P_ac0 / η_nom is the DC input at rated output; ζ = P_dc / P_dc0;
    /// η = (η_nom / η_ref)·(−0.0162·ζ − 0.0059/ζ + 0.9858); P_ac = min(η·P_dc, P_ac0), floored at 0 [53]. It is
    /// evaluated as η·P_dc = (η_nom / η_ref)·(0.9858·P_dc − 0.0162·P_dc²/P_dc0 − 0.0059·P_dc0), the same expression.
    /// At ζ = 1 the bracket equals η_ref, so η = η_nom. At very low load (ζ ≲ 0.006) the curve turns negative and the
    /// output is floored at 0, as pvlib does [58]. NaN input gives NaN.
    /// </remarks>
    /// <exception cref="InvalidInputException">When the rating or an efficiency is out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AcPowerKw(double dcPowerKw, double acRatingKw,
        double nominalEfficiency = NominalEfficiencyDefault, double referenceEfficiency = ReferenceEfficiencyDefault)
    {
        if (!(acRatingKw > 0 && acRatingKw < double.PositiveInfinity)) _ = Guard.Positive(acRatingKw, "ac_rating_kw");
        if (!(nominalEfficiency > 0 && nominalEfficiency <= 1)) _ = Guard.Efficiency(nominalEfficiency, "inverter_nominal_efficiency");
        if (!(referenceEfficiency > 0 && referenceEfficiency <= 1)) _ = Guard.Efficiency(referenceEfficiency, "inverter_reference_efficiency");
        if (dcPowerKw <= 0) return 0.0;

        // η·P_dc with ζ = P_dc/P_dc0 multiplied through (P_dc/ζ = P_dc0): no division by ζ, well-behaved as P_dc → 0.
        double dcRatingKw = acRatingKw / nominalEfficiency;
        double acKw = nominalEfficiency / referenceEfficiency
            * (0.9858 * dcPowerKw - 0.0162 * dcPowerKw * dcPowerKw / dcRatingKw - 0.0059 * dcRatingKw);
        // Math.Min/Max would hide a NaN from upstream; comparisons keep it.
        if (acKw > acRatingKw) return acRatingKw;
        return acKw < 0 ? 0.0 : acKw;
    }
}
