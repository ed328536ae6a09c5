namespace MineRose.Core.Carbon;

/// <summary>A park's CO₂ account, each part separate and carrying its factor: avoided by PV used on site, by exports and by heat-pump heat, and emitted by imports.</summary>
/// <remarks>
/// Net avoided = PV used on site + exports + (baseline heat − heat-pump electricity). Imports' emissions are shown
/// apart (the park's own electricity footprint); they are not subtracted again, since the displaced imports are
/// already net of them (see docs/model.md, "Tariffs and carbon").
/// </remarks>
public sealed record CarbonBalance
{
    /// <summary>CO₂ avoided by PV consumed on site: grid imports displaced × grid factor.</summary>
    public required CarbonPart PvUsedOnSite { get; init; }

    /// <summary>CO₂ avoided by exports: grid generation displaced × export factor.</summary>
    public required CarbonPart Exports { get; init; }

    /// <summary>CO₂ the baseline boiler would have emitted for the heat-pump heat: heat × baseline factor.</summary>
    public required CarbonPart HeatPumpHeatBaseline { get; init; }

    /// <summary>CO₂ charged to the heat pumps' electricity: electricity × grid factor.</summary>
    public required CarbonPart HeatPumpElectricity { get; init; }

    /// <summary>CO₂ emitted by the electricity imported: imports × grid factor.</summary>
    public required CarbonPart Imports { get; init; }

    /// <summary>CO₂ avoided by the heat pumps: baseline heat emissions − heat-pump electricity emissions [t].</summary>
    public double AvoidedByHeatPumpsTonnesCo2 => HeatPumpHeatBaseline.TonnesCo2 - HeatPumpElectricity.TonnesCo2;

    /// <summary>CO₂ avoided in all: PV used on site + exports + heat pumps [t].</summary>
    public double NetAvoidedTonnesCo2 => PvUsedOnSite.TonnesCo2 + Exports.TonnesCo2 + AvoidedByHeatPumpsTonnesCo2;

    /// <summary>CO₂ emitted by the electricity imported [t].</summary>
    public double EmittedByImportsTonnesCo2 => Imports.TonnesCo2;
}
