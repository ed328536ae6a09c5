using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Supplementary lighting that may move within each day's photoperiod while the day's lamp energy (the light target)
/// is kept.</summary>
/// <remarks>
/// <para>0 ≤ L_t ≤ P̄_L for t in the photoperiod; Σ_{t ∈ d} L_t = Σ_{t ∈ d} B_t for every local day d (over the photoperiod intervals
/// the model holds); L_t is a use on the bus row of interval t. Lamp power outside the photoperiod stays fixed in the load.</para>
/// <para>Symbols → fields: B, P̄_L, d, photoperiod → <see cref="LightingShiftSeries"/>. Kept lamp energy means the kept light:
/// the lamps' photon output is proportional to their electric power. With the heat plant dispatched the lamps' heat moves with
/// them: L_t is also a heat source on the heat row of interval t (<see cref="HeatPlantConstraints"/>). Not modelled: the sun's
/// share of the day's light. The simulator replays whole lamp intervals (<see cref="LampSchedule"/>).</para>
/// </remarks>
public sealed class LightingShiftConstraints
{
    private LightingShiftConstraints(Variable?[] lightingKw) => LightingKw = lightingKw;

    /// <summary>Lamp power L_t per interval [kW]; null outside the photoperiod (the baseline stays in the fixed load there).</summary>
    public Variable?[] LightingKw { get; }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="lighting">Baseline, photoperiod and installed power (validated here against the rows).</param>
    /// <param name="electricRows">The bus row of each interval.</param>
    /// <param name="heatRows">The heat row of each interval (the lamps' heat enters it), or null when heat is not dispatched.</param>
    public static LightingShiftConstraints Add(LpModel model, LightingShiftSeries lighting, Constraint[] electricRows, Constraint?[]? heatRows = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lighting);
        ArgumentNullException.ThrowIfNull(electricRows);
        int n = electricRows.Length;
        lighting.Validated(n);
        var l = new Variable?[n];
        Constraint? dayRow = null;
        int currentDay = int.MinValue;
        double dayKwh = 0;
        for (int t = 0; t < n; t++)
        {
            if (!lighting.InPhotoperiod[t] || lighting.InstalledKw <= 0)
                continue;
            if (lighting.LocalDay[t] != currentDay)
            {
                dayRow?.SetBounds(dayKwh, dayKwh);
                currentDay = lighting.LocalDay[t];
                dayRow = model.Row(0, 0, "lighting_daily_energy", t);
                dayKwh = 0;
            }
            var v = model.Continuous(0, lighting.InstalledKw, "lighting_kw", t);
            electricRows[t].SetCoefficient(v, -1);
            if (heatRows is not null && heatRows[t] is { } heatRow)
                heatRow.SetCoefficient(v, 1);
            dayRow!.SetCoefficient(v, 1);
            dayKwh += lighting.BaselineKw[t];
            l[t] = v;
        }
        dayRow?.SetBounds(dayKwh, dayKwh);
        return new LightingShiftConstraints(l);
    }
}
