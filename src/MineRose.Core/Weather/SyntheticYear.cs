using System.Globalization;
using MineRose.Core.Greenhouse;
using MineRose.Core.Solar;

namespace MineRose.Core.Weather;

/// <summary>A synthetic typical year of hourly weather from twelve monthly climate normals: the embedded default weather.</summary>
/// <remarks>
/// <para>Grid: the common year <see cref="SyntheticYearOptions.Year"/>, 8760 hours from local midnight on 1 January
/// (converted to UTC with <see cref="Site.UtcOffsetHours"/>); the sun is taken at each interval's midpoint (NREL SPA).</para>
/// <para>Irradiance, per month m with normal H_m: K̄_t = H_m/H₀,m (H₀ the extraterrestrial horizontal irradiation summed
/// hour by hour over the local month); daily K_t from the Markov matrices of Aguiar et al. [123]
/// (<see cref="DailyClearnessSequence"/>); hourly k_t from the TAG model [125] (<see cref="HourlyClearnessTag"/>), bounded
/// by the Ineichen–Perez clear sky [14, 15] with <see cref="SyntheticYearOptions.ClearSkyLinkeTurbidity"/>; each day is
/// scaled to K_t·H₀,d and then each month to H_m EXACTLY, never above the clear-sky bound (values at the bound stay there,
/// the rest share the scaling); DNI and DHI by Erbs et al. [18]. A month whose normal exceeds its clear-sky irradiation is
/// refused.</para>
/// <para>Temperature: daily means follow a mean-preserving seasonal course through the monthly means plus a Gaussian AR(1)
/// anomaly (<see cref="DailyMeanTemperature"/>); each day's range is the month's mean daily range scaled by the day's K_t
/// relative to the month's mean, so clear days swing more; the hours follow the ASHRAE profile [126] reshaped to the
/// month's mean, minimum and maximum (<see cref="DiurnalTemperature"/>); finally each month is shifted to its mean
/// exactly.</para>
/// <para>Humidity: each day keeps the vapour pressure of the month's mean relative humidity at the day's mean temperature
/// (its dew point holds through the day, so RH rises at night), scaled per month so that the monthly mean RH equals the
/// normal, and clipped to [5, 100] %. Wind: the month's mean times a Weibull daily factor times a diurnal cycle
/// (<see cref="SurfaceWind"/>), each month rescaled to its mean. Pressure: the standard atmosphere at the elevation [13].</para>
/// <para>Deterministic: the seed starts a <see cref="Xoshiro256StarStar"/> stream, from which separate streams for
/// irradiance, temperature and wind are drawn.</para>
/// </remarks>
public static class SyntheticYear
{
    private const double RelativeHumidityFloorPercent = 5;
    private const double RelativeHumidityCeilingPercent = 100;
    private const double MinRangeFactor = 0.25;
    private const double MaxRangeFactor = 2.0;

    /// <summary>Generates an hourly typical year at <c>normals.Site</c> that reproduces the monthly normals (see remarks).</summary>
    /// <param name="normals">Twelve monthly normals and the site they apply to.</param>
    /// <param name="seed">Seed of the random streams; the same seed gives the same year.</param>
    /// <param name="options">Model settings; <see cref="SyntheticYearOptions.Default"/> when null.</param>
    /// <returns>An hourly series of 8760 values per field, without missing values.</returns>
    /// <exception cref="InvalidInputException">An option is out of range, or a month's normal irradiation is impossible at
    /// the site (above its clear-sky irradiation, or irradiation in a month without sun).</exception>
    public static WeatherSeries Generate(MonthlyClimateNormals normals, int seed = 1, SyntheticYearOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(normals);
        options = (options ?? SyntheticYearOptions.Default).Validated();
        var site = normals.Site.Validated();
        var months = normals.Months;

        var master = new Xoshiro256StarStar(unchecked((ulong)seed));
        var radiationRandom = new Xoshiro256StarStar(master.NextUInt64());
        var temperatureRandom = new Xoshiro256StarStar(master.NextUInt64());
        var windRandom = new Xoshiro256StarStar(master.NextUInt64());

        var sun = SolarYear.For(site, options.Year, AnnualMean(months, m => m.TempMeanC), options.ClearSkyLinkeTurbidity);
        const int n = SolarYear.Hours;
        var ghi = new double[n];
        var dni = new double[n];
        var dhi = new double[n];
        var dailyKt = new double[SolarYear.Days];

        Irradiance(normals, sun, options, dailyKt, ghi, ref radiationRandom);
        Decompose(sun, ghi, dni, dhi);

        var temperature = new double[n];
        var dailyMeanC = new double[SolarYear.Days];
        Temperature(months, sun, options, dailyKt, dailyMeanC, temperature, ref temperatureRandom);
        var humidity = new double[n];
        Humidity(months, dailyMeanC, temperature, humidity);
        var wind = new double[n];
        Wind(months, sun, options, wind, ref windRandom);
        var pressure = new double[n];
        Array.Fill(pressure, sun.PressurePa);

        var source = string.Create(CultureInfo.InvariantCulture,
            $"synthetic typical year {options.Year} (MineRose SyntheticYear, seed {seed}) from {normals.Source}");
        return new WeatherSeries(site, sun.Grid, ghi, dni, dhi, temperature, wind, humidity, pressure, source, 0);
    }

