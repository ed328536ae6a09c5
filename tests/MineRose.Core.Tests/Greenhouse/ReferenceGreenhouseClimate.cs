using MineRose.Core.Greenhouse;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>The greenhouse step exactly as it stood before the performance work (commit 899da64), kept unchanged as the
/// reference the optimised <see cref="GreenhouseClimate"/> must reproduce. Do not optimise this copy.</summary>
internal static class ReferenceGreenhouseClimate
{
    private const int Passes = 3;

    /// <summary>The step for a validated spec and inputs; supplied capacities in kW, +∞ for unlimited. Allocates nothing.</summary>
    public static GreenhouseStepResult Step(
        GreenhouseSpec spec,
        in GreenhouseState state,
        in GreenhouseWeather weather,
        double durationH,
        double heatingSuppliedKw,
        double coolingSuppliedKw)
    {
        var sp = spec.SetPoints;
        var area = spec.FloorAreaM2;
        var height = spec.MeanHeightM;
        var lai = spec.LeafAreaIndex;
        var dt = durationH * 3600;
        var rhoCp = PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK;
        var ca = rhoCp * height + GreenhouseClimate.LeafHeatCapacityJM2K * lai;
        var cm = spec.ThermalMassKjM2K * 1000;
        var hm = spec.MassAirConductanceWm2K;
        var ta0 = state.AirTemperatureC;
        var tm0 = state.MassTemperatureC;
        var to = weather.OutsideTemperatureC;
        var g = Math.Max(0, weather.GlobalRadiationWm2);

        // Screens, lamps and day/night.
        var night = g < GreenhouseClimate.NightGlobalRadiationWm2;
        var screenDrawn = spec.Screen is { } screen && screen.IsDrawn(night, to);
        var shadeDrawn = spec.Shade is { } shade && shade.IsDrawn(g, to);
        var shadeTransmission = (shadeDrawn ? spec.Shade!.Transmission : 1) * (screenDrawn && !night ? spec.Screen!.Transmission : 1);
        var uCover = spec.Cover.UValueWm2K * spec.CoverToFloorRatio * (screenDrawn ? 1 - spec.Screen!.HeatLossReduction : 1);
        var daySum = weather.LocalHourOfDay < durationH - 1e-9 ? 0 : state.DayParSumMolM2;
        var lampsOn = spec.Lighting is { } lighting && LightingControl.IsOn(lighting, weather.LocalHourOfDay, g, daySum);
        var lampWm2 = lampsOn ? spec.Lighting!.ElectricPowerWm2 : 0;
        var lampPpfd = lampsOn ? spec.Lighting!.PpfdUmolM2s : 0;
        var canopyPar = LightingControl.SunParUmolM2s(g, spec.Cover.ParTransmission) * shadeTransmission + lampPpfd;
        var isDay = !night || lampsOn;
        var heatSetPoint = isDay ? sp.HeatingDayC : sp.HeatingNightC;
        var rhLimit = sp.HumidityLimitPercent(isDay) / 100;

        // Radiation: the canopy part heats the air node, the rest the floor (mass) node.
        var solarWm2 = spec.Cover.SolarTransmission * shadeTransmission * g;
        var fc = 0.5 * (1 - Math.Exp(-0.7 * lai)) + 0.5 * (1 - Math.Exp(-0.27 * lai));
        var qAirSun = fc * solarWm2;
        var qMass = (1 - fc) * solarWm2;
        var lampParWm2 = lampPpfd / GreenhouseClimate.ParPhotonsPerJouleOfPar;
        var canopyRadiation = solarWm2 + lampParWm2;
        var canopyAbsorbed = qAirSun + (1 - Math.Exp(-0.7 * lai)) * lampParWm2;
        var surfaceEmissivity = screenDrawn ? CanopyTemperature.ScreenEmissivity : CanopyTemperature.CoverEmissivity;

        // Air exchange.
        var phiLeak = AirExchange.FlowM3M2S(AirExchange.LeakageAch(spec.LeakageAch, weather.WindSpeedMs), height);
        var phiMax = Math.Max(phiLeak, AirExchange.FlowM3M2S(spec.MaxVentilationAch, height));
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
        for (var pass = 0; pass < Passes; pass++)
        {
            var esAir = Psychrometrics.SaturationVapourPressurePa(taGuess);
            var eMax = rhLimit * esAir;
            if (pass == 0)
                vpdGuess = Math.Max(0, esAir - Math.Max(eOut, eMax));
            co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phi, isDay);
            var vec = CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(
                canopyRadiation, lai, vpdGuess, co2, CanopyTranspiration.RoseNightStomatalResistanceSM);
            var vapourPerFlow = Psychrometrics.VapourDensityKgM3(1, taGuess);
            var tCover = CoverCondensation.SurfaceTemperatureC(taGuess, to, uCover / spec.CoverToFloorRatio);
            eCover = Psychrometrics.SaturationVapourPressurePa(tCover);
            gCondense = spec.CoverToFloorRatio * CoverCondensation.VanthoorConductanceKgM2SPa(taGuess, tCover);

            // Leaves at their own temperature (Penman linearisation): E = VEC'·(e' − e_a), linear in e_a like the vapour balance.
            var hRadiative = CanopyTemperature.RadiativeConductanceWm2K(lai, taGuess, tCover, surfaceEmissivity);
            var hSensible = 2 * CanopyTemperature.LeafAirCoefficientWm2K * lai + hRadiative;
            var slope = Psychrometrics.SaturationSlopePaK(taGuess);
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
            condensationHeatBack = (1 - Math.Min(1, uCover / spec.CoverToFloorRatio / CoverCondensation.InsideSurfaceCoefficientWm2K))
                * CanopyTranspiration.LatentHeatJKg * condensation;
            var airRhs = ca / dt * ta0 + qAirSun + lampWm2 - CanopyTranspiration.LatentHeatJKg * transpiration + condensationHeatBack + hm * alpha;
            phi = phiMin;
            heatDemand = heat = coolDemand = cool = coilServed = 0;
            var coilNext = false;
            var k = uCover + rhoCp * phi;
            var free = (airRhs + k * to) / (airDenominator + k);
            ta = free;
            if (free < heatSetPoint)
            {
                heatDemand = (airDenominator + k) * heatSetPoint - (airRhs + k * to);
                heat = Math.Min(heatDemand, heatingSuppliedKw * 1000 / area);
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
                    cool = Math.Min(coolDemand, coolingSuppliedKw * 1000 / area);
                    coilServed = Math.Min(cool, coilLatent);
                    var sensibleServed = cool - coilServed;
                    ta = sensible > 0 && sensibleServed >= sensible
                        ? coolSetPoint
                        : (airRhs + k * to - sensibleServed) / (airDenominator + k);
                }
            }
            coilMode = coilNext;
            taGuess = ta;
        }
        co2 = Co2Balance.InsideQuasiSteadyPpm(Co2Balance.OutsideDefaultPpm, spec.Co2, phi, isDay);

        var tm = alpha + beta * ta;
        var esFinal = Psychrometrics.SaturationVapourPressurePa(ta);
        var gvFinal = phi * Psychrometrics.VapourDensityKgM3(1, ta);
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
