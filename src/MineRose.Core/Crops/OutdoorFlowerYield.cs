namespace MineRose.Core.Crops;

/// <summary>Yield of flowers grown in the open, on restored land or under agrivoltaic rows, from the light they receive.</summary>
public static class OutdoorFlowerYield
{
    /// <summary>Monteith's radiation-use-efficiency model [102] (see <see cref="OutdoorFlowerSpec"/>).</summary>
    /// <remarks>
    /// For land under or between PV rows pass the ground irradiance from the PV model; for open land pass the weather GHI.
    /// Growth per step is <c>RUE · f_int · G · Δt · f_T(T)</c> with <c>f_T = clamp((T − T_b)/(T_opt − T_b), 0, 1)</c>; the
    /// yield is linear in light, so half the light gives half the stems.
    /// </remarks>
    /// <param name="irradianceAtCropWm2">Global (shortwave) irradiance reaching the crop, per step [W/m²].</param>
    /// <param name="airTemperatureC">Air temperature per step [°C].</param>
    /// <param name="stepHours">Length of each step [h], in (0, 24].</param>
    /// <param name="crop">Crop parameters.</param>
    public static OutdoorFlowerYieldResult RadiationUseEfficiency(double[] irradianceAtCropWm2, double[] airTemperatureC, double stepHours, OutdoorFlowerSpec crop)
    {
        ArgumentNullException.ThrowIfNull(irradianceAtCropWm2);
        ArgumentNullException.ThrowIfNull(airTemperatureC);
        ArgumentNullException.ThrowIfNull(crop);
        crop.Validated();
        Guard.InRange(stepHours, 1e-6, 24, "step [h]");
        if (irradianceAtCropWm2.Length != airTemperatureC.Length)
            throw new InvalidInputException("outdoor flower series length",
                $"{irradianceAtCropWm2.Length} irradiance values, {airTemperatureC.Length} temperatures", "two series of equal length");
        double mj = 0, dm = 0;
        var span = crop.OptimumTemperatureC - crop.BaseTemperatureC;
        for (var i = 0; i < irradianceAtCropWm2.Length; i++)
        {
            var g = irradianceAtCropWm2[i];
            var t = airTemperatureC[i];
            if (!double.IsFinite(g) || g < 0)
                throw new InvalidInputException("irradiance at crop [W/m²]", Guard.Format(g), "a finite number >= 0");
            if (!double.IsFinite(t))
                throw new InvalidInputException("air temperature [°C]", Guard.Format(t), "a finite number");
            var stepMj = g * stepHours * 3600e-6;
            mj += stepMj;
            dm += crop.RadiationUseEfficiencyGMj * crop.InterceptedFraction * stepMj * Math.Clamp((t - crop.BaseTemperatureC) / span, 0, 1);
        }
        return new OutdoorFlowerYieldResult(dm, dm * crop.HarvestIndex / crop.DryMassPerStemG, mj);
    }
}
