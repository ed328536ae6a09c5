namespace MineRose.Optimization.Sizing;

/// <summary>An annual total computed over the full year and from representative days, and their relative difference.</summary>
/// <param name="Name">What is totalled, with its unit (e.g. <c>pv_ac_mwh</c>).</param>
/// <param name="FullYear">Total over every interval of the year [unit of the name].</param>
/// <param name="Representative">Total from the representative days, each weighted by the days it stands for [unit of the name].</param>
public sealed record AnnualTotalError(string Name, double FullYear, double Representative)
{
    /// <summary>(representative − full year) / |full year| [—]; 0 when both are 0, NaN when only the full year is 0.</summary>
    public double RelativeError =>
        FullYear != 0 ? (Representative - FullYear) / Math.Abs(FullYear) : Representative == 0 ? 0 : double.NaN;
}
