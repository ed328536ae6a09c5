namespace MineRose.Core.Pv;

/// <summary>An incidence-angle modifier tabulated over cos θ once per run, so the hourly loop pays a lookup, not the optics.</summary>
/// <remarks>2,049 nodes uniform in cos θ ∈ [0, 1] with linear interpolation; the tabulation error against the direct
/// formula is below 1e-4 everywhere (tested), far below the model's own uncertainty.</remarks>
public sealed class IamTable
{
    private const int Intervals = 2048;
    private readonly double[] values;

    private IamTable(double[] values) => this.values = values;

    /// <summary>Tabulates <paramref name="model"/> with its default parameters.</summary>
    public static IamTable For(IamModel model)
    {
        // The table depends on the model alone and never changes: build it once per model (a benign race builds it twice).
        var index = (int)model;
        if ((uint)index < (uint)Cache.Length)
            return Cache[index] ??= Build(model);
        return Build(model);
    }

    // One slot per IamModel value (Physical, Ashrae, None).
    private static readonly IamTable?[] Cache = new IamTable?[3];

    private static IamTable Build(IamModel model)
    {
        var values = new double[Intervals + 1];
        for (int k = 0; k <= Intervals; k++)
        {
            double cosTheta = (double)k / Intervals;
            double aoiDeg = Math.Acos(cosTheta) * 180.0 / Math.PI;
            values[k] = model switch
            {
                IamModel.Physical => IncidenceAngleModifier.Physical(aoiDeg),
                IamModel.Ashrae => IncidenceAngleModifier.Ashrae(aoiDeg),
                _ => 1.0,
            };
        }
        return new IamTable(values);
    }

    /// <summary>The modifier at cos θ [—]; 0 when the sun is behind the plane.</summary>
    /// <param name="cosIncidence">Cosine of the angle of incidence [—].</param>
    public double At(double cosIncidence)
    {
        if (!(cosIncidence > 0)) return 0;
        if (cosIncidence >= 1) return values[Intervals];
        double x = cosIncidence * Intervals;
        int k = (int)x;
        double t = x - k;
        return values[k] + t * (values[k + 1] - values[k]);
    }
}
