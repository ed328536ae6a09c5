namespace MineRose.Core.Heat;

/// <summary>Free cooling: the cooling loop gives its heat straight to colder mine water through a heat exchanger, with no compressor.</summary>
public static class FreeCooling
{
    /// <summary>Whether free cooling can run: the loop returns warmer than the mine water by more than the exchanger's approach.</summary>
    /// <param name="loopReturnTemperatureC">Cooling-loop water (or air) entering the exchanger [°C].</param>
    /// <param name="mineWaterTemperatureC">Mine water entering the exchanger [°C].</param>
    /// <param name="approachK">Least useful temperature difference across the exchanger [K].</param>
    /// <returns>True when T_loop − T_mine exceeds the approach.</returns>
    public static bool IsPossible(double loopReturnTemperatureC, double mineWaterTemperatureC, double approachK) =>
        loopReturnTemperatureC - mineWaterTemperatureC > approachK;

    /// <summary>Temperature rise of the mine water in the exchanger, the mine water being the smaller capacity stream [84].</summary>
    /// <param name="effectiveness">Exchanger effectiveness ε [–], in (0, 1].</param>
    /// <param name="loopReturnTemperatureC">Loop stream entering the exchanger [°C].</param>
    /// <param name="mineWaterTemperatureC">Mine water entering the exchanger [°C].</param>
    /// <param name="maxReturnTemperatureC">Highest temperature the mine water may leave at [°C].</param>
    /// <returns>Rise ΔT = min(ε·(T_loop − T_mine), T_max − T_mine), at least 0 [K].</returns>
    /// <remarks>
    /// With C_min on the mine-water side, Q̇ = ε·C_min·(T_loop − T_mine) gives a rise of ε·(T_loop − T_mine) at
    /// any flow; when that would exceed the permitted return temperature, more water is used at a smaller rise,
    /// which only eases the exchanger's duty. The duty per unit of flow is then ρ·c_p·ΔT.
    /// </remarks>
    public static double WaterTemperatureRiseK(double effectiveness, double loopReturnTemperatureC, double mineWaterTemperatureC, double maxReturnTemperatureC)
    {
        double riseK = Math.Min(effectiveness * (loopReturnTemperatureC - mineWaterTemperatureC), maxReturnTemperatureC - mineWaterTemperatureC);
        return Math.Max(riseK, 0.0);
    }

    /// <summary>Effectiveness of a counterflow heat exchanger from its number of transfer units, ε(NTU, C_r) [84].</summary>
    /// <param name="transferUnits">NTU = UA / C_min [–], at least 0.</param>
    /// <param name="capacityRatio">C_r = C_min / C_max [–], in [0, 1].</param>
    /// <returns>ε = (1 − e^(−NTU(1−C_r))) / (1 − C_r·e^(−NTU(1−C_r))), or NTU/(1 + NTU) for C_r = 1 [–].</returns>
    /// <remarks>Use it to size <see cref="HeatPumpSpec.FreeCoolingEffectiveness"/> from an exchanger's UA.</remarks>
    public static double CounterflowEffectiveness(double transferUnits, double capacityRatio)
    {
        Guard.NonNegative(transferUnits, nameof(transferUnits));
        Guard.InRange(capacityRatio, 0.0, 1.0, nameof(capacityRatio));
        if (1.0 - capacityRatio < 1e-9)
            return transferUnits / (1.0 + transferUnits);
        double e = Math.Exp(-transferUnits * (1.0 - capacityRatio));
        return (1.0 - e) / (1.0 - capacityRatio * e);
    }
}
