namespace MineRose.Optimization.Sensitivity;

/// <summary>A tornado analysis of a park: the base NPV and profit and one bar per parameter, largest NPV swing first.</summary>
/// <param name="DesignName">Name of the park analysed.</param>
/// <param name="RelativeChange">Relative change Δ applied to each parameter [—].</param>
/// <param name="BaseNpvCny">NPV of the design as given [CNY].</param>
/// <param name="BaseProfitCny">Operating profit of operating year 1 of the design as given [CNY].</param>
/// <param name="Bars">The bars, sorted by NPV swing, largest first (ties keep the parameters' order).</param>
public sealed record TornadoResult(string DesignName, double RelativeChange, double BaseNpvCny, double BaseProfitCny, IReadOnlyList<TornadoBar> Bars);
