namespace MineRose.Core.Solar;

/// <summary>Decomposition models: split global horizontal irradiance into its direct and diffuse parts.</summary>
/// <remarks>
/// Common conventions (as pvlib [28]): the clearness index uses cos z no smaller than 0.065 and is clipped to [0, 1];
/// above a zenith of 87° the whole GHI is called diffuse (DNI = 0). DNI is also clipped so that DNI·cos z ≤ GHI,
/// which keeps DHI = GHI − DNI·cos z non-negative (DISC and DIRINT do not guarantee it by themselves).
/// </remarks>
public static class Decomposition
{
    /// <summary>Zenith angle above which the models return no beam [°].</summary>
    public const double MaxZenithDeg = 87.0;

    /// <summary>Smallest cos z used in the clearness index [-] (zenith ≈ 86.3°).</summary>
    public const double MinCosZenith = 0.065;

    /// <summary>Diffuse fraction correlation of Erbs, Klein and Duffie (1982) [18].</summary>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="dniExtraWm2">Extraterrestrial normal irradiance I₀ [W/m²], in [1000, 1600].</param>
    /// <returns>DNI and DHI [W/m²] and the clearness index k_t [-].</returns>
    /// <remarks>
    /// k_t = GHI/(I₀·max(cos z, 0.065)), clipped to [0, 1];
    /// k_d = 1 − 0.09 k_t for k_t ≤ 0.22; 0.9511 − 0.1604 k_t + 4.388 k_t² − 16.638 k_t³ + 12.336 k_t⁴ for 0.22 &lt; k_t ≤ 0.80;
    /// 0.165 for k_t &gt; 0.80 [18]. DHI = k_d·GHI; DNI = (GHI − DHI)/cos z.
    /// </remarks>
    public static DecomposedIrradiance Erbs(double ghiWm2, double zenithDeg, double dniExtraWm2)
    {
        Guard.NonNegative(ghiWm2, "GHI");
        Guard.InRange(zenithDeg, 0, 180, "solar zenith");
        Guard.InRange(dniExtraWm2, 1000, 1600, "extraterrestrial normal irradiance");
        double cosZenith = Math.Cos(zenithDeg * DegToRad);
        double kt = ClearnessIndex(ghiWm2, cosZenith, dniExtraWm2);
        double kd = kt <= 0.22 ? 1.0 - 0.09 * kt
            : kt <= 0.80 ? 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)))
            : 0.165;
        double dhi = kd * ghiWm2;
        double dni = zenithDeg > MaxZenithDeg ? 0.0 : (ghiWm2 - dhi) / cosZenith;
        return Closed(ghiWm2, dni, cosZenith, kt);
    }

    /// <summary>Direct normal irradiance by the DISC model of Maxwell (1987) [19].</summary>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="dayOfYear">Day of the year [d], in [1, 366]; sets I₀ by Spencer's series with Maxwell's solar constant 1370 W/m².</param>
    /// <param name="pressurePa">Station air pressure [Pa], in [10 000, 120 000].</param>
    /// <returns>DNI and DHI [W/m²] and the clearness index k_t [-].</returns>
    /// <remarks>
    /// I₀ = 1370·(r₀/r)²; k_t as for Erbs; AM = Kasten (1966) relative air mass·p/101 325, capped at 12;
    /// K_nc = 0.866 − 0.122 AM + 0.0121 AM² − 0.000653 AM³ + 0.000014 AM⁴;
    /// for k_t ≤ 0.6: a = 0.512 − 1.56 k_t + 2.286 k_t² − 2.222 k_t³, b = 0.370 + 0.962 k_t, c = −0.280 + 0.932 k_t − 2.048 k_t²;
    /// for k_t &gt; 0.6: a = −5.743 + 21.77 k_t − 27.49 k_t² + 11.56 k_t³, b = 41.40 − 118.5 k_t + 66.05 k_t² + 31.90 k_t³,
    /// c = −47.01 + 184.2 k_t − 222.0 k_t² + 73.81 k_t³; ΔK_n = a + b·exp(c·AM); DNI = I₀·(K_nc − ΔK_n) [19].
    /// </remarks>
    public static DecomposedIrradiance Disc(double ghiWm2, double zenithDeg, int dayOfYear, double pressurePa = PhysicalConstants.StandardPressurePa)
    {
        var state = DiscState.Compute(ghiWm2, zenithDeg, dayOfYear, pressurePa);
        return Closed(ghiWm2, state.DniWm2, state.CosZenith, state.Kt);
    }

    /// <summary>Zenith-independent clearness index k_t′ of Perez et al. (1992) [20], the quantity DIRINT compares between hours.</summary>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="dayOfYear">Day of the year [d], in [1, 366].</param>
    /// <param name="pressurePa">Station air pressure [Pa], in [10 000, 120 000].</param>
    /// <returns>k_t′ [-] in [0, 1]; NaN when the sun is below the horizon (no air mass).</returns>
    /// <remarks>k_t′ = k_t / (1.031·exp(−1.4/(0.9 + 9.4/AM)) + 0.1), with k_t and AM (capped at 12) as in DISC [19, 20].</remarks>
    public static double ClearnessIndexPrime(double ghiWm2, double zenithDeg, int dayOfYear, double pressurePa = PhysicalConstants.StandardPressurePa)
    {
        var state = DiscState.Compute(ghiWm2, zenithDeg, dayOfYear, pressurePa);
        if (zenithDeg > 90)
            return double.NaN;
        return state.Kt == 0 ? 0.0 : KtPrime(state.Kt, state.AbsoluteAirMass);
    }

    /// <summary>Direct normal irradiance by the DIRINT model of Perez et al. (1992) [20]: DISC corrected by a four-way bin table.</summary>
    /// <param name="ghiWm2">Global horizontal irradiance [W/m²], ≥ 0.</param>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <param name="dayOfYear">Day of the year [d], in [1, 366].</param>
    /// <param name="pressurePa">Station air pressure [Pa], in [10 000, 120 000].</param>
    /// <param name="previousKtPrime">k_t′ of the previous time step [-] (<see cref="ClearnessIndexPrime"/>), or NaN if unknown (night, first step).</param>
    /// <param name="nextKtPrime">k_t′ of the next time step [-], or NaN if unknown.</param>
    /// <param name="dewPointC">Dew-point temperature T_d [°C], or NaN if unknown (the "w unknown" bin is then used).</param>
    /// <returns>DNI and DHI [W/m²] and the clearness index k_t [-].</returns>
    /// <remarks>
    /// DNI = DNI_DISC·X(k_t′, z, Δk_t′, w) [20]. Bins: k_t′ edges 0, 0.24, 0.40, 0.56, 0.70, 0.80, 1; z edges 0, 25, 40, 55,
    /// 70, 80°; Δk_t′ edges 0, 0.015, 0.035, 0.07, 0.15, 0.30, 1, plus "unknown"; w edges 0, 1, 2, 3 cm, plus "unknown".
    /// Δk_t′ = ½(|k_t′ − k_t′₋₁| + |k_t′ − k_t′₊₁|), or the one difference available when only one neighbour is known
    /// (Perez's rule for sunrise and sunset [20]; pvlib applies it only at the ends of a series and halves the single
    /// difference elsewhere). Precipitable water w = exp(0.07·T_d − 0.075) [cm] [20].
    /// </remarks>
    public static DecomposedIrradiance Dirint(
        double ghiWm2,
        double zenithDeg,
        int dayOfYear,
        double pressurePa,
        double previousKtPrime,
        double nextKtPrime,
        double dewPointC = double.NaN)
    {
        if (!double.IsNaN(previousKtPrime))
            Guard.InRange(previousKtPrime, 0, 1, "previous k_t'");
        if (!double.IsNaN(nextKtPrime))
            Guard.InRange(nextKtPrime, 0, 1, "next k_t'");
        if (!double.IsNaN(dewPointC))
            Guard.InRange(dewPointC, -90, 60, "dew point");
        var state = DiscState.Compute(ghiWm2, zenithDeg, dayOfYear, pressurePa);
        if (state.DniWm2 <= 0)
            return Closed(ghiWm2, 0.0, state.CosZenith, state.Kt);

        double ktPrime = KtPrime(state.Kt, state.AbsoluteAirMass);
        double deltaKtPrime = (double.IsNaN(previousKtPrime), double.IsNaN(nextKtPrime)) switch
        {
            (false, false) => 0.5 * (Math.Abs(ktPrime - previousKtPrime) + Math.Abs(ktPrime - nextKtPrime)),
            (false, true) => Math.Abs(ktPrime - previousKtPrime),
            (true, false) => Math.Abs(ktPrime - nextKtPrime),
            _ => double.NaN,
        };
        double precipitableWaterCm = double.IsNaN(dewPointC) ? double.NaN : Math.Exp(0.07 * dewPointC - 0.075);
        double factor = DirintCoefficients.Lookup(
            KtPrimeBin(ktPrime), ZenithBin(zenithDeg), DeltaKtPrimeBin(deltaKtPrime), PrecipitableWaterBin(precipitableWaterCm));
        return Closed(ghiWm2, state.DniWm2 * factor, state.CosZenith, state.Kt);
    }

    /// <summary>k_t = GHI/(I₀·max(cos z, 0.065)) clipped to [0, 1].</summary>
    private static double ClearnessIndex(double ghiWm2, double cosZenith, double dniExtraWm2) =>
        Math.Clamp(ghiWm2 / (dniExtraWm2 * Math.Max(cosZenith, MinCosZenith)), 0.0, 1.0);

    private static double KtPrime(double kt, double absoluteAirMass) => Math.Clamp(kt / KtPrimeFactor(absoluteAirMass), 0.0, 1.0);

    /// <summary>The divisor k_t/k_t′ of Perez et al. (1992) eq. 1 [20] for an absolute air mass [-].</summary>
    internal static double KtPrimeFactor(double absoluteAirMass) => 1.031 * Math.Exp(-1.4 / (0.9 + 9.4 / absoluteAirMass)) + 0.1;

    /// <summary>Builds the result with DNI ≥ 0, DNI·cos z ≤ GHI and DHI = GHI − DNI·cos z.</summary>
    private static DecomposedIrradiance Closed(double ghiWm2, double dniWm2, double cosZenith, double kt)
    {
        if (!(dniWm2 > 0) || cosZenith <= 0)
            return new DecomposedIrradiance(0.0, ghiWm2, kt);
        double dni = Math.Min(dniWm2, ghiWm2 / cosZenith);
        return new DecomposedIrradiance(dni, Math.Max(ghiWm2 - dni * cosZenith, 0.0), kt);
    }

    // Bin numbers are zero-based here; the paper and pvlib count from 1.
    private static int KtPrimeBin(double ktPrime) =>
        ktPrime < 0.24 ? 0 : ktPrime < 0.40 ? 1 : ktPrime < 0.56 ? 2 : ktPrime < 0.70 ? 3 : ktPrime < 0.80 ? 4 : 5;

    private static int ZenithBin(double zenithDeg) =>
        zenithDeg < 25 ? 0 : zenithDeg < 40 ? 1 : zenithDeg < 55 ? 2 : zenithDeg < 70 ? 3 : zenithDeg < 80 ? 4 : 5;

    private static int DeltaKtPrimeBin(double deltaKtPrime) =>
        double.IsNaN(deltaKtPrime) ? 6
        : deltaKtPrime < 0.015 ? 0 : deltaKtPrime < 0.035 ? 1 : deltaKtPrime < 0.07 ? 2
        : deltaKtPrime < 0.15 ? 3 : deltaKtPrime < 0.30 ? 4 : 5;

    private static int PrecipitableWaterBin(double precipitableWaterCm) =>
        double.IsNaN(precipitableWaterCm) ? 4
        : precipitableWaterCm < 1 ? 0 : precipitableWaterCm < 2 ? 1 : precipitableWaterCm < 3 ? 2 : 3;

    /// <summary>The intermediate quantities of DISC that DIRINT reuses.</summary>
    private readonly record struct DiscState(double DniWm2, double Kt, double AbsoluteAirMass, double CosZenith)
    {
        public static DiscState Compute(double ghiWm2, double zenithDeg, int dayOfYear, double pressurePa)
        {
            Guard.NonNegative(ghiWm2, "GHI");
            Guard.InRange(zenithDeg, 0, 180, "solar zenith");
            Guard.InRange(pressurePa, 10_000, 120_000, "air pressure");
            if (dayOfYear is < 1 or > 366)
                throw new InvalidInputException("day of year", dayOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer in [1, 366]");
            double cosZenith = Math.Cos(zenithDeg * DegToRad);
            // No light, no beam: skip the rest (the air mass is not needed when k_t = 0).
            if (ghiWm2 == 0)
                return new DiscState(0.0, 0.0, double.NaN, cosZenith);
            // Maxwell's solar constant, not the 1366.1 default: the DISC coefficients were fitted with it [19].
            double dniExtra = Extraterrestrial.NormalIrradianceWm2(dayOfYear, DiscSolarConstantWm2);
            double kt = ClearnessIndex(ghiWm2, cosZenith, dniExtra);
            double airMass = Math.Min(AirMass.RelativeKasten1966(zenithDeg) * pressurePa / PhysicalConstants.StandardPressurePa, MaxAirMass);
            if (zenithDeg > MaxZenithDeg)
                return new DiscState(0.0, kt, airMass, cosZenith);

            double a, b, c;
            if (kt <= 0.6)
            {
                a = 0.512 + kt * (-1.56 + kt * (2.286 - 2.222 * kt));
                b = 0.370 + 0.962 * kt;
                c = -0.280 + kt * (0.932 - 2.048 * kt);
            }
            else
            {
                a = -5.743 + kt * (21.77 + kt * (-27.49 + 11.56 * kt));
                b = 41.40 + kt * (-118.5 + kt * (66.05 + 31.90 * kt));
                c = -47.01 + kt * (184.2 + kt * (-222.0 + 73.81 * kt));
            }
            double knc = 0.866 + airMass * (-0.122 + airMass * (0.0121 + airMass * (-0.000653 + 0.000014 * airMass)));
            double kn = knc - (a + b * Math.Exp(c * airMass));
            return new DiscState(Math.Max(kn * dniExtra, 0.0), kt, airMass, cosZenith);
        }
    }

    private const double DiscSolarConstantWm2 = 1370.0;
    private const double MaxAirMass = 12.0;
    private const double DegToRad = Math.PI / 180.0;
}
