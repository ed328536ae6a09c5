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
/// night), φ is raised until it does not. Control: heat to the set-point; above the ventilation set-point open the vents (to
/// hold it when the outside is cooler, fully otherwise); cool actively only above the cooling set-point. Transpiration and
/// CO₂ use the temperatures and ventilation of the previous of three fixed-point passes.
/// </remarks>
public static class GreenhouseClimate
{
    /// <summary>Outside global radiation below which it is night for screen and set-point purposes [W/m²] (Vanthoor's 5 W/m² [93]).</summary>
    public const double NightGlobalRadiationWm2 = 5;

    /// <summary>Heat capacity of leaves per m² of leaf [J/(m²·K)] [93].</summary>
    public const double LeafHeatCapacityJM2K = 1200;

    /// <summary>PAR photons per joule of PAR energy, used to turn lamp PPFD into radiation on the canopy [µmol/J] [93].</summary>
    public const double ParPhotonsPerJouleOfPar = 4.6;

    private const int Passes = 3;

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
    /// <remarks>Performance without changing a bit of the result: everything that depends on the spec alone is computed once
    /// per spec; the saturation slope reuses e_s(T_a); and the block of temperature-dependent terms (e_s, cover temperature,
    /// condensation and radiative conductances) is recomputed only when the air temperature guess changed since the last pass,
    /// which it does not once the heating holds the set-point. Every expression keeps the operand order of the model as
    /// written, so the result is identical to evaluating it term by term. <c>lampCommand</c>: lamps on or off for the whole step as
    /// a dispatch plan commands them (a house without lamps stays dark), or null for <see cref="LightingControl.IsOn"/> to decide.</remarks>
    internal static GreenhouseStepResult StepUnchecked(
        GreenhouseSpec spec,
        in GreenhouseState state,
        in GreenhouseWeather weather,
        double durationH,
        double heatingSuppliedKw,
        double coolingSuppliedKw,
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

        var taGuess = ta0;
        var phi = phiLeak;
        var vpdGuess = 0.0;
        double transpiration = 0, ta = ta0, phiMin = phiLeak, eCover = 0, gCondense = 0, co2 = Co2Balance.OutsideDefaultPpm;
        double condensation = 0, condensationHeatBack = 0;
        double heatDemand = 0, heat = 0, coolDemand = 0, cool = 0, coilVapour = 0, coilServed = 0;
        var coilMode = false;
        // Loop invariants, hoisted (left-to-right prefix of the air balance's right-hand side, supply limits per m²).
        var airRhsFixed = ca / dt * ta0 + qAirSun + lampWm2;
        var massCoupling = hm * alpha;
        var heatLimitWm2 = heatingSuppliedKw * 1000 / area;
        var coolLimitWm2 = coolingSuppliedKw * 1000 / area;
        // Terms that depend on the air temperature guess alone, kept while the guess does not change.
        var blockT = double.NaN;
        double esAir = 0, eMax = 0, vapourPerFlow = 0, tCover = 0, hRadiative = 0, hSensible = 0, slope = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            // This pass's inputs; if it hands the same ones to the next pass, that pass would repeat it bit for bit.
            var passTa = taGuess;
            var passPhi = phi;
            var passVpd = vpdGuess;
            var passCoil = coilMode;
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
            if (pass == 0)
                vpdGuess = Math.Max(0, esAir - Math.Max(eOut, eMax));
            co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phi, isDay);
            var vec = CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(
                canopyRadiation, lai, vpdGuess, co2, CanopyTranspiration.RoseNightStomatalResistanceSM);

            // Leaves at their own temperature (Penman linearisation): E = VEC'·(e' − e_a), linear in e_a like the vapour balance.
            var hLatent = CanopyTranspiration.LatentHeatJKg * vec * slope;
            var vecEff = lai > 0 ? vec * hSensible / (hSensible + hLatent) : 0;
            var esLeaf = lai > 0 ? esAir + slope * (canopyAbsorbed - hRadiative * (taGuess - tCover)) / hSensible : esAir;

            // Ventilation needed to keep the humidity at its limit: VEC'·(e' − e_max) = G_v·(e_max − e_o) + G_c·(e_max − e_cov)⁺.
            // (Not while the house is closed and actively cooled: then the cooling coil dehumidifies, see below.)
            var needed = phiLeak;
            if (!coilMode && vecEff > 0 && esLeaf > eMax)
            {
                var eLeak = VapourBalance(vecEff, esLeaf, phiLeak * vapourPerFlow, eOut, gCondense, eCover);
                if (eLeak > eMax)
                {
                    var surplus = vecEff * (esLeaf - eMax) - gCondense * Math.Max(0, eMax - eCover);
                    needed = eMax > eOut ? surplus / ((eMax - eOut) * vapourPerFlow) : phiMax;
                }
            }
            phiMin = Math.Clamp(needed, phiLeak, phiMax);

