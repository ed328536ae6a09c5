using System.Runtime.CompilerServices;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Pv;

/// <summary>The PVWatts-class chain from weather to AC power, with the light left on the ground for crops.</summary>
/// <remarks>
/// Per interval: sun position at the midpoint (NREL SPA [1], <see cref="SunPath"/>) → extraterrestrial DNI [10] →
/// relative air mass (Kasten &amp; Young [11]) → plane-of-array irradiance (Perez 1990 [21] by default, Hay–Davies [22]
/// or isotropic [23]; ground reflection with albedo [24]) → incidence-angle modifier on the beam (physical, De Soto et
/// al. [25], tabulated) → cell temperature (Faiman [50], on the plane-of-array global) → PVWatts DC with the
/// temperature coefficient [53] → DC losses (PVWatts list, multiplicative [53]) → PVWatts inverter curve clipped at the
/// AC rating [53]; and, independently, the pitch-averaged ground irradiance between the rows (view factors of infinite
/// rows [57], [59]). Energies are interval averages × step length. Night intervals (no irradiance) skip everything but
/// the cell temperature. Inverter clipping is estimated as the DC power × nominal efficiency above the AC rating.
/// </remarks>
public static class PvChain
{
    private const double DegToRad = Math.PI / 180.0;

    /// <summary>Runs <paramref name="spec"/> on <paramref name="weather"/> at the weather's site (or <paramref name="site"/>), computing the sun's path.</summary>
    /// <remarks>For many designs on one grid, compute <see cref="SolarEphemeris"/> once and use <see cref="SunPathFor"/>.</remarks>
    public static PvYield Run(PvArraySpec spec, WeatherSeries weather, Site? site = null, PvChainOptions? options = null,
        PvHourlySeries? hourly = null)
    {
        ArgumentNullException.ThrowIfNull(weather);
        var sun = SunPathFor(SolarEphemeris.For(weather.Grid), site ?? weather.Site, weather);
        return Run(spec, weather, sun, options, hourly);
    }

