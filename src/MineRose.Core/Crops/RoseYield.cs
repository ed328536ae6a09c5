namespace MineRose.Core.Crops;

/// <summary>Cut-rose yield from the light at the canopy and the air temperature: a daily light-use-efficiency model.</summary>
public static class RoseYield
{
    /// <summary>CO₂ concentration at which the CO₂ factor is 1: the outside air [ppm] (<see cref="Greenhouse.Co2Balance.OutsideDefaultPpm"/>).</summary>
    public const double ReferenceCo2Ppm = Greenhouse.Co2Balance.OutsideDefaultPpm;

    /// <summary>Stems per m² from canopy PAR and inside temperature series, the air at the reference CO₂ (see <see cref="RoseCropSpec"/>).</summary>
    /// <param name="canopyParUmolM2s">PAR photon flux at the canopy, sun and lamps, per step [µmol/(m²·s)].</param>
    /// <param name="insideTemperatureC">Greenhouse air temperature per step [°C].</param>
    /// <param name="stepHours">Length of each step [h], in (0, 24] and dividing 24 h into whole steps.</param>
    /// <param name="crop">Crop parameters.</param>
    public static RoseYieldResult LightUseEfficiency(double[] canopyParUmolM2s, double[] insideTemperatureC, double stepHours, RoseCropSpec crop) =>
        LightUseEfficiency(canopyParUmolM2s, insideTemperatureC, null, stepHours, crop);

    /// <summary>Stems per m² from canopy PAR, inside temperature and inside CO₂ series (see <see cref="RoseCropSpec"/> for the model and its sources).</summary>
    /// <remarks>
    /// The series are cut into consecutive 24-hour blocks from their start; each block's CO₂-weighted daily light integral
    /// <c>Σ PAR·f_CO₂·Δt</c> and mean temperature give that day's stems. A last, shorter block counts pro rata. No light, no
    /// stems; more light, more stems.
    /// </remarks>
    /// <param name="canopyParUmolM2s">PAR photon flux at the canopy, sun and lamps, per step [µmol/(m²·s)].</param>
    /// <param name="insideTemperatureC">Greenhouse air temperature per step [°C].</param>
    /// <param name="insideCo2Ppm">CO₂ concentration of the greenhouse air per step [ppm], or null for <see cref="ReferenceCo2Ppm"/> throughout.</param>
    /// <param name="stepHours">Length of each step [h], in (0, 24] and dividing 24 h into whole steps.</param>
    /// <param name="crop">Crop parameters.</param>
    public static RoseYieldResult LightUseEfficiency(
        double[] canopyParUmolM2s, double[] insideTemperatureC, double[]? insideCo2Ppm, double stepHours, RoseCropSpec crop)
    {
        ArgumentNullException.ThrowIfNull(canopyParUmolM2s);
        ArgumentNullException.ThrowIfNull(insideTemperatureC);
        ArgumentNullException.ThrowIfNull(crop);
        if (insideCo2Ppm is not null && insideCo2Ppm.Length != canopyParUmolM2s.Length)
            throw new InvalidInputException("rose yield CO₂ series length",
                $"{insideCo2Ppm.Length} CO₂ values, {canopyParUmolM2s.Length} PAR values", "one CO₂ value per PAR value");
        crop.Validated();
        Guard.InRange(stepHours, 1e-6, 24, "step [h]");
        if (canopyParUmolM2s.Length != insideTemperatureC.Length || canopyParUmolM2s.Length == 0)
            throw new InvalidInputException("rose yield series length",
                $"{canopyParUmolM2s.Length} PAR values, {insideTemperatureC.Length} temperatures", "two non-empty series of equal length");
        var stepsPerDay = (int)Math.Round(24 / stepHours);
        if (Math.Abs(stepsPerDay * stepHours - 24) > 1e-9)
            throw new InvalidInputException("step [h]", Guard.Format(stepHours), "a step that divides a day into whole steps");

        double stems = 0, parTotal = 0, weightedFactor = 0;
        var n = canopyParUmolM2s.Length;
        for (var start = 0; start < n; start += stepsPerDay)
        {
            var end = Math.Min(n, start + stepsPerDay);
            double par = 0, effectivePar = 0, temp = 0;
            for (var i = start; i < end; i++)
            {
                var p = canopyParUmolM2s[i];
                var t = insideTemperatureC[i];
                if (!double.IsFinite(p) || p < 0)
                    throw new InvalidInputException("canopy PAR [µmol/m²s]", Guard.Format(p), "a finite number >= 0");
                if (!double.IsFinite(t))
                    throw new InvalidInputException("inside temperature [°C]", Guard.Format(t), "a finite number");
                var co2Factor = 1.0;
                if (insideCo2Ppm is not null)
                {
                    var c = insideCo2Ppm[i];
                    if (!double.IsFinite(c) || c < 100 || c > 5000)
                        throw new InvalidInputException("inside CO₂ [ppm]", Guard.Format(c), "a finite number in [100, 5000]");
                    co2Factor = Co2Factor(c, t);
                }
                par += p;
                effectivePar += p * co2Factor;
                temp += t;
            }
            var fraction = (end - start) / (double)stepsPerDay;
            var dayPar = par * stepHours * 3600e-6;
            var dli = effectivePar * stepHours * 3600e-6 / fraction;
            var factor = TemperatureFactor(temp / (end - start), crop);
            stems += fraction * DailyStems(dli, factor, crop);
            parTotal += dayPar;
            weightedFactor += factor * dayPar;
        }
        var days = n * stepHours / 24;
        return new RoseYieldResult(stems, stems * 365.25 / days, parTotal, parTotal / days,
            parTotal > 0 ? weightedFactor / parTotal : 0, days);
    }

