using System.Globalization;

namespace MineRose.Core.Carbon;

/// <summary>A named CO₂ emission factor per MWh of electricity or heat, with its data year, source and whether it was checked against its primary source.</summary>
/// <remarks>Every CO₂ result carries its factor: the choice of factor alone moves a result by ±20 % [140].</remarks>
/// <param name="Name">What the factor is, e.g. "Shandong grid average".</param>
/// <param name="TonnesCo2PerMwh">CO₂ per MWh [t/MWh]; in [0, 2].</param>
/// <param name="DataYear">Year of the data the factor describes, or null when it is not year-specific.</param>
/// <param name="Source">Where the figure comes from (reference number and publisher).</param>
/// <param name="IsVerified">Whether the figure was confirmed against its primary source; false for secondary-source figures.</param>
public sealed record EmissionFactor(string Name, double TonnesCo2PerMwh, int? DataYear, string Source, bool IsVerified)
{
    /// <summary>One line that names the factor, its value, year and status, for printing beside every CO₂ result.</summary>
    public string Label => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}{(DataYear is { } y ? $" {y}" : "")}: {TonnesCo2PerMwh:0.0000} t CO2/MWh ({Source}{(IsVerified ? "" : "; unverified")})");

    /// <summary>Checks the fields and returns this factor.</summary>
    /// <returns>This instance, unchanged.</returns>
    public EmissionFactor Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("EmissionFactor.Name", $"'{Name}'", "a non-empty name");
        if (!(TonnesCo2PerMwh is >= 0.0 and <= 2.0))
            Guard.InRange(TonnesCo2PerMwh, 0.0, 2.0, $"EmissionFactor.TonnesCo2PerMwh ({Name})");
        if (DataYear is { } year && year is < 1990 or > 2100)
            throw new InvalidInputException("EmissionFactor.DataYear", year.ToString(CultureInfo.InvariantCulture), "a year in [1990, 2100]");
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
