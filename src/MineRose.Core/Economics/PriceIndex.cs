namespace MineRose.Core.Economics;

/// <summary>Which escalation rate of an <see cref="Escalation"/> a recurring money line follows.</summary>
public enum PriceIndex
{
    /// <summary>Constant in the money of the analysis (no escalation).</summary>
    None,

    /// <summary>General inflation, <see cref="Escalation.GeneralPerYear"/> (0 in a real analysis).</summary>
    General,

    /// <summary>Electricity prices (sales, savings, grid purchases), <see cref="Escalation.ElectricityPerYear"/>.</summary>
    Electricity,

    /// <summary>Rose prices, <see cref="Escalation.RosePricePerYear"/>.</summary>
    RosePrice,

    /// <summary>Operation and maintenance costs, <see cref="Escalation.OpexPerYear"/>.</summary>
    Opex,

    /// <summary>Wages, <see cref="Escalation.LabourPerYear"/>.</summary>
    Labour,

    /// <summary>Carbon prices, <see cref="Escalation.CarbonPricePerYear"/>.</summary>
    CarbonPrice,
}
