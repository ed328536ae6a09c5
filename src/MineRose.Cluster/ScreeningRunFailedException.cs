namespace MineRose.Cluster;

/// <summary>A cluster run stopped without every mine in the store: a worker reported a fault, or the cluster stayed
/// unreachable. What was stored stays stored, and a new run resumes from it.</summary>
public sealed class ScreeningRunFailedException : Exception
{
    /// <summary>A run that failed for <paramref name="message"/>.</summary>
    public ScreeningRunFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A run that failed for <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ScreeningRunFailedException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    /// <summary>A run that failed for an unstated reason.</summary>
    public ScreeningRunFailedException()
        : base("the screening run failed")
    {
    }
}
