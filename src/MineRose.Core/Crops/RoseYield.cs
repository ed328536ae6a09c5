namespace MineRose.Core.Crops;

/// <summary>Cut-rose yield from the light at the canopy and the air temperature: a daily light-use-efficiency model.</summary>
public static class RoseYield
{
    /// <summary>Stems per m² from canopy PAR and inside temperature series (see <see cref="RoseCropSpec"/> for the model and its sources).</summary>
    /// <remarks>
    /// The series are cut into consecutive 24-hour blocks from their start; each block's daily light integral and mean
    /// temperature give that day's stems. A last, shorter block counts pro rata. No light, no stems; more light, more stems.
    /// </remarks>
    /// <param name="canopyParUmolM2s">PAR photon flux at the canopy, sun and lamps, per step [µmol/(m²·s)].</param>
    /// <param name="insideTemperatureC">Greenhouse air temperature per step [°C].</param>
    /// <param name="stepHours">Length of each step [h], in (0, 24] and dividing 24 h into whole steps.</param>
    /// <param name="crop">Crop parameters.</param>
    public static RoseYieldResult LightUseEfficiency(double[] canopyParUmolM2s, double[] insideTemperatureC, double stepHours, RoseCropSpec crop)
    {
        ArgumentNullException.ThrowIfNull(canopyParUmolM2s);
        ArgumentNullException.ThrowIfNull(insideTemperatureC);
        ArgumentNullException.ThrowIfNull(crop);
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
            double par = 0, temp = 0;
            for (var i = start; i < end; i++)
            {
                var p = canopyParUmolM2s[i];
                var t = insideTemperatureC[i];
                if (!double.IsFinite(p) || p < 0)
                    throw new InvalidInputException("canopy PAR [µmol/m²s]", Guard.Format(p), "a finite number >= 0");
                if (!double.IsFinite(t))
                    throw new InvalidInputException("inside temperature [°C]", Guard.Format(t), "a finite number");
                par += p;
                temp += t;
            }
            var fraction = (end - start) / (double)stepsPerDay;
            var dayPar = par * stepHours * 3600e-6;
            var dli = dayPar / fraction;
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

    /// <summary>Temperature factor f_T = clamp((T − T_b)/(T_ref − T_b), 0, 1) from Pasian and Lieth's thermal units [99] [-].</summary>
    /// <param name="dailyMeanTemperatureC">Daily mean air temperature [°C].</param>
    /// <param name="crop">Crop parameters.</param>
    public static double TemperatureFactor(double dailyMeanTemperatureC, RoseCropSpec crop)
    {
        ArgumentNullException.ThrowIfNull(crop);
        return Math.Clamp((dailyMeanTemperatureC - crop.BaseTemperatureC) / (crop.ReferenceTemperatureC - crop.BaseTemperatureC), 0, 1);
    }
}
