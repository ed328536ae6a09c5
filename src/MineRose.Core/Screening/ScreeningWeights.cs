using System.Globalization;

namespace MineRose.Core.Screening;

/// <summary>Weights of the ranking score: how much NPV, avoided CO₂ and jobs count.</summary>
/// <param name="Npv">Weight of the net present value [-], ≥ 0.</param>
/// <param name="Co2">Weight of the avoided CO₂ [-], ≥ 0.</param>
/// <param name="Jobs">Weight of the jobs [-], ≥ 0.</param>
public sealed record ScreeningWeights(double Npv = 0.5, double Co2 = 0.3, double Jobs = 0.2)
{
    /// <summary>Parses "npv=0.5,co2=0.3,jobs=0.2" (any subset; absent weights are 0 when any is given).</summary>
    /// <param name="text">The weights text.</param>
    public static ScreeningWeights Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double npv = 0, co2 = 0, jobs = 0;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || w < 0)
                throw new InvalidInputException("--weights", part, "name=weight with a weight ≥ 0, e.g. npv=0.5,co2=0.3,jobs=0.2");
            switch (kv[0].ToUpperInvariant())
            {
                case "NPV": npv = w; break;
                case "CO2": co2 = w; break;
                case "JOBS": jobs = w; break;
                default: throw new InvalidInputException("--weights", kv[0], "one of npv, co2, jobs");
            }
        }
        if (npv + co2 + jobs <= 0)
            throw new InvalidInputException("--weights", text, "at least one positive weight");
        return new ScreeningWeights(npv, co2, jobs);
    }
}