    /// <summary>The same climate under a new sun: normals moved to <paramref name="site"/>, keeping each month's clearness
    /// index K̄_t, diffuse fraction, temperatures, humidity and wind.</summary>
    /// <remarks>
    /// H_m,new = H_m·H₀,m(new site)/H₀,m(old site), likewise the diffuse irradiation, with H₀ the extraterrestrial
    /// horizontal irradiation of the local month (hourly sums over <paramref name="year"/>). Use it only where no normals
    /// exist and the climate can be assumed alike (e.g. other mines on the North China Plain from the Zibo normals): the
    /// cloudiness, temperature and humidity of the original site are kept as they are; in particular no lapse-rate
    /// correction is made for a change of elevation (≈ −6.5 K per km in the free atmosphere), only the pressure follows
    /// the new elevation.
    /// </remarks>
    /// <param name="normals">The normals of the original site.</param>
    /// <param name="site">The new site.</param>
    /// <param name="year">Common year over which H₀ is summed, in [1901, 2149].</param>
    /// <returns>Normals at <paramref name="site"/>.</returns>
    /// <exception cref="InvalidInputException">The site is invalid, or a month has sun at one site but none at the other
    /// while its irradiation is non-zero.</exception>
    public static MonthlyClimateNormals SameClimateAt(MonthlyClimateNormals normals, Site site, int year = 2025)
    {
        ArgumentNullException.ThrowIfNull(normals);
        ArgumentNullException.ThrowIfNull(site);
        site.Validated();
        _ = (SyntheticYearOptions.Default with { Year = year }).Validated();
        var meanC = AnnualMean(normals.Months, m => m.TempMeanC);
        var from = SolarYear.For(normals.Site, year, meanC, SyntheticYearOptions.Default.ClearSkyLinkeTurbidity);
        var to = SolarYear.For(site, year, meanC, SyntheticYearOptions.Default.ClearSkyLinkeTurbidity);
        var moved = new MonthlyNormal[12];
        for (var m = 0; m < 12; m++)
        {
            var normal = normals.Months[m];
            double h0From = from.MonthlyExtraterrestrialWh[m], h0To = to.MonthlyExtraterrestrialWh[m];
            double ratio;
            if (h0From > 0)
                ratio = h0To / h0From;
            else if (normal.GhiKwhM2 == 0)
                ratio = 0;
            else
                throw new InvalidInputException(MonthField(m, "ghi_kwh_m2"), Guard.Format(normal.GhiKwhM2), "0 in a month without sun at the original site");
            moved[m] = normal with { GhiKwhM2 = normal.GhiKwhM2 * ratio, DiffuseKwhM2 = normal.DiffuseKwhM2 * ratio };
        }
        var source = string.Create(CultureInfo.InvariantCulture,
            $"{normals.Source}; moved from {normals.Site.LatitudeDeg:0.###}, {normals.Site.LongitudeDeg:0.###} to {site.LatitudeDeg:0.###}, {site.LongitudeDeg:0.###} ({site.ElevationM:0} m): same clearness index, temperature, humidity and wind");
        return new MonthlyClimateNormals(site, moved, source);
    }

