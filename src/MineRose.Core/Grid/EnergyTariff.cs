using System.Globalization;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>A price of imported electricity on a time grid: an energy price per interval, a period label per interval and fixed per-kWh surcharges, kept apart so a bill can show each.</summary>
/// <remarks>
/// Import price of interval i: p_imp,i = p_energy,i + Σ s_k, where s_k are the <see cref="Surcharges"/> [140].
/// Derived tariffs fill the energy price; tariffs without periods label every interval <see cref="TariffPeriod.Flat"/>.
/// </remarks>
public abstract record EnergyTariff
{
    private readonly Surcharge[] _surcharges = [];

    /// <summary>Per-kWh charges added to the energy price of every imported kWh, unscaled by any multiplier [CNY/kWh].</summary>
    public IReadOnlyList<Surcharge> Surcharges
    {
        get => _surcharges;
        init => _surcharges = [.. value ?? throw new ArgumentNullException(nameof(value))];
    }

    /// <summary>Sum of the surcharges, Σ s_k [CNY/kWh].</summary>
    public double SurchargeCnyPerKwh
    {
        get
        {
            double sum = 0.0;
            foreach (var s in _surcharges)
                sum += s.CnyPerKwh;
            return sum;
        }
    }

    /// <summary>Fills the energy price of each interval of a grid, surcharges excluded.</summary>
    /// <param name="grid">The time grid.</param>
    /// <param name="utcOffsetHours">Offset of the tariff's local standard time from UTC [h].</param>
    /// <param name="energyPriceCnyPerKwh">Filled with the energy price of each interval [CNY/kWh]; length <see cref="TimeGrid.Count"/>.</param>
    public abstract void FillEnergyPrices(TimeGrid grid, double utcOffsetHours, Span<double> energyPriceCnyPerKwh);

    /// <summary>Labels each interval of a grid with its time-of-use period; <see cref="TariffPeriod.Flat"/> for tariffs without periods.</summary>
    /// <param name="grid">The time grid.</param>
    /// <param name="utcOffsetHours">Offset of the tariff's local standard time from UTC [h].</param>
    /// <param name="periods">Filled with the period of each interval; length <see cref="TimeGrid.Count"/>.</param>
    public virtual void FillPeriods(TimeGrid grid, double utcOffsetHours, Span<TariffPeriod> periods)
    {
        RequireLength(grid, periods.Length, "periods");
        LocalClock.Offset(utcOffsetHours);
        periods.Fill(TariffPeriod.Flat);
    }

    /// <summary>Fills the import price of each interval of a grid: energy price plus surcharges, p_imp,i = p_energy,i + Σ s_k.</summary>
    /// <param name="grid">The time grid.</param>
    /// <param name="utcOffsetHours">Offset of the tariff's local standard time from UTC [h].</param>
    /// <param name="importPriceCnyPerKwh">Filled with the price of each imported kWh [CNY/kWh]; length <see cref="TimeGrid.Count"/>.</param>
    public void FillImportPrices(TimeGrid grid, double utcOffsetHours, Span<double> importPriceCnyPerKwh)
    {
        FillEnergyPrices(grid, utcOffsetHours, importPriceCnyPerKwh);
        double surchargeCnyPerKwh = SurchargeCnyPerKwh;
        for (int i = 0; i < importPriceCnyPerKwh.Length; i++)
            importPriceCnyPerKwh[i] += surchargeCnyPerKwh;
    }

    /// <summary>Checks every field and returns this tariff; throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    /// <returns>This instance, unchanged.</returns>
    public virtual EnergyTariff Validated()
    {
        foreach (var surcharge in _surcharges)
        {
            ArgumentNullException.ThrowIfNull(surcharge, nameof(Surcharges));
            surcharge.Validated();
        }

        return this;
    }

    /// <summary>Throws unless a span has one element per interval of the grid.</summary>
    protected static void RequireLength(TimeGrid grid, int length, string field)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (length != grid.Count)
            throw new InvalidInputException($"{field} length", length.ToString(CultureInfo.InvariantCulture), $"the grid's {grid.Count} intervals");
    }
}
