namespace MineRose.Optimization.Sizing;

/// <summary>One named series on a time grid that representative days are chosen to reproduce (PV, load, heat demand, price).</summary>
/// <param name="Name">Name of the series with its unit, e.g. <c>pv_ac_kw</c>.</param>
/// <param name="Values">One value per interval of the grid [unit of the series].</param>
public sealed record ProfileSeries(string Name, double[] Values);
