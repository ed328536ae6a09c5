using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MineRose.Core.Greenhouse;
using MineRose.Core.Heat;
using MineRose.Core.Weather;

namespace MineRose.Core.Park;

/// <summary>Years of a park's greenhouse-and-heat block kept for the parks that share it: a screening run simulates thousands of
/// mines on a few dozen weather years with one template, and most of them get the same houses and heat plant.</summary>
/// <remarks>The block — the greenhouses' climate at their set-points, the heat pumps, free cooling and boiler that serve it, the
/// houses stepped again where the plant falls short, and the mine water it draws on — reads nothing from the electric side of
/// the park (PV, storage, grid): in operating year 1 without a replayed plan its year is a function of the weather, the houses
/// and the heat plant alone. A park whose block is kept copies the block's interval series instead of stepping it, which gives
/// the same values to the last bit (tested against a park simulated without the memo). Weather counts as the same only as the
/// same <see cref="WeatherSeries"/> object; houses and heat plant by record equality. Thread-safe; the first
/// <see cref="Capacity"/> blocks met are kept (≈ 1.1 MB each for an hourly year), later ones are simulated every time.</remarks>
public sealed class GreenhouseHeatMemo
{
    private readonly ConcurrentDictionary<Key, Block> blocks = new();
    private int hits, misses;

    /// <summary>A memo that keeps at most <paramref name="capacity"/> blocks.</summary>
    /// <param name="capacity">Number of blocks kept [-], 0 to 100,000 (0 keeps none).</param>
    public GreenhouseHeatMemo(int capacity = 256)
    {
        Guard.InRange(capacity, 0, 100_000, "capacity");
        Capacity = capacity;
    }

    /// <summary>Largest number of blocks kept [-].</summary>
    public int Capacity { get; }

    /// <summary>Blocks kept now [-].</summary>
    public int Count => blocks.Count;

    /// <summary>Park years that copied a kept block [-].</summary>
    public int Hits => Volatile.Read(ref hits);

    /// <summary>Park years that stepped their block (it was not kept yet) [-].</summary>
    public int Misses => Volatile.Read(ref misses);

    internal Block? Find(WeatherSeries weather, RoseHouses houses, HeatPlant heat)
    {
        if (blocks.TryGetValue(new Key(weather, houses, heat), out var block))
        {
            Interlocked.Increment(ref hits);
            return block;
        }
        Interlocked.Increment(ref misses);
        return null;
    }

    internal void Keep(WeatherSeries weather, RoseHouses houses, HeatPlant heat, Block block)
    {
        if (blocks.Count < Capacity)
            blocks.TryAdd(new Key(weather, houses, heat), block);
    }

    /// <summary>One block's year: its interval series (in the order <c>ParkSimulator</c> lists them), the inside CO₂, the
    /// transpiration summed over the year and the states it ends in.</summary>
    internal sealed record Block(double[][] Series, double[] InsideCo2Ppm, double TranspirationKgM2, GreenhouseState EndGreenhouse,
        MineWaterReservoirState EndMineWater);

    private readonly record struct Key(WeatherSeries Weather, RoseHouses Houses, HeatPlant Heat)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Weather, other.Weather) && Houses.Equals(other.Houses) && Heat.Equals(other.Heat);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Weather), Houses, Heat);
    }
}