    /// <summary>Daily K_t (Aguiar), hourly k_t (TAG), day and month scaling under the clear-sky bound.</summary>
    private static void Irradiance(MonthlyClimateNormals normals, SolarYear sun, SyntheticYearOptions options, double[] dailyKt,
        double[] ghi, ref Xoshiro256StarStar random)
    {
        Span<double> monthlyMeanKt = stackalloc double[12];
        for (var m = 0; m < 12; m++)
        {
            var targetWh = normals.Months[m].GhiKwhM2 * 1000.0;
            var h0 = sun.MonthlyExtraterrestrialWh[m];
            if (h0 <= 0)
            {
                if (targetWh > 0)
                    throw new InvalidInputException(MonthField(m, "ghi_kwh_m2"), Guard.Format(normals.Months[m].GhiKwhM2), "0 (the sun does not rise at this site in this month)");
                continue;
            }
            var kt = targetWh / h0;
            if (kt > 1)
                throw new InvalidInputException(MonthField(m, "ghi_kwh_m2"), Guard.Format(normals.Months[m].GhiKwhM2),
                    string.Create(CultureInfo.InvariantCulture, $"at most the extraterrestrial irradiation {h0 / 1000:0.#} kWh/m² at this site"));
            monthlyMeanKt[m] = kt;
        }

        var ktMax = new double[SolarYear.Hours];
        for (var i = 0; i < ktMax.Length; i++)
            ktMax[i] = sun.ExtraterrestrialWm2[i] > 0 ? sun.ClearSkyCapWm2[i] / sun.ExtraterrestrialWm2[i] : 0;
        var scratch = new double[31];
        var hourlyKt = new double[24];
        var previousKt = LastSunnyMonthKt(monthlyMeanKt);
        for (var m = 0; m < 12; m++)
        {
            var first = SolarYear.FirstDayOfMonth(m);
            var days = SolarYear.DaysInMonth[m];
            var month = dailyKt.AsSpan(first, days);
            if (monthlyMeanKt[m] <= 0)
            {
                month.Clear();
                continue;
            }
            DailyClearnessSequence.MatchedMonth(monthlyMeanKt[m], Math.Min(previousKt, 1), month, scratch.AsSpan(0, days), ref random,
                options.KtTolerance, options.KtMaxTries);
            previousKt = month[^1];
            for (var d = first; d < first + days; d++)
            {
                var hours = new Range(d * 24, d * 24 + 24);
                HourlyClearnessTag.Day(Math.Min(dailyKt[d], 1), sun.SinElevation.AsSpan(hours), ktMax.AsSpan(hours), hourlyKt, ref random);
                var dayGhi = ghi.AsSpan(hours);
                var etr = sun.ExtraterrestrialWm2.AsSpan(hours);
                for (var h = 0; h < 24; h++)
                    dayGhi[h] = hourlyKt[h] * etr[h];
                CappedScaling.Scale(dayGhi, sun.ClearSkyCapWm2.AsSpan(hours), dailyKt[d] * sun.DailyExtraterrestrialWh[d]);
            }
            var monthHours = new Range(first * 24, (first + days) * 24);
            var targetWh = normals.Months[m].GhiKwhM2 * 1000.0;
            var reached = CappedScaling.Scale(ghi.AsSpan(monthHours), sun.ClearSkyCapWm2.AsSpan(monthHours), targetWh);
            if (reached < targetWh * (1 - 1e-9))
            {
                throw new InvalidInputException(MonthField(m, "ghi_kwh_m2"), Guard.Format(normals.Months[m].GhiKwhM2),
                    string.Create(CultureInfo.InvariantCulture,
                        $"at most the clear-sky irradiation {reached / 1000:0.#} kWh/m² at this site (Ineichen, Linke turbidity {options.ClearSkyLinkeTurbidity:0.##})"));
            }
        }
        // the day's clearness after scaling, which sets its temperature range
        for (var d = 0; d < SolarYear.Days; d++)
        {
            var h0 = sun.DailyExtraterrestrialWh[d];
            var sum = 0.0;
            for (var h = d * 24; h < d * 24 + 24; h++)
                sum += ghi[h];
            dailyKt[d] = h0 > 0 ? sum / h0 : 0;
        }
    }

    /// <summary>DNI and DHI from GHI by Erbs et al. [18] with the true zenith of each midpoint.</summary>
    private static void Decompose(SolarYear sun, double[] ghi, double[] dni, double[] dhi)
    {
        for (var i = 0; i < ghi.Length; i++)
        {
            if (ghi[i] <= 0)
                continue;
            var dniExtra = Extraterrestrial.NormalIrradianceWm2(sun.Sun.EarthSunDistanceAu[i]);
            var split = Decomposition.Erbs(ghi[i], sun.Sun.ZenithDeg[i], dniExtra);
            dni[i] = split.DniWm2;
            dhi[i] = split.DhiWm2;
        }
    }

