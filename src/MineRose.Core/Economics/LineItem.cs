namespace MineRose.Core.Economics;

/// <summary>One named amount of a cash-flow year, e.g. ("Roses, fresh-cut", 29.5 M).</summary>
/// <param name="Name">Line name as printed.</param>
/// <param name="AmountCny">Amount in that year, positive; its sign in the net flow follows its section [CNY].</param>
public sealed record LineItem(string Name, double AmountCny);
