namespace MineRose.Core.Greenhouse;

/// <summary>Greenhouse climate and energy over one step: a two-node heat balance with moisture, ventilation, screen and lamp control.</summary>
/// <remarks>
/// A simplification of Vanthoor's climate model [93] (the basis of GreenLight [94]). Kept: the air (with leaves) and one
/// heat-storing mass; leakage linear in wind; ventilation heat ρ·c_p·φ·ΔT; canopy transpiration after Stanghellini [95]
/// with Vanthoor's constants, CO₂ effect on the stomata included, and Seginer's night resistance of rose leaves [110];
/// the split of sunlight between canopy (k_PAR = 0.7, k_NIR = 0.27) and floor; leaf heat capacity 1.2 kJ/(m²_leaf·K);
/// GreenLight's screen rules and 90 % night humidity limit [94]. Replaced: the cover, screen, sky and pipe radiation network
/// by the overall U-value of ASABE EP406 [90], reduced by the screen factor; natural-ventilation aperture physics by a
/// controlled air change rate between leakage and a maximum; the soil layers by one mass node; the cover temperature by its
/// steady value from the U-value (for condensation, <see cref="CoverCondensation"/>); the canopy temperature state by its
/// linearised energy balance (<see cref="CanopyTemperature"/>, used for transpiration only); the CO₂ state by its
/// quasi-steady value (<see cref="Co2Balance"/>). Per m² of floor:
/// <code>
/// C_a·(T_a' − T_a)/Δt = f_c·τ_s·σ·G + P_lamp − λ·E + (1 − U/h_in)·λ·M_c + Q_heat − Q_cool + H·(T_m' − T_a') − (U·r_c·s + ρ·c_p·φ)·(T_a' − T_o)
/// C_m·(T_m' − T_m)/Δt = (1 − f_c)·τ_s·σ·G − H·(T_m' − T_a')
/// f_c = ½(1 − e^(−0.7·LAI)) + ½(1 − e^(−0.27·LAI)),   C_a = ρ·c_p·h + 1200·LAI
/// </code>
/// (r_c cover/floor ratio, s the thermal-screen factor, σ the transmission of a drawn shade screen or day-drawn thermal
/// screen, M_c condensation on the cover) solved implicitly (backward Euler), which is unconditionally stable at 15 min and
/// 1 h steps and closes the energy balance exactly. Vapour is quasi-steady: <c>E = VEC'·(e' − e_a)</c> (leaves at their own
/// temperature, Penman-linearised) and <c>E = G_v(φ)·(e_a − e_o) + M_c</c>; where e_a would exceed the humidity limit (day or
/// night), φ is raised until it does not. Control: heat to the set-point; the vents open for temperature by the smoothed
/// proportional controller of Vanthoor and GreenLight [93], [94] over <see cref="VentilationPBandK"/> above the ventilation
/// set-point (the air floats in that band: the controller's droop); a house with a cooling coil, when the outside air is at
/// or above the cooling set-point, closes over <see cref="CoilPBandK"/> below it and its coil holds the cooling set-point and
/// condenses the closed share of the vapour above the humidity limit; cooling otherwise holds the cooling set-point. The pass
/// map is continuous in the air temperature, so a fixed point exists in every step; transpiration, the humidity ventilation
/// and the heat balance are solved together, to a stated tolerance, by Newton steps on the air temperature and the VPD
/// (see <c>StepUnchecked</c>).
/// </remarks>
public static class GreenhouseClimate
{
    /// <summary>Outside global radiation below which it is night for screen and set-point purposes [W/m²] (Vanthoor's 5 W/m² [93]).</summary>
    public const double NightGlobalRadiationWm2 = 5;

    /// <summary>Heat capacity of leaves per m² of leaf [J/(m²·K)] [93].</summary>
    public const double LeafHeatCapacityJM2K = 1200;

    /// <summary>PAR photons per joule of PAR energy, used to turn lamp PPFD into radiation on the canopy [µmol/J] [93].</summary>
    public const double ParPhotonsPerJouleOfPar = 4.6;

    /// <summary>Largest change of the inside air temperature over the last pass of a converged step [K].</summary>
    public const double TemperatureToleranceK = 1e-6;

    /// <summary>Largest relative change of the VPD (of max(VPD, 1 Pa)) and of the ventilation opened for temperature (of φ) over the
    /// last pass of a converged step [-].</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Proportional band of the vent opening for temperature above <see cref="GreenhouseSetPoints.VentilationC"/> [K]
    /// (GreenLight's <c>ventHeatPband</c> [94]).</summary>
    public const double VentilationPBandK = 4;

    /// <summary>Proportional band over which a house with a cooling coil closes below <see cref="GreenhouseSetPoints.CoolingC"/>
    /// when the outside air is at or above it [K] (GreenLight's <c>mechCoolPband</c> [94]).</summary>
    public const double CoilPBandK = 1;

