using System.Globalization;

namespace MineRose.Core.Weather;

/// <summary>Settings of <see cref="SyntheticYear.Generate"/>: the nominal year, the clear-sky limit and the constants of the
/// stochastic temperature and wind models.</summary>
/// <param name="Year">Nominal calendar year, a common (non-leap) year in [1901, 2149]; it sets the sun's path (ΔT range of
/// the SPA) and the EPW dates.</param>
/// <param name="ClearSkyLinkeTurbidity">Linke turbidity T_L [-] of the Ineichen–Perez clear sky that bounds every hour's GHI,
/// in [1, 10]. The bound must hold for the clearest hours of the year, so it uses a clean atmosphere: T_L = 2.5, below the
/// range 3.3–7.7 that holds 78 % of clear-sky values measured at Wuhan [27]. The hazy annual mean
/// (<c>ClearSky.DakuishanLinkeTurbidity</c> = 4.5) would not do: the ERA5-derived Zibo January (88.7 kWh/m²) exceeds its
/// clear-sky month (83.8 kWh/m²).</param>
/// <param name="KtTolerance">Largest accepted gap between a month's generated mean daily clearness index and K̄_t [-], in
/// [0, 0.2].</param>
/// <param name="KtMaxTries">Most realisations of a month's daily clearness sequence, in [1, 10 000].</param>
/// <param name="DailyTemperatureStdDevK">Standard deviation of daily mean temperatures about their seasonal course [K], in
/// [0, 15]; null uses the correlation of Erbs, Klein and Beckman [127] month by month.</param>
/// <param name="TemperatureLag1">Lag-one autocorrelation of the daily mean temperature anomaly [-], in [0, 0.99]. Default
/// 0.64, measured on the Jinan TMYx year [35] (anomalies about the mean-preserving seasonal course of its monthly means;
/// the Qingdao TMYx year gives 0.62).</param>
/// <param name="WindWeibullShape">Weibull shape k of the daily wind factor [-], in [1, 10]; 2 is the Rayleigh distribution of
/// IEC 61400-1 [128].</param>
/// <param name="WindDiurnalAmplitude">Relative amplitude of the diurnal wind cycle [-], in [0, 0.9]. Default 0.10, the first
/// harmonic of the mean diurnal wind profile of the Jinan TMYx year [35] (Qingdao, on the coast: 0.22).</param>
/// <param name="WindPeakSolarHour">Apparent solar hour of the strongest wind [h], in [0, 24]. Default 15, the phase of that
/// harmonic in Jinan (14.8 h local time).</param>
public sealed record SyntheticYearOptions(
    int Year = 2025,
    double ClearSkyLinkeTurbidity = 2.5,
    double KtTolerance = 0.01,
    int KtMaxTries = 100,
    double? DailyTemperatureStdDevK = null,
    double TemperatureLag1 = 0.64,
    double WindWeibullShape = 2.0,
    double WindDiurnalAmplitude = 0.10,
    double WindPeakSolarHour = 15.0)
{
    /// <summary>The defaults.</summary>
    public static SyntheticYearOptions Default { get; } = new();

    /// <summary>Checks every field and returns the options, or throws naming the bad field.</summary>
    /// <exception cref="InvalidInputException">A field is outside its range.</exception>
    public SyntheticYearOptions Validated()
    {
        if (Year is < 1901 or > 2149 || DateTime.IsLeapYear(Year))
            throw new InvalidInputException("synthetic year", Year.ToString(CultureInfo.InvariantCulture), "a common (non-leap) year in [1901, 2149]");
        Guard.InRange(ClearSkyLinkeTurbidity, 1, 10, "clear-sky Linke turbidity");
        Guard.InRange(KtTolerance, 0, 0.2, "clearness tolerance");
        if (KtMaxTries is < 1 or > 10_000)
            throw new InvalidInputException("clearness realisations", KtMaxTries.ToString(CultureInfo.InvariantCulture), "an integer in [1, 10000]");
        if (DailyTemperatureStdDevK is { } sd)
            Guard.InRange(sd, 0, 15, "daily temperature standard deviation [K]");
        Guard.InRange(TemperatureLag1, 0, 0.99, "temperature lag-1 autocorrelation");
        Guard.InRange(WindWeibullShape, 1, 10, "Weibull shape");
        Guard.InRange(WindDiurnalAmplitude, 0, 0.9, "wind diurnal amplitude");
        Guard.InRange(WindPeakSolarHour, 0, 24, "wind peak solar hour");
        return this;
    }
}
