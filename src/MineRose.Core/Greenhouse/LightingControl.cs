namespace MineRose.Core.Greenhouse;

/// <summary>Switching of supplementary lamps: photoperiod window, sunlight threshold and daily-light-integral target.</summary>
public static class LightingControl
{
    /// <summary>Whether the lamps are on for a step that starts at <paramref name="localHourOfDay"/>.</summary>
    /// <remarks>On inside the window, off when the sun is bright (outside global radiation above the threshold) or when the
    /// day's canopy light already meets the target [94]. The decision holds for the whole step.</remarks>
    /// <param name="lighting">The lighting spec.</param>
    /// <param name="localHourOfDay">Local standard time at the start of the step [h].</param>
    /// <param name="globalRadiationWm2">Outside global horizontal irradiance [W/m²].</param>
    /// <param name="dayParSumMolM2">Canopy PAR received since local midnight [mol/m²].</param>
    public static bool IsOn(SupplementaryLighting lighting, double localHourOfDay, double globalRadiationWm2, double dayParSumMolM2)
    {
        ArgumentNullException.ThrowIfNull(lighting);
        var sinceOn = localHourOfDay - lighting.OnHourLocal;
        if (sinceOn < 0)
            sinceOn += 24;
        if (sinceOn >= lighting.PhotoperiodH)
            return false;
        if (globalRadiationWm2 > lighting.SwitchOffAboveGlobalWm2)
            return false;
        return lighting.DailyLightIntegralTargetMolM2 is not { } target || dayParSumMolM2 < target;
    }

    /// <summary>Photon flux density of sunlight at the canopy: global irradiance × PAR photons per joule × cover PAR transmission [µmol/(m²·s)].</summary>
    /// <param name="globalRadiationWm2">Outside global horizontal irradiance [W/m²].</param>
    /// <param name="parTransmission">Cover PAR transmission [-].</param>
    public static double SunParUmolM2s(double globalRadiationWm2, double parTransmission) =>
        Math.Max(0, globalRadiationWm2) * PhysicalConstants.ParPhotonsPerJouleOfSunlight * parTransmission;
}