    /// <summary>The sun's path at <paramref name="site"/>, with SPA's refraction evaluated at the site's standard
    /// pressure for its elevation and the weather's mean air temperature, as the SPA paper recommends [1].</summary>
    public static SunPath SunPathFor(SolarEphemeris ephemeris, Site site, WeatherSeries weather)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(weather);
        double pressureHpa = AirMass.PressureFromAltitudePa(site.Validated().ElevationM) / 100;
        double meanTempC = 0;
        foreach (var t in weather.TempAirC) meanTempC += t;
        meanTempC /= weather.Count;
        return SunPath.For(ephemeris, site, pressureHpa, meanTempC);
    }

    /// <summary>Runs <paramref name="spec"/> on <paramref name="weather"/> with the sun positions <paramref name="sun"/>.</summary>
    /// <param name="spec">The array design (validated here).</param>
    /// <param name="weather">Weather on the same grid as <paramref name="sun"/>.</param>
    /// <param name="sun">Sun positions for the array's site on the weather's grid (compute once, share between designs).</param>
    /// <param name="options">Model choices; <see cref="PvChainOptions.Default"/> when null.</param>
    /// <param name="hourly">Where to write per-interval results, or null for annual figures only.</param>
    /// <returns>Annual (whole-series) figures.</returns>
    public static PvYield Run(PvArraySpec spec, WeatherSeries weather, SunPath sun, PvChainOptions? options = null,
        PvHourlySeries? hourly = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(sun);
        spec.Validated();
        options ??= PvChainOptions.Default;
        if (sun.Grid != weather.Grid)
            throw new InvalidInputException("sun path grid", sun.Grid.ToString(), $"the weather's grid {weather.Grid}");
        if (hourly is not null && hourly.Count != weather.Count)
            throw new InvalidInputException("hourly series length", hourly.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{weather.Count} intervals");

        var design = new Design(spec, options);
        var totals = new Totals();
        var airMass = AirMassOf(sun);
        for (int i = 0; i < weather.Count; i++)
            Step(design, weather, sun, airMass, i, ref totals, hourly);

        double stepH = weather.Grid.StepHours;
        return new PvYield(
            DcCapacityKw: design.DcCapacityKw,
            AcRatingKw: design.AcRatingKw,
            Hours: weather.Count * stepH,
            GhiKwhM2: totals.GhiWh * stepH / 1000,
            PoaKwhM2: totals.PoaWh * stepH / 1000,
            DcKwh: totals.DcKwh * stepH,
            AcKwh: totals.AcKwh * stepH,
            ClippedKwh: totals.ClippedKwh * stepH,
            GroundKwhM2: totals.GroundWh * stepH / 1000,
            GroundParMolM2: totals.GroundWh * stepH * 3600 * PhysicalConstants.ParPhotonsPerJouleOfSunlight / 1e6,
            LandAreaM2: spec.Geometry.LandAreaM2(spec.DcCapacityKw));
    }

    /// <summary>Whether two arrays see the same plane-of-array and effective irradiance and run at the same cell temperature in
    /// every interval: same row geometry, albedo and Faiman coefficients (capacity, DC/AC ratio, losses, temperature coefficient,
    /// inverter and degradation may differ).</summary>
    internal static bool SharesIrradiance(PvArraySpec a, PvArraySpec b) =>
        a.Geometry == b.Geometry && a.Albedo == b.Albedo && a.FaimanU0 == b.FaimanU0 && a.FaimanU1 == b.FaimanU1;

    /// <summary>Adds the AC power of <paramref name="spec"/> to <paramref name="acKw"/> from the effective irradiance and cell
    /// temperature a run of an array that <see cref="SharesIrradiance"/> with it wrote to <paramref name="samePlane"/>.</summary>
    /// <remarks>The DC and inverter steps are evaluated with the same operands in the same order as in <see cref="Run(PvArraySpec, WeatherSeries, SunPath, PvChainOptions?, PvHourlySeries?)"/>,
    /// so the result is identical to the last bit to running the whole chain for <paramref name="spec"/>; only the sun,
    /// transposition, IAM and cell-temperature work, which does not depend on the capacity, is done once.</remarks>
    internal static void AddAcPowerOnSamePlane(PvArraySpec spec, WeatherSeries weather, PvChainOptions options, PvHourlySeries samePlane, double[] acKw) =>
        AcPowerOnSamePlane(spec, weather, options, samePlane, acKw, add: true);

    /// <summary>Writes the AC power of <paramref name="spec"/> to <paramref name="acKw"/> (0 at night, as the chain writes) from a
    /// series of its plane (<see cref="PlaneOf"/>): the value <see cref="Run(PvArraySpec, WeatherSeries, SunPath, PvChainOptions?, PvHourlySeries?)"/>
    /// writes to <see cref="PvHourlySeries.AcPowerKw"/>, to the last bit.</summary>
    internal static void SetAcPowerOnSamePlane(PvArraySpec spec, WeatherSeries weather, PvChainOptions options, PvHourlySeries samePlane, double[] acKw)
    {
        // The kept plane's own run was of an equal spec with equal options: its AC series is this one already.
        if (lastPlane is { } last && ReferenceEquals(last.Series, samePlane) && ReferenceEquals(last.Weather, weather) && last.Spec == spec && last.Options == options)
        {
            samePlane.AcPowerKw.CopyTo(acKw, 0);
            return;
        }
        AcPowerOnSamePlane(spec, weather, options, samePlane, acKw, add: false);
    }

    private static void AcPowerOnSamePlane(PvArraySpec spec, WeatherSeries weather, PvChainOptions options, PvHourlySeries samePlane, double[] acKw, bool add)
    {
        spec.Validated();
        var d = new Design(spec, options);
        var ghi = weather.GhiWm2;
        var dni = weather.DniWm2;
        var dhi = weather.DhiWm2;
        var effective = samePlane.EffectiveIrradianceWm2;
        var cell = samePlane.CellTemperatureC;
        for (int i = 0; i < acKw.Length; i++)
        {
            // Night intervals of the chain write no AC power (see Step).
            if (ghi[i] <= 0 && dni[i] <= 0 && dhi[i] <= 0)
            {
                if (!add)
                    acKw[i] = 0;
                continue;
            }
            double dcKw = PvWatts.DcPowerKw(effective[i], cell[i], d.DcCapacityKw, d.GammaPerC) * d.DcLossFactor;
            double ac = PvWattsInverter.AcPowerKw(dcKw, d.AcRatingKw, d.InverterEfficiency);
            if (add)
                acKw[i] += ac;
            else
                acKw[i] = ac;
        }
    }

    /// <summary>A whole-chain run for <paramref name="spec"/> whose plane-of-array part — effective irradiance, cell temperature,
    /// plane-of-array and ground irradiance, which depend on the weather, the sun path, the rows, the albedo, the Faiman
    /// coefficients and the sky and IAM models, not on the capacity, inverter, losses or operating year — is kept for the last
    /// plane on this thread: a park simulated year after year, or designs of other capacities on the same rows, transpose the
    /// weather once. Its DC and AC series are those of the run that filled it; take a field's AC power from it with
    /// <see cref="SetAcPowerOnSamePlane"/> or <see cref="AddAcPowerOnSamePlane"/>. Read only, and valid until the next call on
    /// this thread (the cache's one series is overwritten for another plane).</summary>
    /// <param name="spec">An array on the plane (validated here when the plane is computed).</param>
    /// <param name="weather">Weather on the same grid as <paramref name="sun"/>; kept by reference, so not to be changed afterwards.</param>
    /// <param name="sun">Sun positions for the array's site on the weather's grid.</param>
    /// <param name="options">Model choices.</param>
    internal static PvHourlySeries PlaneOf(PvArraySpec spec, WeatherSeries weather, SunPath sun, PvChainOptions options)
    {
        var key = new PlaneKey(spec.Geometry, spec.Albedo, spec.FaimanU0, spec.FaimanU1, options.SkyDiffuse, options.Iam);
        if (lastPlane is { } last && ReferenceEquals(last.Weather, weather) && ReferenceEquals(last.Sun, sun) && last.Key == key)
            return last.Series;
        var series = lastPlane is { } previous && previous.Series.Count == weather.Count ? previous.Series : new PvHourlySeries(weather.Count);
        // Forgotten before it is overwritten: a run that throws leaves no half-written plane behind.
        lastPlane = null;
        Run(spec, weather, sun, options, series);
        lastPlane = (weather, sun, key, series, spec, options);
        return series;
    }

    // What the plane-of-array part of the chain depends on besides the weather and the sun path (see SharesIrradiance).
    private readonly record struct PlaneKey(ArrayGeometry Geometry, double Albedo, double FaimanU0, double FaimanU1, SkyDiffuseModel SkyDiffuse, IamModel Iam);

    [ThreadStatic]
    // The plane's key, its series and the spec and options of the run that filled it.
    private static (WeatherSeries Weather, SunPath Sun, PlaneKey Key, PvHourlySeries Series, PvArraySpec Spec, PvChainOptions Options)? lastPlane;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(Design d, WeatherSeries w, SunPath sun, double[] airMassOfSun, int i, ref Totals totals, PvHourlySeries? hourly)
    {
        double ghi = w.GhiWm2[i], dni = w.DniWm2[i], dhi = w.DhiWm2[i];
        double tAir = w.TempAirC[i], wind = w.WindSpeedMs[i];
        totals.GhiWh += ghi;
        if (ghi <= 0 && dni <= 0 && dhi <= 0)
        {
            if (hourly is not null)
                WriteNight(hourly, i, CellTemperature.Faiman(0, tAir, wind, d.FaimanU0, d.FaimanU1));
            return;
        }

        double zenithDeg = sun.ApparentZenithDeg[i];
        double cosZenith = sun.CosZenith[i];
        double cosIncidence = d.CosIncidence(cosZenith, sun.AzimuthDeg[i]);
        var angles = IncidenceGeometry.FromTrig(d.CosTilt, d.SinTilt, zenithDeg * DegToRad, cosZenith, cosIncidence);
        double dniExtra = Extraterrestrial.NormalIrradianceWm2(sun.EarthSunDistanceAu[i]);
        // NaN where the sun is down (or the zenith out of range): the model itself then returns NaN or names the bad value.
        double airMass = airMassOfSun[i];
        if (double.IsNaN(airMass))
            airMass = AirMass.RelativeKastenYoung(zenithDeg);
        var poa = Transposition.PlaneOfArray(d.SkyDiffuse, angles, dni, ghi, dhi, dniExtra, airMass, d.Albedo);
        double effective = poa.BeamWm2 * d.BeamIam.At(cosIncidence) + poa.SkyDiffuseWm2 + poa.GroundDiffuseWm2;
        double cellC = CellTemperature.Faiman(poa.GlobalWm2, tAir, wind, d.FaimanU0, d.FaimanU1);
        double dcKw = PvWatts.DcPowerKw(effective, cellC, d.DcCapacityKw, d.GammaPerC) * d.DcLossFactor;
        double acKw = PvWattsInverter.AcPowerKw(dcKw, d.AcRatingKw, d.InverterEfficiency);
        var ground = AgrivoltaicLight.GroundIrradianceFromCosines(d.ViewFactors, cosZenith, cosIncidence, dni, dhi);

        totals.PoaWh += poa.GlobalWm2;
        totals.DcKwh += dcKw;
        totals.AcKwh += acKw;
        totals.ClippedKwh += Math.Max(0, dcKw * d.InverterEfficiency - acKw) * (acKw >= d.AcRatingKw ? 1 : 0);
        totals.GroundWh += ground.GroundGlobalWm2;
        if (hourly is null) return;
        hourly.PoaGlobalWm2[i] = poa.GlobalWm2;
        hourly.PoaBeamWm2[i] = poa.BeamWm2;
        hourly.EffectiveIrradianceWm2[i] = effective;
        hourly.CellTemperatureC[i] = cellC;
        hourly.DcPowerKw[i] = dcKw;
        hourly.AcPowerKw[i] = acKw;
        hourly.GroundGlobalWm2[i] = ground.GroundGlobalWm2;
        hourly.GroundParFraction[i] = ground.FractionOfOpenField;
    }

    // The relative air mass depends on the sun path alone: kept for the last sun path on this thread, so the fields of a park
    // and its years (the sun path is shared) pay one cosine and one power per hour once.
    [ThreadStatic]
    private static (SunPath Sun, double[] AirMass)? lastAirMass;

    private static double[] AirMassOf(SunPath sun)
    {
        if (lastAirMass is { } last && ReferenceEquals(last.Sun, sun))
            return last.AirMass;
        var zenith = sun.ApparentZenithDeg;
        var airMass = new double[zenith.Length];
        for (int i = 0; i < airMass.Length; i++)
        {
            var z = zenith[i];
            airMass[i] = z >= 0 && z <= 90 ? AirMass.RelativeKastenYoung(z) : double.NaN;
        }
        lastAirMass = (sun, airMass);
        return airMass;
    }

    private static void WriteNight(PvHourlySeries hourly, int i, double cellTemperatureC)
    {
        hourly.PoaGlobalWm2[i] = 0;
        hourly.PoaBeamWm2[i] = 0;
        hourly.EffectiveIrradianceWm2[i] = 0;
        hourly.CellTemperatureC[i] = cellTemperatureC;
        hourly.DcPowerKw[i] = 0;
        hourly.AcPowerKw[i] = 0;
        hourly.GroundGlobalWm2[i] = 0;
        hourly.GroundParFraction[i] = 0;
    }

    /// <summary>Running sums of interval averages (multiplied by the step at the end).</summary>
    private struct Totals
    {
        public double GhiWh, PoaWh, DcKwh, AcKwh, ClippedKwh, GroundWh;
    }

    /// <summary>Everything about the design that does not change from hour to hour, computed once.</summary>
    private sealed class Design
    {
        public Design(PvArraySpec spec, PvChainOptions options)
        {
            var g = spec.Geometry;
            TiltDeg = g.TiltDeg;
            AzimuthDeg = g.AzimuthDeg;
            (SinTilt, CosTilt) = Math.SinCos(g.TiltDeg * DegToRad);
            Albedo = spec.Albedo;
            SkyDiffuse = options.SkyDiffuse;
            Iam = options.Iam;
            DcCapacityKw = spec.DcCapacityKw * Degradation.CapacityFactor(options.YearIndex, spec.AnnualDegradationPerYear);
            AcRatingKw = spec.AcRatingKw;
            GammaPerC = spec.TemperatureCoefficientPerC;
            DcLossFactor = spec.Losses.RemainingFraction;
            InverterEfficiency = spec.InverterNominalEfficiency;
            FaimanU0 = spec.FaimanU0;
            FaimanU1 = spec.FaimanU1;
            ViewFactors = GroundViewFactors.For(g);
            BeamIam = IamTable.For(options.Iam);
        }

        public double TiltDeg { get; }
        public double AzimuthDeg { get; }
        public double SinTilt { get; }
        public double CosTilt { get; }
        public double Albedo { get; }
        public SkyDiffuseModel SkyDiffuse { get; }
        public IamModel Iam { get; }
        public double DcCapacityKw { get; }
        public double AcRatingKw { get; }
        public double GammaPerC { get; }
        public double DcLossFactor { get; }
        public double InverterEfficiency { get; }
        public double FaimanU0 { get; }
        public double FaimanU1 { get; }
        public GroundViewFactors ViewFactors { get; }

        public IamTable BeamIam { get; }

        /// <summary>cos θ on the array from the sun's cosine and azimuth: one cosine and one square root per hour.</summary>
        public double CosIncidence(double cosZenith, double sunAzimuthDeg)
        {
            double sinZenith = Math.Sqrt(Math.Max(0, 1 - cosZenith * cosZenith));
            double cosAzimuthDifference = Math.Cos((sunAzimuthDeg - AzimuthDeg) * DegToRad);
            return Math.Clamp(CosTilt * cosZenith + SinTilt * sinZenith * cosAzimuthDifference, -1, 1);
        }
    }
}
