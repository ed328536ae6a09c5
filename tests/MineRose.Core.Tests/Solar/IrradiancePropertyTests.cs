using MineRose.Core.Solar;
using FsProperty = FsCheck.Xunit.PropertyAttribute;

namespace MineRose.Core.Tests.Solar;

/// <summary>Invariants over random valid inputs; each case draws its inputs from a seeded generator.</summary>
public class IrradiancePropertyTests
{
    private static double Cosd(double deg) => Math.Cos(deg * Math.PI / 180);

    private static double Uniform(Random r, double lo, double hi) => lo + (hi - lo) * r.NextDouble();

    [FsProperty(MaxTest = 500)]
    public bool Plane_of_array_components_are_non_negative_and_add_up(int seed)
    {
        var r = new Random(seed);
        double zenith = Uniform(r, 0, 100);
        double dhi = Uniform(r, 0, 500), dni = zenith < 90 ? Uniform(r, 0, 1100) : 0;
        double ghi = dhi + dni * Math.Max(Cosd(zenith), 0);
        double airMass = AirMass.RelativeKastenYoung(zenith);
        foreach (var model in new[] { SkyDiffuseModel.Isotropic, SkyDiffuseModel.HayDavies, SkyDiffuseModel.Perez })
        {
            var poa = Transposition.PlaneOfArray(model, Uniform(r, 0, 180), Uniform(r, 0, 360), zenith, Uniform(r, 0, 360),
                dni, ghi, dhi, Uniform(r, 1321, 1413), airMass, Uniform(r, 0, 1));
            if (!(poa.BeamWm2 >= 0 && poa.SkyDiffuseWm2 >= 0 && poa.GroundDiffuseWm2 >= 0))
                return false;
            if (Math.Abs(poa.GlobalWm2 - (poa.BeamWm2 + poa.SkyDiffuseWm2 + poa.GroundDiffuseWm2)) > 1e-9)
                return false;
        }
        return true;
    }

    [FsProperty(MaxTest = 300)]
    public bool Ground_reflection_is_albedo_times_GHI_times_the_ground_view_factor(int seed)
    {
        var r = new Random(seed);
        double tilt = Uniform(r, 0, 180), ghi = Uniform(r, 0, 1200), albedo = Uniform(r, 0, 1);
        double expected = albedo * ghi * (1 - Cosd(tilt)) / 2;
        return Math.Abs(Transposition.GroundReflectedWm2(tilt, ghi, albedo) - expected) <= 1e-9;
    }

    [FsProperty(MaxTest = 300)]
    public bool Every_sky_model_gives_DHI_on_a_horizontal_plane_while_the_sun_is_above_85_degrees(int seed)
    {
        var r = new Random(seed);
        double zenith = Uniform(r, 0, 85), dhi = Uniform(r, 1, 500), dni = Uniform(r, 0, 1100);
        double sunAzimuth = Uniform(r, 0, 360), dniExtra = Uniform(r, 1321, 1413), m = AirMass.RelativeKastenYoung(zenith);
        return Math.Abs(Transposition.Isotropic(0, dhi) - dhi) < 1e-9
            && Math.Abs(Transposition.HayDavies(0, 180, dhi, dni, dniExtra, zenith, sunAzimuth) - dhi) < 1e-9
            && Math.Abs(Transposition.Perez(0, 180, dhi, dni, dniExtra, zenith, sunAzimuth, m) - dhi) < 1e-9;
    }

    [FsProperty(MaxTest = 500)]
    public bool Decompositions_close_and_stay_non_negative(int seed)
    {
        var r = new Random(seed);
        double zenith = Uniform(r, 0, 100), ghi = Uniform(r, 0, 1300), pressure = Uniform(r, 80_000, 104_000);
        int day = r.Next(1, 367);
        double cosZ = Cosd(zenith);
        double prev = r.NextDouble() < 0.2 ? double.NaN : r.NextDouble(), next = r.NextDouble() < 0.2 ? double.NaN : r.NextDouble();
        double dew = r.NextDouble() < 0.3 ? double.NaN : Uniform(r, -30, 30);
        foreach (var d in new[]
        {
            Decomposition.Erbs(ghi, zenith, Extraterrestrial.NormalIrradianceWm2(day)),
            Decomposition.Disc(ghi, zenith, day, pressure),
            Decomposition.Dirint(ghi, zenith, day, pressure, prev, next, dew),
        })
        {
            if (!(d.DniWm2 >= 0 && d.DhiWm2 >= 0 && d.ClearnessIndex is >= 0 and <= 1))
                return false;
            if (Math.Abs(d.DhiWm2 + d.DniWm2 * Math.Max(cosZ, 0) - ghi) > 1e-9 * Math.Max(1, ghi))
                return false;
        }
        return true;
    }

    [FsProperty(MaxTest = 300)]
    public bool Ineichen_components_are_non_negative_and_close(int seed)
    {
        var r = new Random(seed);
        double zenith = Uniform(r, 0, 89.9), tl = Uniform(r, 1, 10), elevation = Uniform(r, 0, 4000);
        double am = AirMass.Absolute(AirMass.RelativeKastenYoung(zenith), AirMass.PressureFromAltitudePa(elevation));
        var cs = ClearSky.Ineichen(zenith, am, tl, elevation, Uniform(r, 1321, 1413), r.NextDouble() < 0.5);
        return cs.GhiWm2 >= 0 && cs.DniWm2 >= 0 && cs.DhiWm2 >= -1e-9
            && Math.Abs(cs.DhiWm2 + cs.DniWm2 * Cosd(zenith) - cs.GhiWm2) < 1e-9;
    }

    [FsProperty(MaxTest = 300)]
    public bool Angle_of_incidence_is_symmetric_in_surface_and_sun(int seed)
    {
        var r = new Random(seed);
        double tilt = Uniform(r, 0, 180), az = Uniform(r, 0, 360), zen = Uniform(r, 0, 180), sunAz = Uniform(r, 0, 360);
        double a = Incidence.CosAngleOfIncidence(tilt, az, zen, sunAz), b = Incidence.CosAngleOfIncidence(zen, sunAz, tilt, az);
        return a is >= -1 and <= 1 && Math.Abs(a - b) < 1e-12;
    }
}
