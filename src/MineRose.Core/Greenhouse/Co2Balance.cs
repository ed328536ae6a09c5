namespace MineRose.Core.Greenhouse;

/// <summary>CO₂ concentration of the greenhouse air: outside air, raised by dosing against the ventilation that carries it out.</summary>
public static class Co2Balance
{
    /// <summary>Outside CO₂ concentration used by default [ppm]: the global mean of 2023–2024, ≈ 420 ppm (NOAA [112]).</summary>
    public const double OutsideDefaultPpm = 420;

    /// <summary>CO₂ mass concentration per ppm at greenhouse temperatures [mg/m³ per ppm]: 1/0.554, GreenLight's conversion [94].</summary>
    public const double MgM3PerPpm = 1 / 0.554;

    /// <summary>Quasi-steady inside CO₂ concentration [ppm] (the CO₂ balance of Vanthoor [93] with its capacity term at steady state).</summary>
    /// <remarks>
    /// By day with enrichment the dosing Φ [mg/(m²·s)] holds C_in = min(C_set, C_out + Φ / (φ·κ)) against a ventilation flow
    /// φ [m³/(m²·s)], κ = <see cref="MgM3PerPpm"/>; otherwise C_in = C_out. The crop's own uptake is left out: it lowers
    /// the concentration of a closed, unenriched house by day below the outside value, which this model does not show.
    /// </remarks>
    /// <param name="outsidePpm">Outside CO₂ concentration [ppm].</param>
    /// <param name="enrichment">The dosing equipment and set-point, or null for none.</param>
    /// <param name="ventilationFlowM3M2S">Air exchange with outside, leakage included, per m² of floor [m³/(m²·s)].</param>
    /// <param name="isDay">Whether it is day (sun up or lamps on), when dosing runs.</param>
    public static double InsideQuasiSteadyPpm(double outsidePpm, Co2Enrichment? enrichment, double ventilationFlowM3M2S, bool isDay)
    {
        if (enrichment is null || !isDay || enrichment.DaySetPointPpm <= outsidePpm)
            return outsidePpm;
        if (ventilationFlowM3M2S <= 0)
            return enrichment.DaySetPointPpm;
        return Math.Min(enrichment.DaySetPointPpm, outsidePpm + enrichment.CapacityMgM2S / (ventilationFlowM3M2S * MgM3PerPpm));
    }
}