    private static void Temperature(IReadOnlyList<MonthlyNormal> months, SolarYear sun, SyntheticYearOptions options,
        double[] dailyKt, double[] dailyMeanC, double[] temperature, ref Xoshiro256StarStar random)
    {
        const int days = SolarYear.Days;
        var annualMeanC = AnnualMean(months, m => m.TempMeanC);
        var monthlyMeansStdDevK = 0.0;
        foreach (var month in months)
            monthlyMeansStdDevK += (month.TempMeanC - annualMeanC) * (month.TempMeanC - annualMeanC);
        monthlyMeansStdDevK = Math.Sqrt(monthlyMeansStdDevK / 12);

        // day-to-day anomaly, then a seasonal course that absorbs each month's mean anomaly so the month's mean is exact
        var sigma = new double[days];
        for (var d = 0; d < days; d++)
        {
            var month = months[SolarYear.MonthOfDay(d)];
            sigma[d] = options.DailyTemperatureStdDevK ?? DailyMeanTemperature.ErbsStandardDeviationK(month.TempMeanC, monthlyMeansStdDevK);
        }
        var anomaly = new double[days];
        DailyMeanTemperature.Anomalies(sigma, options.TemperatureLag1, anomaly, ref random);
        Span<double> target = stackalloc double[12];
        Span<double> exponent = stackalloc double[12];
        Span<double> meanFraction = stackalloc double[12];
        for (var m = 0; m < 12; m++)
        {
            var first = SolarYear.FirstDayOfMonth(m);
            var length = SolarYear.DaysInMonth[m];
            var anomalyMean = 0.0;
            for (var d = first; d < first + length; d++)
                anomalyMean += anomaly[d];
            target[m] = months[m].TempMeanC - anomalyMean / length;
            var range = months[m].TempDailyMaxC - months[m].TempDailyMinC;
            meanFraction[m] = range > 0 ? (months[m].TempDailyMaxC - months[m].TempMeanC) / range : DiurnalTemperature.AshraeMeanFraction;
            exponent[m] = DiurnalTemperature.ExponentForMeanFraction(meanFraction[m]);
        }
        SeasonalCourse.MeanPreserving(target, SolarYear.DaysInMonth, dailyMeanC);
        for (var d = 0; d < days; d++)
            dailyMeanC[d] += anomaly[d];

        // daily extremes: range scaled by the day's clearness relative to the month's
        var dayMin = new double[days];
        var dayMax = new double[days];
        var rangeFactor = new double[days];
        for (var m = 0; m < 12; m++)
        {
            var first = SolarYear.FirstDayOfMonth(m);
            var length = SolarYear.DaysInMonth[m];
            var ktMean = 0.0;
            for (var d = first; d < first + length; d++)
                ktMean += dailyKt[d];
            ktMean /= length;
            var factorMean = 0.0;
            for (var d = first; d < first + length; d++)
            {
                rangeFactor[d] = ktMean > 0 ? Math.Clamp(dailyKt[d] / ktMean, MinRangeFactor, MaxRangeFactor) : 1.0;
                factorMean += rangeFactor[d];
            }
            factorMean /= length;
            var range = months[m].TempDailyMaxC - months[m].TempDailyMinC;
            for (var d = first; d < first + length; d++)
            {
                var dayRange = range * rangeFactor[d] / factorMean;
                dayMin[d] = dailyMeanC[d] - (1 - meanFraction[m]) * dayRange;
                dayMax[d] = dayMin[d] + dayRange;
            }
        }

        // hours: the reshaped ASHRAE profile on apparent solar time, joined to the neighbouring days
        for (var i = 0; i < temperature.Length; i++)
        {
            var s = sun.SolarHour[i];
            var day = i / 24 + (int)Math.Floor(s / 24.0);
            var t = s - 24.0 * Math.Floor(s / 24.0);
            day = (day + days) % days;
            var previous = (day + days - 1) % days;
            var next = (day + 1) % days;
            temperature[i] = DiurnalTemperature.Temperature(t, dayMax[previous], dayMin[day], dayMax[day], dayMin[next],
                exponent[SolarYear.MonthOfDay(day)]);
        }

        // each local month to its mean exactly
        for (var m = 0; m < 12; m++)
        {
            var hours = new Range(SolarYear.FirstDayOfMonth(m) * 24, (SolarYear.FirstDayOfMonth(m) + SolarYear.DaysInMonth[m]) * 24);
            var span = temperature.AsSpan(hours);
            var offset = months[m].TempMeanC - Mean(span);
            foreach (ref var value in span)
                value += offset;
        }
    }

