namespace MineRose.Core.Weather;

/// <summary>Scales non-negative values to a target sum without letting any exceed its cap ("water filling").</summary>
internal static class CappedScaling
{
    /// <summary>Sets v_i ← min(f·v_i, c_i) with the one factor f for which the sum equals <paramref name="target"/>; returns
    /// the sum reached, which falls short only when the caps sum to less than the target (then every value is at its cap).
    /// Values that are all zero while the target is positive are set in proportion to the caps.</summary>
    /// <remarks>Σ min(f·v_i, c_i) grows piecewise linearly with f. Starting from f = target/Σv, each step solves for f with
    /// the values pinned at their caps held fixed; the pinned set only grows, so at most n + 1 steps are needed.</remarks>
    public static double Scale(Span<double> values, ReadOnlySpan<double> caps, double target)
    {
        double valueSum = 0, capSum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            valueSum += values[i];
            capSum += caps[i];
        }
        if (target >= capSum)
        {
            caps.CopyTo(values);
            return capSum;
        }
        if (valueSum <= 0)
        {
            var share = target / capSum;
            for (var i = 0; i < values.Length; i++)
                values[i] = caps[i] * share;
            return target;
        }
        var f = target / valueSum;
        for (var step = 0; step <= values.Length; step++)
        {
            double pinned = 0, free = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] * f >= caps[i])
                    pinned += caps[i];
                else
                    free += values[i];
            }
            if (free <= 0)
                break;
            var next = (target - pinned) / free;
            if (next <= f)
                break;
            f = next;
        }
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Min(values[i] * f, caps[i]);
            sum += values[i];
        }
        return sum;
    }
}
