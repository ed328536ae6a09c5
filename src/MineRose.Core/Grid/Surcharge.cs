namespace MineRose.Core.Grid;

/// <summary>A fixed per-kWh charge on imported electricity that the time-of-use multipliers do not scale, e.g. the transmission and distribution price or government funds [140].</summary>
/// <param name="Name">What the charge is, as a report shows it.</param>
/// <param name="CnyPerKwh">Charge per kWh imported [CNY/kWh]; finite, negative for a rebate.</param>
public sealed record Surcharge(string Name, double CnyPerKwh)
{
    /// <summary>Checks the fields and returns this surcharge.</summary>
    /// <returns>This instance, unchanged.</returns>
    public Surcharge Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("Surcharge.Name", $"'{Name}'", "a non-empty name");
        if (!double.IsFinite(CnyPerKwh))
            Guard.Finite(CnyPerKwh, $"Surcharge.CnyPerKwh ({Name})");
        return this;
    }
}
