namespace MineRose.Optimization.Sensitivity;

/// <summary>A price or cost of the park whose change the tornado analysis measures.</summary>
public enum SensitivityParameter
{
    /// <summary>Price of imported electricity: energy price and per-kWh surcharges of every interval [CNY/kWh] (demand and capacity charges unchanged).</summary>
    ImportPrice,

    /// <summary>Price of exported electricity in every interval [CNY/kWh].</summary>
    ExportPrice,

    /// <summary>Wholesale price of every rose grade [CNY/stem] (outdoor flowers and processed products unchanged).</summary>
    RosePrice,

    /// <summary>PV capex [CNY/kWp].</summary>
    PvCapex,

    /// <summary>Storage capex: shaft pumped hydro [CNY/kW] and battery [CNY/kWh] together.</summary>
    StorageCapex,

    /// <summary>Heat-pump system capex [CNY/kW of heating].</summary>
    HeatPumpCapex,

    /// <summary>Greenhouse capex [CNY/m²].</summary>
    GreenhouseCapex,

    /// <summary>Loaded labour cost per worker [CNY/yr].</summary>
    LabourCost,

    /// <summary>Discount rate [1/yr] (its basis, real or nominal, unchanged).</summary>
    DiscountRate,

    /// <summary>Carbon price [CNY/t CO₂].</summary>
    CarbonPrice,
}
