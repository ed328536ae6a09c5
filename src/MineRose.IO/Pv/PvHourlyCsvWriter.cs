using System.Globalization;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.IO.Pv;

/// <summary>Writes the PV chain's per-interval results as CSV (<c>minerose pv --hourly FILE</c>).</summary>
/// <remarks>One row per interval; <c>time_utc</c> is the interval START in ISO 8601 UTC; irradiances and powers are
/// interval averages; the sun angles are those at the interval midpoint.</remarks>
public static class PvHourlyCsvWriter
{
    /// <summary>The header row; the first eleven names are part of the command-line contract.</summary>
    public const string Header =
        "time_utc,solar_zenith_deg,solar_azimuth_deg,ghi_w_m2,dni_w_m2,dhi_w_m2,poa_global_w_m2,cell_temperature_c,dc_kw,ac_kw," +
        "ground_par_fraction,temp_air_c,wind_speed_m_s,poa_beam_w_m2,effective_irradiance_w_m2,ground_global_w_m2";

    /// <summary>Writes the header and every interval.</summary>
    public static void Write(TextWriter writer, WeatherSeries weather, SunPath sun, PvHourlySeries pv)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(sun);
        ArgumentNullException.ThrowIfNull(pv);
        writer.WriteLine(Header);
        var grid = weather.Grid;
        for (int i = 0; i < grid.Count; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{grid.StartOf(i):yyyy-MM-ddTHH:mm:ssZ},{sun.ApparentZenithDeg[i]:F4},{sun.AzimuthDeg[i]:F4},{weather.GhiWm2[i]:0.##}," +
                $"{weather.DniWm2[i]:0.##},{weather.DhiWm2[i]:0.##},{pv.PoaGlobalWm2[i]:F2},{pv.CellTemperatureC[i]:F2},{pv.DcPowerKw[i]:0.######}," +
                $"{pv.AcPowerKw[i]:0.######},{pv.GroundParFraction[i]:F4},{weather.TempAirC[i]:0.##},{weather.WindSpeedMs[i]:0.##}," +
                $"{pv.PoaBeamWm2[i]:F2},{pv.EffectiveIrradianceWm2[i]:F2},{pv.GroundGlobalWm2[i]:F2}"));
        }
    }
}