    private static void Humidity(IReadOnlyList<MonthlyNormal> months, double[] dailyMeanC, double[] temperature, double[] humidity)
    {
        const int iterations = 8;
        // the monthly humidity normals as a smooth daily course, so that the months join without a step
        Span<double> monthly = stackalloc double[12];
        for (var m = 0; m < 12; m++)
            monthly[m] = months[m].RelativeHumidityPercent;
        var course = new double[SolarYear.Days];
        SeasonalCourse.MeanPreserving(monthly, SolarYear.DaysInMonth, course);
        for (var m = 0; m < 12; m++)
        {
            var first = SolarYear.FirstDayOfMonth(m);
            var length = SolarYear.DaysInMonth[m];
            var targetPercent = months[m].RelativeHumidityPercent;
            var scale = 1.0;
            for (var iteration = 0; iteration < iterations; iteration++)
            {
                var sum = 0.0;
                for (var d = first; d < first + length; d++)
                {
                    // the day's vapour pressure: its humidity at its mean temperature; the dew point holds through the day
                    var vapourPa = scale * Math.Max(course[d], 0) / 100.0 * Psychrometrics.SaturationVapourPressurePa(dailyMeanC[d]);
                    for (var i = d * 24; i < d * 24 + 24; i++)
                    {
                        humidity[i] = Math.Clamp(100.0 * vapourPa / Psychrometrics.SaturationVapourPressurePa(temperature[i]),
                            RelativeHumidityFloorPercent, RelativeHumidityCeilingPercent);
                        sum += humidity[i];
                    }
                }
                var mean = sum / (length * 24);
                if (mean <= 0 || Math.Abs(mean - targetPercent) < 1e-6)
                    break;
                scale *= targetPercent / mean;
            }
        }
    }

    private static void Wind(IReadOnlyList<MonthlyNormal> months, SolarYear sun, SyntheticYearOptions options, double[] wind,
        ref Xoshiro256StarStar random)
    {
        // the monthly means as a smooth daily course, times the day's Weibull factor, times the diurnal cycle
        Span<double> monthly = stackalloc double[12];
        for (var m = 0; m < 12; m++)
            monthly[m] = months[m].WindSpeedMs;
        var course = new double[SolarYear.Days];
        SeasonalCourse.MeanPreserving(monthly, SolarYear.DaysInMonth, course);
        for (var d = 0; d < SolarYear.Days; d++)
        {
            var factor = Math.Max(course[d], 0) * SurfaceWind.WeibullDailyFactor(options.WindWeibullShape, ref random);
            for (var i = d * 24; i < d * 24 + 24; i++)
                wind[i] = factor * SurfaceWind.DiurnalFactor(sun.SolarHour[i], options.WindDiurnalAmplitude, options.WindPeakSolarHour);
        }
        // each month to its mean exactly
        for (var m = 0; m < 12; m++)
        {
            var hours = new Range(SolarYear.FirstDayOfMonth(m) * 24, (SolarYear.FirstDayOfMonth(m) + SolarYear.DaysInMonth[m]) * 24);
            var span = wind.AsSpan(hours);
            var mean = Mean(span);
            var scale = mean > 0 ? months[m].WindSpeedMs / mean : 0;
            foreach (ref var value in span)
                value = mean > 0 ? value * scale : months[m].WindSpeedMs;
        }
    }

    private static double LastSunnyMonthKt(ReadOnlySpan<double> monthlyMeanKt)
    {
        for (var m = 11; m >= 0; m--)
        {
            if (monthlyMeanKt[m] > 0)
                return monthlyMeanKt[m];
        }
        return 0;
    }

    private static double AnnualMean(IReadOnlyList<MonthlyNormal> months, Func<MonthlyNormal, double> field)
    {
        var sum = 0.0;
        for (var m = 0; m < 12; m++)
            sum += field(months[m]) * SolarYear.DaysInMonth[m];
        return sum / SolarYear.Days;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum / values.Length;
    }

    private static string MonthField(int month, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"month {month + 1} {field}");
}