    /// <summary>Stems produced in one day, <c>s_max·F_sys·f_T·DLI/(DLI + K)</c> [stems/(m²·d)].</summary>
    /// <param name="dailyLightIntegralMolM2">Canopy PAR of the day [mol/(m²·d)].</param>
    /// <param name="temperatureFactor">f_T of the day's mean temperature [-].</param>
    /// <param name="crop">Crop parameters.</param>
    public static double DailyStems(double dailyLightIntegralMolM2, double temperatureFactor, RoseCropSpec crop)
    {
        ArgumentNullException.ThrowIfNull(crop);
        var dli = Math.Max(0, dailyLightIntegralMolM2);
        return crop.MaxStemsPerM2Day * crop.ProductionSystemFactor * temperatureFactor * dli / (dli + crop.HalfSaturationDliMolM2);
    }

    /// <summary>CO₂ factor of canopy photosynthesis relative to <see cref="ReferenceCo2Ppm"/>, light-limited Farquhar form as in Vanthoor's crop model [115] [-].</summary>
    /// <remarks>
    /// <c>f_CO₂ = g(C)/g(C_ref)</c>, <c>g(C) = (0.67·C − Γ)/(0.67·C + 2·Γ)</c>, Γ = 1.7·T [ppm] the CO₂ compensation point,
    /// 0.67 the ratio of stomatal to air CO₂ [115] (GreenLight's <c>etaCo2AirStom</c> and <c>cGamma</c> [94]). At 20 °C:
    /// 1 at 420 ppm, 1.17 at 800 ppm, 1.22 at 1,000 ppm.
    /// </remarks>
    /// <param name="co2Ppm">CO₂ concentration of the greenhouse air [ppm].</param>
    /// <param name="temperatureC">Leaf (air) temperature [°C].</param>
    public static double Co2Factor(double co2Ppm, double temperatureC)
    {
        var gamma = 1.7 * Math.Max(0, temperatureC);
        return Farquhar(co2Ppm, gamma) / Farquhar(ReferenceCo2Ppm, gamma);
    }

    private static double Farquhar(double co2Ppm, double gammaPpm)
    {
        var stomatal = 0.67 * co2Ppm;
        return Math.Max(0, stomatal - gammaPpm) / (stomatal + 2 * gammaPpm);
    }

    /// <summary>Temperature factor f_T = clamp((T − T_b)/(T_ref − T_b), 0, 1) from Pasian and Lieth's thermal units [99] [-].</summary>
    /// <param name="dailyMeanTemperatureC">Daily mean air temperature [°C].</param>
    /// <param name="crop">Crop parameters.</param>
    public static double TemperatureFactor(double dailyMeanTemperatureC, RoseCropSpec crop)
    {
        ArgumentNullException.ThrowIfNull(crop);
        return Math.Clamp((dailyMeanTemperatureC - crop.BaseTemperatureC) / (crop.ReferenceTemperatureC - crop.BaseTemperatureC), 0, 1);
    }
}
