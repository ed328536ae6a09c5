using System.Numerics;
using System.Runtime.CompilerServices;

namespace MineRose.Core.Weather;

/// <summary>The xoshiro256** pseudo-random generator of Blackman and Vigna [120], seeded through SplitMix64 [121].</summary>
/// <remarks>
/// <para>Written here rather than taken from <see cref="Random"/>, whose algorithm may change between .NET versions: the
/// same seed gives the same stream of 64-bit integers on every machine and runtime. Doubles derived from it are exact
/// (the top 53 bits scaled by 2⁻⁵³); Gaussian deviates go through <c>Math.Log</c> and <c>Math.Sqrt</c>, so
/// they are reproducible wherever those functions round alike (they do on every current .NET runtime on x64 and Arm64).</para>
/// <para>State update [120]: t = s₁ ≪ 17; s₂ ^= s₀; s₃ ^= s₁; s₁ ^= s₂; s₀ ^= s₃; s₂ ^= t; s₃ = rotl(s₃, 45);
/// output = rotl(s₁·5, 7)·9 (taken before the update). Seeding [121]: the four state words are four successive outputs
/// of SplitMix64 started at the seed, z = (x += 0x9E3779B97F4A7C15); z = (z ^ z≫30)·0xBF58476D1CE4E5B9;
/// z = (z ^ z≫27)·0x94D049BB133111EB; output z ^ z≫31.</para>
/// <para>A mutable struct: pass it by <c>ref</c> so the stream advances for the caller.</para>
/// </remarks>
public struct Xoshiro256StarStar
{
    private ulong s0, s1, s2, s3;

    /// <summary>A generator whose state is filled by SplitMix64 from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit seed.</param>
    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
    }

    /// <summary>A generator started from an explicit state (for known-answer tests); the state must not be all zero.</summary>
    internal Xoshiro256StarStar(ulong state0, ulong state1, ulong state2, ulong state3)
    {
        if ((state0 | state1 | state2 | state3) == 0)
            throw new InvalidInputException("xoshiro256** state", "all zero", "at least one non-zero word");
        (s0, s1, s2, s3) = (state0, state1, state2, state3);
    }

    /// <summary>The next 64-bit output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform deviate in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform deviate in (0, 1): never exactly 0, for logarithms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A standard normal deviate N(0, 1) by Marsaglia's polar method [122].</summary>
    /// <remarks>Draw u, v uniform in (−1, 1) until s = u² + v² lies in (0, 1); return u·√(−2 ln s / s). The second
    /// deviate of each pair is discarded, so the generator holds no hidden cache.</remarks>
    public double NextGaussian()
    {
        while (true)
        {
            var u = 2.0 * NextDouble() - 1.0;
            var v = 2.0 * NextDouble() - 1.0;
            var s = u * u + v * v;
            if (s > 0 && s < 1)
                return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
        }
    }

    /// <summary>SplitMix64 [121]: advances <paramref name="x"/> and returns the next output.</summary>
    internal static ulong SplitMix64(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