    /// <summary>Most passes a step makes; a step still outside the tolerances then reports itself not converged [-].</summary>
    public const int MaxPasses = 24;


    /// <summary>Most inner substitutions of the CO₂ of a dosed house and the humidity ventilation in one pass [-].</summary>
    private const int Co2InnerSubstitutions = 6;

    /// <summary>Advances a greenhouse by one step, holding the set-points with whatever heating and cooling they need.</summary>
    /// <param name="spec">The greenhouse.</param>
    /// <param name="state">State at the start of the step.</param>
    /// <param name="weather">Outside conditions over the step.</param>
    /// <param name="durationH">Step length [h], in (0, 24].</param>
    /// <param name="heatingSuppliedKw">Heat the heating system can deliver [kW], or null for as much as demanded. With less than
    /// demanded the air falls below the set-point and the shortfall is reported as unserved.</param>
    /// <param name="coolingSuppliedKw">Heat the cooling system can remove [kW], or null for as much as demanded.</param>
    public static GreenhouseStepResult Step(
        GreenhouseSpec spec,
        in GreenhouseState state,
        in GreenhouseWeather weather,
        double durationH,
        double? heatingSuppliedKw = null,
        double? coolingSuppliedKw = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validated();
        Guard.InRange(durationH, 1e-6, 24, "step duration [h]");
        Guard.Finite(state.AirTemperatureC, "inside air temperature [°C]");
        Guard.Finite(state.MassTemperatureC, "mass temperature [°C]");
        Guard.NonNegative(state.DayParSumMolM2, "day PAR sum [mol/m²]");
        Guard.InRange(weather.OutsideTemperatureC, -80, 70, "outside temperature [°C]");
        Guard.InRange(weather.GlobalRadiationWm2, 0, 1500, "global radiation [W/m²]");
        Guard.InRange(weather.OutsideRelativeHumidityPercent, 0, 100, "outside relative humidity [%]");
        Guard.InRange(weather.LocalHourOfDay, 0, 24, "local hour of day [h]");
        if (heatingSuppliedKw is { } h)
            Guard.NonNegative(h, "heating supplied [kW]");
        if (coolingSuppliedKw is { } c)
            Guard.NonNegative(c, "cooling supplied [kW]");
        return StepUnchecked(spec, state, weather, durationH,
            heatingSuppliedKw ?? double.PositiveInfinity, coolingSuppliedKw ?? double.PositiveInfinity);
    }

    /// <summary>Fraction of the sunlight entering the house that the canopy absorbs; the rest heats the floor [-] [93].</summary>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    public static double CanopyAbsorbedFraction(double leafAreaIndex) =>
        0.5 * (1 - Math.Exp(-0.7 * leafAreaIndex)) + 0.5 * (1 - Math.Exp(-0.27 * leafAreaIndex));

    /// <summary>The step for a validated spec and inputs; supplied capacities in kW, +∞ for unlimited. Allocates nothing once
    /// the spec's constants are cached (one small object per spec and thread, see <see cref="GreenhouseSpecConstants"/>).</summary>
    internal static GreenhouseStepResult StepUnchecked(
        GreenhouseSpec spec,
        in GreenhouseState state,
        in GreenhouseWeather weather,
        double durationH,
        double heatingSuppliedKw,
        double coolingSuppliedKw,
        bool? lampCommand = null) =>
        StepUnchecked(spec, state, weather, durationH, heatingSuppliedKw, coolingSuppliedKw, Iteration.Solve, lampCommand);

