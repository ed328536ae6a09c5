using System.Runtime.CompilerServices;

namespace MineRose.Core.Pv;

/// <summary>The PVWatts DC power model: power proportional to transmitted irradiance with a linear temperature correction [53].</summary>
public static class PvWatts
{
    /// <summary>Irradiance at standard test conditions [W/m²] [53].</summary>
    public const double ReferenceIrradianceWm2 = 1000.0;

    /// <summary>Cell temperature at standard test conditions [°C] [53].</summary>
    public const double ReferenceCellTemperatureC = 25.0;

    /// <summary>Temperature coefficient of power of the PVWatts "standard" (crystalline silicon) module, −0.37 %/°C [1/°C] [54].</summary>
    public const double StandardModuleTemperatureCoefficientPerC = -0.0037;

    /// <summary>Temperature coefficient of power of the PVWatts "premium" module, −0.35 %/°C [1/°C] [54].</summary>
    public const double PremiumModuleTemperatureCoefficientPerC = -0.0035;

    /// <summary>Lowest accepted temperature coefficient of power [1/°C]; modules on the market lie within −0.2 … −0.5 %/°C.</summary>
    public const double MinTemperatureCoefficientPerC = -0.02;

    /// <summary>Highest accepted temperature coefficient of power [1/°C].</summary>
    public const double MaxTemperatureCoefficientPerC = 0.0;

    /// <summary>DC power of an array at its maximum power point [kW] [53].</summary>
    /// <param name="effectiveIrradianceWm2">Irradiance transmitted to the cells, after incidence-angle losses [W/m²].</param>
    /// <param name="cellTemperatureC">Cell temperature [°C].</param>
    /// <param name="dcCapacityKw">Nameplate DC capacity at standard test conditions P_dc0, &gt; 0 [kW].</param>
    /// <param name="temperatureCoefficientPerC">Temperature coefficient of power γ in [−0.02, 0] [1/°C]; the default −0.0037
    /// is the PVWatts "standard" module, −0.0035 the "premium" one [54] (the 2014 version 5 standard module used −0.0047 [53], [54]).</param>
    /// <returns>DC power before system losses [kW].</returns>
    /// <remarks>P_dc = P_dc0 · (E/1000) · (1 + γ·(T_c − 25)) [53], with E = <paramref name="effectiveIrradianceWm2"/>,
    /// T_c = <paramref name="cellTemperatureC"/>, P_dc0 = <paramref name="dcCapacityKw"/>, γ = <paramref name="temperatureCoefficientPerC"/>.
    /// System losses (<see cref="PvWattsLosses"/>) and the inverter (<see cref="PvWattsInverter"/>) are applied after.</remarks>
    /// <exception cref="InvalidInputException">When the capacity or γ is out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DcPowerKw(double effectiveIrradianceWm2, double cellTemperatureC, double dcCapacityKw,
        double temperatureCoefficientPerC = StandardModuleTemperatureCoefficientPerC)
    {
        if (!(dcCapacityKw > 0 && dcCapacityKw < double.PositiveInfinity)) _ = Guard.Positive(dcCapacityKw, "dc_capacity_kw");
        if (!(temperatureCoefficientPerC >= MinTemperatureCoefficientPerC && temperatureCoefficientPerC <= MaxTemperatureCoefficientPerC))
            _ = Guard.InRange(temperatureCoefficientPerC, MinTemperatureCoefficientPerC, MaxTemperatureCoefficientPerC, "temperature_coefficient_per_c");
        return dcCapacityKw * (effectiveIrradianceWm2 * (1.0 / ReferenceIrradianceWm2))
            * (1.0 + temperatureCoefficientPerC * (cellTemperatureC - ReferenceCellTemperatureC));
    }
}
