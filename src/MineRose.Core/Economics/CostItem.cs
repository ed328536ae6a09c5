namespace MineRose.Core.Economics;

/// <summary>A unit cost with its unit and source, e.g. CNY 2,650 per kWp of PV; the presets are in <see cref="CostDefaults"/>.</summary>
/// <param name="Name">What is priced, e.g. "PV plant, Dakuishan".</param>
/// <param name="CnyPerUnit">Cost of one unit [CNY/unit], ≥ 0.</param>
/// <param name="Unit">The unit priced, e.g. "kWp", "kWh", "kW_th", "m²".</param>
/// <param name="Source">Where the figure comes from, with its reference number.</param>
/// <param name="IsUnverified">True where the figure was not confirmed against its primary source (keep it configurable).</param>
public sealed record CostItem(string Name, double CnyPerUnit, string Unit, string Source, bool IsUnverified = false)
{
    /// <summary>Checks the fields and returns this instance, or throws naming the field.</summary>
    public CostItem Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("CostItem.Name", "empty", "a name");
        if (string.IsNullOrWhiteSpace(Unit))
            throw new InvalidInputException($"CostItem.Unit ('{Name}')", "empty", "a unit such as kW or m²");
        Guard.NonNegative(CnyPerUnit, $"CostItem.CnyPerUnit ('{Name}') [CNY/{Unit}]");
        return this;
    }
}
