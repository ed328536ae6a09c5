using MineRose.Core;

namespace MineRose.Optimization.Sensitivity;

/// <summary>How far and which prices and costs a tornado analysis moves.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The default: ±20 % on every parameter, CNY 96/t as the high carbon price of an unpriced design.</summary>
    public static SensitivityOptions Default { get; } = new();

    /// <summary>Relative change Δ of each parameter, low = (1 − Δ)·base, high = (1 + Δ)·base [—]; in (0, 1).</summary>
    public double RelativeChange { get; init; } = 0.2;

    /// <summary>The parameters moved, in any order (the result is sorted by swing).</summary>
    public IReadOnlyList<SensitivityParameter> Parameters { get; init; } = Enum.GetValues<SensitivityParameter>();

    /// <summary>Carbon price of the high case when the design prices carbon at 0, where ±Δ would move nothing; the low case is
    /// then 0 [CNY/t CO₂]. Default: the 2024 average secondary-market price of China's national ETS, CNY 95.96/t [245].</summary>
    public double CarbonPriceWhenUnpricedCnyPerTonne { get; init; } = 96;

    /// <summary>Checks every field and returns the record, or throws naming the bad field.</summary>
    public SensitivityOptions Validated()
    {
        Guard.InRange(RelativeChange, 1e-6, 0.999, "relative_change");
        ArgumentNullException.ThrowIfNull(Parameters);
        if (Parameters.Count == 0)
            throw new InvalidInputException("parameters", "none", "at least one parameter");
        if (Parameters.Distinct().Count() != Parameters.Count)
            throw new InvalidInputException("parameters", string.Join(",", Parameters), "each parameter at most once");
        Guard.NonNegative(CarbonPriceWhenUnpricedCnyPerTonne, "carbon_price_when_unpriced_cny_per_tonne");
        return this;
    }
}
