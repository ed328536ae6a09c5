namespace MineRose.Core.Crops;

/// <summary>Kind of production area, for labour figures.</summary>
public enum HouseType
{
    /// <summary>A glass (Venlo-type) greenhouse with a high degree of mechanisation.</summary>
    GlassHouse,

    /// <summary>A plastic-film greenhouse with mostly manual work.</summary>
    PlasticHouse,

    /// <summary>Flowers in the open field, on restored land or under PV rows.</summary>
    OutdoorField,
}