            // Transpiration at the flow of the previous pass. A closed, cooled house holds the humidity limit by condensing the
            // surplus vapour on the cooling coil (cold mine water is below the dew point of the air).
            var eAir = coilMode
                ? Math.Min(eMax, VapourBalance(vecEff, esLeaf, phiLeak * vapourPerFlow, eOut, gCondense, eCover))
                : VapourBalance(vecEff, esLeaf, Math.Max(phi, phiMin) * vapourPerFlow, eOut, gCondense, eCover);
            transpiration = Math.Max(0, vecEff * (esLeaf - eAir));
            vpdGuess = Math.Max(0, esLeaf - eAir);
            condensation = gCondense * Math.Max(0, eAir - eCover);
            coilVapour = coilMode ? Math.Max(0, transpiration - phiLeak * vapourPerFlow * (eAir - eOut) - condensation) : 0;

            // Heat balance with control. The latent heat of condensation warms the cover; the share 1 − U/h_in of it
            // returns to the air as a smaller sensible loss through the cover.
            condensationHeatBack = heatBackPerKg * condensation;
            var airRhs = airRhsFixed - CanopyTranspiration.LatentHeatJKg * transpiration + condensationHeatBack + massCoupling;
            phi = phiMin;
            heatDemand = heat = coolDemand = cool = coilServed = 0;
            var coilNext = false;
            var k = uCover + rhoCp * phi;
            var free = (airRhs + k * to) / (airDenominator + k);
            ta = free;
            if (free < heatSetPoint)
            {
                heatDemand = (airDenominator + k) * heatSetPoint - (airRhs + k * to);
                heat = Math.Min(heatDemand, heatLimitWm2);
                ta = heat >= heatDemand ? heatSetPoint : (airRhs + k * to + heat) / (airDenominator + k);
            }
            else if (free > sp.VentilationC)
            {
                if (to < sp.VentilationC)
                {
                    var conductance = (airRhs + uCover * to - (airDenominator + uCover) * sp.VentilationC) / (sp.VentilationC - to);
                    var phiNeeded = conductance / rhoCp;
                    phi = Math.Clamp(phiNeeded, phiMin, phiMax);
                }
                else if (free > to)
                {
                    phi = phiMax;
                }
                k = uCover + rhoCp * phi;
                ta = (airRhs + k * to) / (airDenominator + k);
                if (sp.CoolingC is { } coolSetPoint && ta > coolSetPoint)
                {
                    // Outside air cooler than the set-point: vents fully open, cool the rest. Hotter: vents closed, the coil
                    // cools and dehumidifies; its load is sensible plus the latent heat of the vapour it condenses.
                    coilNext = to >= coolSetPoint;
                    if (coilNext)
                        phiMin = phiLeak;
                    phi = coilNext ? phiLeak : phiMax;
                    k = uCover + rhoCp * phi;
                    var sensible = airRhs + k * to - (airDenominator + k) * coolSetPoint;
                    var coilLatent = coilMode && coilNext ? CanopyTranspiration.LatentHeatJKg * coilVapour : 0;
                    coolDemand = Math.Max(0, sensible) + coilLatent;
                    cool = Math.Min(coolDemand, coolLimitWm2);
                    coilServed = Math.Min(cool, coilLatent);
                    var sensibleServed = cool - coilServed;
                    ta = sensible > 0 && sensibleServed >= sensible
                        ? coolSetPoint
                        : (airRhs + k * to - sensibleServed) / (airDenominator + k);
                }
            }
            coilMode = coilNext;
            taGuess = ta;
            // Exact fixed point (pass 0 computes its own VPD guess, so only from pass 1 on): stopping changes no bit.
            if (pass > 0 && ta == passTa && phi == passPhi && vpdGuess == passVpd && coilMode == passCoil)
                break;
        }
        co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phi, isDay);

        var tm = alpha + beta * ta;
        var converged = ta == blockT;
        var esFinal = converged ? esAir : Psychrometrics.SaturationVapourPressurePa(ta);
        var gvFinal = phi * (converged ? vapourPerFlow : Psychrometrics.VapourDensityKgM3(1, ta));
        // Vapour balance with the transpiration used in the heat balance: E = G_v·(e − e_o) + G_c·(e − e_cov)⁺.
        var coilCondensed = coilServed / CanopyTranspiration.LatentHeatJKg;
        var eInside = Math.Min(esFinal, InsideVapourPressure(transpiration - coilCondensed, gvFinal, eOut, gCondense, eCover));
        var latent = CanopyTranspiration.LatentHeatJKg * transpiration - coilServed;
        var storage = ca * (ta - ta0) / dt + cm * (tm - tm0) / dt;
        var toKw = area / 1000;
        var next = new GreenhouseState(ta, tm, daySum + canopyPar * dt * 1e-6);
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
            AirExchange.Ach(phiMin - phiLeak, height),
            rhoCp * (phiMin - phiLeak) * (ta - to) * toKw,
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
            co2);
    }

    /// <summary>Air vapour pressure where transpiration equals removal by air exchange and condensation [Pa].</summary>
    private static double VapourBalance(double vec, double esCanopy, double gv, double eOut, double gc, double eCover)
    {
        var total = vec + gv;
        if (total <= 0)
            return eOut;
        var withoutCondensation = (vec * esCanopy + gv * eOut) / total;
        if (withoutCondensation <= eCover || gc <= 0)
            return withoutCondensation;
        return (vec * esCanopy + gv * eOut + gc * eCover) / (total + gc);
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
}
