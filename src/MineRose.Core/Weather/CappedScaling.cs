namespace MineRose.Core.Weather;

/// <summary>Scales non-negative values to a target sum without letting any exceed its cap ("water filling").</summary>
internal static class CappedScaling
{
    /// <summary>Sets v_i ← min(f·v_i, c_i) with the one factor f for which the sum equals <paramref name="target"/>; returns
    /// the sum reached, which falls short only when the caps sum to less than the target (then every value is at its cap).
    /// Where the headroom lies only in values that are zero, the rest is shared among them in proportion to their caps.</summary>
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
            {
                // the headroom lies only in values that are zero: share the rest in proportion to their caps
                var rest = target - pinned;
                var headroom = capSum - pinned;
                for (var i = 0; i < values.Length; i++)
                    values[i] = values[i] * f >= caps[i] ? caps[i] : caps[i] * rest / headroom;
                return target;
            }
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