    /// <summary>The step with a chosen iteration (<c>GreenhouseConvergenceTests</c> and the convergence study run plain passes).</summary>
    /// <remarks>Each pass evaluates the model once: from the inputs T_a and VPD (v) it computes the controllers' vent share
    /// u_T(T_a) and closure κ(T_a), transpiration, the humidity ventilation φ_min, the flow φ and the heat balance with control,
    /// which give the pass's own T_a and v. The step's solution is the fixed point x = F(x), x = (T_a, v).
    /// <see cref="Iteration.Solve"/> starts from the previous step's converged climate (<see cref="GreenhouseState.Guess"/>) and
    /// takes Newton steps (I − J)·Δ = F(x) − x [290]: the v column of J = ∂F/∂x is analytic (Stanghellini's VEC slope, the
    /// Penman factor, the vapour balance, the humidity ventilation and the set-point held), its T_a column the controllers'
    /// analytic slope plus a secant for the rest from the last two passes [291]. At night (v no unknown) a bracket of the T_a
    /// residual's sign change guards the Newton iterate. A dosed house's CO₂ is solved within the pass with the humidity
    /// ventilation. It stops when one pass moves T_a by ≤ <see cref="TemperatureToleranceK"/> and v by
    /// ≤ <see cref="RelativeTolerance"/>; at <see cref="MaxPasses"/> it reports the step not converged.
    /// The result is always the last pass evaluated in full, so the energy balance closes exactly.
    /// Performance without changing the model: everything that depends on the spec alone is computed once per spec; the
    /// saturation slope reuses e_s(T_a); and the block of temperature-dependent terms (e_s, cover temperature, condensation and
    /// radiative conductances) is recomputed only when the air temperature input changed since the last pass.
    /// <c>lampCommand</c>: lamps on or off for the whole step as a dispatch plan commands them (a house without lamps stays
    /// dark), or null for <see cref="LightingControl.IsOn"/> to decide.</remarks>
    internal static GreenhouseStepResult StepUnchecked(
        GreenhouseSpec spec,
        in GreenhouseState state,
        in GreenhouseWeather weather,
        double durationH,
        double heatingSuppliedKw,
        double coolingSuppliedKw,
        Iteration iteration,
        bool? lampCommand = null)
    {
        var c = GreenhouseSpecConstants.For(spec);
        var sp = spec.SetPoints;
        var area = c.FloorAreaM2;
        var height = c.MeanHeightM;
        var lai = c.LeafAreaIndex;
        var dt = durationH * 3600;
        const double rhoCp = PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK;
        var ca = c.AirHeatCapacityJM2K;
        var cm = c.MassHeatCapacityJM2K;
        var hm = c.MassAirConductanceWm2K;
        var coverRatio = c.CoverToFloorRatio;
        var ta0 = state.AirTemperatureC;
        var tm0 = state.MassTemperatureC;
        var to = weather.OutsideTemperatureC;
        var g = Math.Max(0, weather.GlobalRadiationWm2);

        // Screens, lamps and day/night.
        var night = g < NightGlobalRadiationWm2;
        var screenDrawn = spec.Screen is { } screen && screen.IsDrawn(night, to);
        var shadeDrawn = spec.Shade is { } shade && shade.IsDrawn(g, to);
        var screenLit = screenDrawn && !night;
        var shadeTransmission = c.ShadeTransmission(shadeDrawn, screenLit);
        var uCover = screenDrawn ? c.UCoverScreenedWm2K : c.UCoverOpenWm2K;
        var coverFraction = screenDrawn ? c.CoverSurfaceFractionScreened : c.CoverSurfaceFractionOpen;
        var heatBackPerKg = screenDrawn ? c.HeatBackPerKgScreened : c.HeatBackPerKgOpen;
        var daySum = weather.LocalHourOfDay < durationH - 1e-9 ? 0 : state.DayParSumMolM2;
        var lampsOn = lampCommand is { } commanded ? commanded && spec.Lighting is not null : spec.Lighting is { } lighting && LightingControl.IsOn(lighting, weather.LocalHourOfDay, g, daySum);
        var lampWm2 = lampsOn ? c.LampElectricWm2 : 0;
        var lampPpfd = lampsOn ? c.LampPpfdUmolM2s : 0;
        var canopyPar = LightingControl.SunParUmolM2s(g, c.ParTransmission) * shadeTransmission + lampPpfd;
        var isDay = !night || lampsOn;
        var heatSetPoint = isDay ? sp.HeatingDayC : sp.HeatingNightC;
        var rhLimit = (isDay ? c.HumidityLimitDayPercent : c.HumidityLimitNightPercent) / 100;

        // Radiation: the canopy part heats the air node, the rest the floor (mass) node.
        var solarWm2 = c.SolarTransmission(shadeDrawn, screenLit) * g;
        var fc = c.CanopyAbsorbedFraction;
        var qAirSun = fc * solarWm2;
        var qMass = (1 - fc) * solarWm2;
        var lampParWm2 = lampPpfd / ParPhotonsPerJouleOfPar;
        var canopyRadiation = solarWm2 + lampParWm2;
        var canopyAbsorbed = qAirSun + c.CanopyParAbsorbedFraction * lampParWm2;
        var surfaceEmissivity = screenDrawn ? CanopyTemperature.ScreenEmissivity : CanopyTemperature.CoverEmissivity;
        var farInfrared = c.FarInfraredInterception;

        // Air exchange.
        var phiLeak = AirExchange.FlowM3M2S(AirExchange.LeakageAch(c.LeakageAch, weather.WindSpeedMs), height);
        var phiMax = Math.Max(phiLeak, c.MaxVentilationFlowM3M2S);
        var eOut = weather.OutsideRelativeHumidityPercent / 100 * Psychrometrics.SaturationVapourPressurePa(to);

        // Mass node eliminated: T_m' = alpha + beta·T_a'.
        var massDenominator = cm / dt + hm;
        var alpha = (cm / dt * tm0 + qMass) / massDenominator;
        var beta = hm / massDenominator;
        var airDenominator = ca / dt + hm * (1 - beta);

        // First guess: the previous step's converged climate, else leakage only, no coil and (below) the model's own VPD guess.
        // The unknowns are T_a, the VPD the stomata see, the ventilation opened for temperature above what leakage and humidity
        // need (vent, so that φ = φ_min + vent), and the coil mode; φ of the last pass sets the CO₂ of the next.
        var taGuess = ta0;
        var vent = 0.0;
        var vpdGuess = 0.0;
        var coilMode = false;
        var warm = iteration.WarmStart && state.Guess is not null;
        double restTT = 0, restVT = 0;
        if (warm)
        {
            var guess = state.Guess!.Value;
            if (double.IsFinite(guess.AirTemperatureC))
                taGuess = guess.AirTemperatureC;
            vent = Math.Clamp(guess.TemperatureVentilationM3M2S, 0, phiMax - phiLeak);
            vpdGuess = Math.Max(0, guess.VapourPressureDeficitPa);
        }
        var phi = phiLeak + vent;
        // At night the stomata sit on their rose floor whatever the VPD: then the VPD input changes nothing and is no unknown.
        var vpdMatters = lai > 0 && (canopyRadiation > CanopyTranspiration.NightRadiationWm2
            || CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(canopyRadiation, lai, 0, Co2Balance.OutsideDefaultPpm, CanopyTranspiration.RoseNightStomatalResistanceSM)
                != CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(canopyRadiation, lai, 1e6, Co2Balance.OutsideDefaultPpm, CanopyTranspiration.RoseNightStomatalResistanceSM));
        double transpiration = 0, ta = ta0, phiMin = phiLeak, eCover = 0, gCondense = 0, co2 = Co2Balance.OutsideDefaultPpm;
        double condensation = 0, condensationHeatBack = 0;
        double heatDemand = 0, heat = 0, coolDemand = 0, cool = 0, coilVapour = 0, coilServed = 0;
        // Loop invariants, hoisted (left-to-right prefix of the air balance's right-hand side, supply limits per m²).
        var airRhsFixed = ca / dt * ta0 + qAirSun + lampWm2;
        var massCoupling = hm * alpha;
        var heatLimitWm2 = heatingSuppliedKw * 1000 / area;
        var coolLimitWm2 = coolingSuppliedKw * 1000 / area;
        // Terms that depend on the air temperature input alone, kept while it does not change.
        var blockT = double.NaN;
        double esAir = 0, eMax = 0, vapourPerFlow = 0, tCover = 0, hRadiative = 0, hSensible = 0, slope = 0;
        var converged = false;
        var passes = 0;
        var openShare = 1.0;
        var taFloor = Math.Min(Math.Min(ta0, tm0), Math.Min(to, heatSetPoint)) - 20;
        var taCeiling = Math.Max(Math.Max(ta0, tm0), to) + 80;
        double taLow = double.NegativeInfinity, taHigh = double.PositiveInfinity, searchExpansion = 1;
        double prevTaIn = 0, prevVpdIn = 0, prevTaOut = 0, prevVpdOut = 0, prevTaControl = 0, prevVpdControl = 0;
        while (passes < iteration.MaxPasses)
        {
            passes++;
            // This pass's inputs; if it hands the same ones to the next pass, that pass would repeat it bit for bit.
            var passTa = taGuess;
            if (!(taGuess == blockT))
            {
                blockT = taGuess;
                esAir = Psychrometrics.SaturationVapourPressurePa(taGuess);
                eMax = rhLimit * esAir;
                vapourPerFlow = Psychrometrics.VapourDensityKgM3(1, taGuess);
                tCover = taGuess - coverFraction * (taGuess - to);
                eCover = Psychrometrics.SaturationVapourPressurePa(tCover);
                gCondense = coverRatio * CoverCondensation.VanthoorConductanceKgM2SPa(taGuess, tCover);
                hRadiative = CanopyTemperature.RadiativeConductanceFromInterceptionWm2K(taGuess, tCover, surfaceEmissivity, farInfrared);
                hSensible = c.LeafConvectiveWm2K + hRadiative;
                slope = Psychrometrics.SaturationSlopePaK(taGuess, esAir);
            }
            if (passes == 1 && !warm)
                vpdGuess = Math.Max(0, esAir - Math.Max(eOut, eMax));
            var passVpd = vpdGuess;
            // Control [93], [94], [317]: smoothed proportional controllers of the pass's T_a input, so that the pass map is continuous
            // in T_a and the step has a fixed point in every hour. Vents open for temperature over VentilationPBandK above the
            // vent set-point; in a house with a coil, when the outside air is at or above the cooling set-point, the house closes
            // over CoilPBandK below it (share κ) and the coil cools and dehumidifies.
            var ventShare = ProportionalControl.Share(passTa, sp.VentilationC, VentilationPBandK, out var dVentShareDT);
            double closure = 0, dClosureDT = 0;
            if (sp.CoolingC is { } coilSetPoint && to >= coilSetPoint)
                closure = ProportionalControl.Share(passTa, coilSetPoint - CoilPBandK, CoilPBandK, out dClosureDT);
            var open = 1 - closure;
            openShare = open;

            // CO₂ of a dosed house at the flow this pass's controllers open, found with the humidity ventilation it leads to: more
            // air, less CO₂, a lower stomatal resistance, more transpiration and more air for humidity. Solved by a few inner
            // substitutions (a contraction: the CO₂ effect on r_s is weak), so that the CO₂ needs no column in the Jacobian.
            double vec, vecSlope, vecEff, esLeaf, dVecEffDv, needed, dNeededDv;
            for (var inner = 0; ; inner++)
            {
                var co2Before = co2;
                if (spec.Co2 is not null)
                {
                    var phiCo2 = phiLeak + open * (phiMin - phiLeak + ventShare * (phiMax - phiMin));
                    co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phiCo2, isDay);
                }
                vec = CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(
                    canopyRadiation, lai, vpdGuess, co2, CanopyTranspiration.RoseNightStomatalResistanceSM, out vecSlope);

                // Leaves at their own temperature (Penman linearisation): E = VEC'·(e' − e_a), linear in e_a like the vapour balance.
                var hLatent = CanopyTranspiration.LatentHeatJKg * vec * slope;
                vecEff = lai > 0 ? vec * hSensible / (hSensible + hLatent) : 0;
                esLeaf = lai > 0 ? esAir + slope * (canopyAbsorbed - hRadiative * (taGuess - tCover)) / hSensible : esAir;
                // Newton: d(VEC')/d(VPD) at this T_a.
                var hSum = hSensible + hLatent;
                dVecEffDv = lai > 0 ? hSensible * hSensible / (hSum * hSum) * vecSlope : 0;

                // Ventilation needed to keep the humidity at its limit: VEC'·(e' − e_max) = G_v·(e_max − e_o) + G_c·(e_max − e_cov)⁺.
                needed = phiLeak;
                dNeededDv = 0.0;
                if (vecEff > 0 && esLeaf > eMax)
                {
                    var eLeak = VapourBalance(vecEff, esLeaf, phiLeak * vapourPerFlow, eOut, gCondense, eCover, out _);
                    if (eLeak > eMax)
                    {
                        var surplus = vecEff * (esLeaf - eMax) - gCondense * Math.Max(0, eMax - eCover);
                        needed = eMax > eOut ? surplus / ((eMax - eOut) * vapourPerFlow) : phiMax;
                        if (eMax > eOut)
                            dNeededDv = (esLeaf - eMax) * dVecEffDv / ((eMax - eOut) * vapourPerFlow);
                    }
                }
                var phiMinBefore = phiMin;
                phiMin = Math.Clamp(needed, phiLeak, phiMax);
                if (spec.Co2 is null || !isDay || inner == Co2InnerSubstitutions
                    || (Math.Abs(co2 - co2Before) <= 1e-9 * co2 && Math.Abs(phiMin - phiMinBefore) <= 1e-12 * phiMin))
                    break;
            }
            var dPhiMinDv = needed > phiLeak && needed < phiMax ? dNeededDv : 0;

            // Air exchange of the pass: leakage plus, in the share the house is open, the humidity ventilation and the
            // temperature vent opening w = u_T·(φ_max − φ_min), explicit in the pass's T_a and VPD.
            vent = ventShare * (phiMax - phiMin);
            phi = phiLeak + open * (phiMin - phiLeak + vent);
            var dPhiDv = open * (1 - ventShare) * dPhiMinDv;
            var dPhiDT = open * dVentShareDT * (phiMax - phiMin) - dClosureDT * (phiMin - phiLeak + vent);
            const double dPhiDw = 0;
            // Transpiration at that flow. The coil condenses the share κ of the vapour above the humidity limit (cold mine
            // water is below the dew point of the air).
            var eBalance = VapourBalance(vecEff, esLeaf, phi * vapourPerFlow, eOut, gCondense, eCover, out var eDenominator);
            var overLimit = eBalance > eMax;
            var eAir = overLimit ? eBalance - closure * (eBalance - eMax) : eBalance;
            transpiration = Math.Max(0, vecEff * (esLeaf - eAir));
            vpdGuess = Math.Max(0, esLeaf - eAir);
            condensation = gCondense * Math.Max(0, eAir - eCover);
            // Newton: derivatives of e_a, E, VPD_out and the air balance's right-hand side with respect to the inputs VPD (v) and
            // vent (w) [93], [290]: ∂e_a/∂VEC' = (e' − e_a)/Σ, ∂e_a/∂G_v = (e_o − e_a)/Σ, Σ the vapour conductances summed.
            var condensing = gCondense > 0 && eAir > eCover;
            double dEaDv = 0, dEaDw = 0, dEaDTControl = 0;
            if (eDenominator > 0)
            {
                var perFlow = (eOut - eBalance) / eDenominator * vapourPerFlow;
                var held = overLimit ? open : 1;
                dEaDv = held * ((esLeaf - eBalance) / eDenominator * dVecEffDv + perFlow * dPhiDv);
                dEaDw = held * perFlow * dPhiDw;
                dEaDTControl = held * perFlow * dPhiDT;
            }
            var transpiring = vecEff * (esLeaf - eAir) > 0;
            var dEDv = transpiring ? dVecEffDv * (esLeaf - eAir) - vecEff * dEaDv : 0;
            var dEDw = transpiring ? -vecEff * dEaDw : 0;
            var dVpdDv = esLeaf - eAir > 0 ? -dEaDv : 0;
            var dVpdDw = esLeaf - eAir > 0 ? -dEaDw : 0;
            var dRhsDv = -CanopyTranspiration.LatentHeatJKg * dEDv + (condensing ? heatBackPerKg * gCondense * dEaDv : 0);
            var dRhsDw = -CanopyTranspiration.LatentHeatJKg * dEDw + (condensing ? heatBackPerKg * gCondense * dEaDw : 0);
            coilVapour = closure > 0 ? Math.Max(0, transpiration - phi * vapourPerFlow * (eAir - eOut) - condensation) : 0;

            // Heat balance with control. The latent heat of condensation warms the cover; the share 1 − U/h_in of it
            // returns to the air as a smaller sensible loss through the cover. Heating holds its set-point, the coil the
            // cooling set-point (both as far as their supply allows); between them the air floats.
            condensationHeatBack = heatBackPerKg * condensation;
            var airRhs = airRhsFixed - CanopyTranspiration.LatentHeatJKg * transpiration + condensationHeatBack + massCoupling;
            heatDemand = heat = coolDemand = cool = coilServed = 0;
            var k = uCover + rhoCp * phi;
            var free = (airRhs + k * to) / (airDenominator + k);
            ta = free;
            var coilLatent = CanopyTranspiration.LatentHeatJKg * coilVapour;
            var setPointHeld = false;
            if (free < heatSetPoint)
            {
                heatDemand = (airDenominator + k) * heatSetPoint - (airRhs + k * to);
                heat = Math.Min(heatDemand, heatLimitWm2);
                setPointHeld = heat >= heatDemand;
                ta = setPointHeld ? heatSetPoint : (airRhs + k * to + heat) / (airDenominator + k);
            }
            else if (sp.CoolingC is { } coolSetPoint && (free > coolSetPoint || coilLatent > 0))
            {
                // Its load is sensible plus the latent heat of the vapour the coil condenses.
                var sensible = Math.Max(0, airRhs + k * to - (airDenominator + k) * coolSetPoint);
                coolDemand = sensible + coilLatent;
                cool = Math.Min(coolDemand, coolLimitWm2);
                coilServed = Math.Min(cool, coilLatent);
                var sensibleServed = cool - coilServed;
                setPointHeld = sensible > 0 && sensibleServed >= sensible;
                ta = setPointHeld ? coolSetPoint : (airRhs + k * to - sensibleServed) / (airDenominator + k);
            }
            // Newton: ∂T_a'/∂v and ∂T_a'/∂w (0 where a set-point is held), and the vent controller's output w' = u_T·(φ_max − φ_min).
            var dTaDv = setPointHeld ? 0 : (dRhsDv + rhoCp * dPhiDv * (to - ta)) / (airDenominator + k);
            var dTaDw = setPointHeld ? 0 : (dRhsDw + rhoCp * dPhiDw * (to - ta)) / (airDenominator + k);
            // The T_a column's control part, analytic: the vent share u_T(T_a) and the closure κ(T_a) change the flow.
            var dEDTControl = transpiring ? -vecEff * dEaDTControl : 0;
            var dRhsDTControl = -CanopyTranspiration.LatentHeatJKg * dEDTControl + (condensing ? heatBackPerKg * gCondense * dEaDTControl : 0);
            var dTaDTControl = setPointHeld ? 0 : (dRhsDTControl + rhoCp * dPhiDT * (to - ta)) / (airDenominator + k);
            var dVpdDTControl = esLeaf - eAir > 0 ? -dEaDTControl : 0;
            coilMode = closure > 0.5;
            taGuess = ta;
            if (!vpdMatters)
                passVpd = vpdGuess;
            // Exact fixed point: the next pass would repeat this one bit for bit.
            if (ta == passTa && vpdGuess == passVpd)
            {
                converged = true;
                break;
            }
            converged = Math.Abs(ta - passTa) <= TemperatureToleranceK
                && Math.Abs(vpdGuess - passVpd) <= RelativeTolerance * Math.Max(vpdGuess, 1);
            if (converged && iteration.StopAtTolerance)
                break;
            // The last pass allowed keeps its own outputs, so the result is that pass evaluated in full.
            if (!iteration.Newton || passes == iteration.MaxPasses)
                continue;
            // Newton step on (T_a, v, w): (I − J)·Δ = r with r = outputs − inputs. J's v and w columns are the analytic
            // derivatives above; its T_a column (through e_s, the cover and the conductances) is a secant: the change of the
            // outputs since the last pass less what v and w explain, per change of T_a; zero on the first pass.
            // Newton step on (T_a, v): the T_a column is the controllers' analytic slope plus a secant for the rest (e_s, the cover,
            // the conductances): the change of the outputs since the last pass less what v and the controllers explain.
            // Before a secant exists (first pass) the rest is taken as 0.
            var dTin = passTa - prevTaIn;
            if (passes > 1 && Math.Abs(dTin) > 1e-9)
            {
                var dvIn = passVpd - prevVpdIn;
                restTT = (ta - prevTaOut - dTaDv * dvIn) / dTin - 0.5 * (dTaDTControl + prevTaControl);
                restVT = (vpdGuess - prevVpdOut - dVpdDv * dvIn) / dTin - 0.5 * (dVpdDTControl + prevVpdControl);
            }
            var jTT = dTaDTControl + restTT;
            var jVT = dVpdDTControl + restVT;
            (prevTaIn, prevVpdIn, prevTaOut, prevVpdOut, prevTaControl, prevVpdControl) =
                (passTa, passVpd, ta, vpdGuess, dTaDTControl, dVpdDTControl);
            // Where the VPD is no unknown (stomata on their night floor) the problem is one equation in T_a: keep a bracket of
            // the residual's sign change and bisect when a Newton step leaves it (the humidity ventilation's steep rise where
            // e_max nears e_o, and its clamp at φ_max, defeat the secant there); with one side known, step along the residual,
            // doubling the step each time, until the other side is found.
            if (vpdMatters)
            {
            }
            else if (ta > passTa)
            {
                taLow = Math.Max(taLow, passTa);
            }
            else if (ta < passTa)
            {
                taHigh = Math.Min(taHigh, passTa);
            }
            var newtonTa = ta;
            if (SolveNewton(1 - jTT, -dTaDv, 0, -jVT, 1 - dVpdDv, 0, 0, 0, 1,
                    ta - passTa, vpdGuess - passVpd, 0, out var stepT, out var stepV, out _))
            {
                // Kept within the physical range of the step (a Newton step off a sigmoid's flat tail can overshoot far).
                newtonTa = Math.Clamp(passTa + stepT, taFloor, taCeiling);
                vpdGuess = Math.Max(0, passVpd + stepV);
            }
            if (newtonTa > taLow && newtonTa < taHigh)
                taGuess = newtonTa;
            else if (double.IsFinite(taLow) && double.IsFinite(taHigh))
                taGuess = 0.5 * (taLow + taHigh);
            else if (vpdMatters)
                taGuess = newtonTa;
            else
            {
                taGuess = passTa + searchExpansion * (ta - passTa);
                searchExpansion *= 2;
            }
        }
        co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phi, isDay);

        var tm = alpha + beta * ta;
        var sameBlock = ta == blockT;
        var esFinal = sameBlock ? esAir : Psychrometrics.SaturationVapourPressurePa(ta);
        var gvFinal = phi * (sameBlock ? vapourPerFlow : Psychrometrics.VapourDensityKgM3(1, ta));
        // Vapour balance with the transpiration used in the heat balance: E = G_v·(e − e_o) + G_c·(e − e_cov)⁺.
        var coilCondensed = coilServed / CanopyTranspiration.LatentHeatJKg;
        var eInside = Math.Min(esFinal, InsideVapourPressure(transpiration - coilCondensed, gvFinal, eOut, gCondense, eCover));
        var latent = CanopyTranspiration.LatentHeatJKg * transpiration - coilServed;
        var storage = ca * (ta - ta0) / dt + cm * (tm - tm0) / dt;
        var toKw = area / 1000;
        var next = new GreenhouseState(ta, tm, daySum + canopyPar * dt * 1e-6)
        {
            Guess = new GreenhouseClimateGuess(ta, vpdGuess, vent, coilMode),
        };
        return new GreenhouseStepResult(
            next,
            ta,
            100 * Math.Min(1, eInside / esFinal),
            heatDemand * toKw,
            heat * toKw,
            (heatDemand - heat) * toKw,
            coolDemand * toKw,
            cool * toKw,
            (coolDemand - cool) * toKw,
            lampWm2 * toKw,
            lampsOn,
            screenDrawn,
            AirExchange.Ach(phi, height),
            AirExchange.Ach(openShare * (phiMin - phiLeak), height),
            rhoCp * openShare * (phiMin - phiLeak) * (ta - to) * toKw,
            canopyPar,
            transpiration * 3600,
            condensation * 3600,
            solarWm2 * toKw,
            lampWm2 * toKw,
            (uCover * (ta - to) - condensationHeatBack) * toKw,
            rhoCp * phi * (ta - to) * toKw,
            latent * toKw,
            storage * toKw,
            shadeDrawn,
            co2)
        {
            Passes = passes,
            Converged = converged,
        };
    }

    /// <summary>Air vapour pressure where transpiration equals removal by air exchange and condensation [Pa].</summary>
    /// <remarks><paramref name="denominator"/> is the sum of the conductances that set it (0 when none does) [kg/(m²·s·Pa)].</remarks>
    private static double VapourBalance(double vec, double esCanopy, double gv, double eOut, double gc, double eCover, out double denominator)
    {
        var total = vec + gv;
        denominator = 0;
        if (total <= 0)
            return eOut;
        var withoutCondensation = (vec * esCanopy + gv * eOut) / total;
        denominator = total;
        if (withoutCondensation <= eCover || gc <= 0)
            return withoutCondensation;
        denominator = total + gc;
        return (vec * esCanopy + gv * eOut + gc * eCover) / (total + gc);
    }

    /// <summary>Solves the 3×3 system A·x = b by Cramer's rule; false if it is (nearly) singular or the result is not finite.</summary>
    private static bool SolveNewton(
        double a11, double a12, double a13, double a21, double a22, double a23, double a31, double a32, double a33,
        double b1, double b2, double b3, out double x1, out double x2, out double x3)
    {
        var c11 = a22 * a33 - a23 * a32;
        var c12 = a23 * a31 - a21 * a33;
        var c13 = a21 * a32 - a22 * a31;
        var det = a11 * c11 + a12 * c12 + a13 * c13;
        x1 = x2 = x3 = 0;
        // det(I − J) is invariant to the units of the unknowns; near zero the linearised map has no unique fixed point.
        if (!(Math.Abs(det) > 1e-6))
            return false;
        x1 = (b1 * c11 + a12 * (b3 * a23 - b2 * a33) + a13 * (b2 * a32 - b3 * a22)) / det;
        x2 = (a11 * (b2 * a33 - a23 * b3) + b1 * c12 + a13 * (a21 * b3 - b2 * a31)) / det;
        x3 = (a11 * (a22 * b3 - b2 * a32) + a12 * (b2 * a31 - a21 * b3) + b1 * c13) / det;
        return double.IsFinite(x1) && double.IsFinite(x2) && double.IsFinite(x3);
    }

    /// <summary>Air vapour pressure that removes a given transpiration by air exchange and condensation [Pa].</summary>
    private static double InsideVapourPressure(double transpiration, double gv, double eOut, double gc, double eCover)
    {
        if (gv <= 0 && gc <= 0)
            return transpiration > 0 ? double.PositiveInfinity : eOut;
        var withoutCondensation = gv > 0 ? eOut + transpiration / gv : double.PositiveInfinity;
        if (withoutCondensation <= eCover || gc <= 0)
            return withoutCondensation;
        return (transpiration + gv * eOut + gc * eCover) / (gv + gc);
    }

    /// <summary>How a step iterates: the model's solver, or plain fixed-point passes for the convergence study.</summary>
    /// <param name="MaxPasses">Most passes [-].</param>
    /// <param name="Newton">Newton steps between passes (else each pass takes the previous one's outputs).</param>
    /// <param name="WarmStart">Start from <see cref="GreenhouseState.Guess"/> when the state carries one.</param>
    /// <param name="StopAtTolerance">Stop when a pass moves the iterate by less than the tolerances (else only at an exact fixed point).</param>
    internal readonly record struct Iteration(int MaxPasses, bool Newton, bool WarmStart, bool StopAtTolerance)
    {
        /// <summary>The model's solver.</summary>
        public static Iteration Solve => new(GreenhouseClimate.MaxPasses, true, true, true);

        /// <summary><paramref name="passes"/> plain passes from the cold first guess, as the three-pass step did.</summary>
        public static Iteration FixedPoint(int passes) => new(passes, false, false, false);
    }
}
