using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MineRose.Cluster;

/// <summary>Makes a silo a screening worker.</summary>
public static class ScreeningSiloBuilderExtensions
{
    /// <summary>Adds the screening workers to a silo. The caller registers the silo's
    /// <see cref="MineRose.Core.Screening.IScreeningStore"/> (the run's store: the same database on every machine) and
    /// <see cref="MineRose.Core.Screening.IMineEvaluatorFactory"/> as services.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="configure">Changes to the worker options, or null for the defaults.</param>
    public static ISiloBuilder AddMineRoseScreening(this ISiloBuilder builder, Action<ScreeningWorkerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ScreeningWorkerOptions();
        configure?.Invoke(options);
        if (options.WorkerCount < 1)
            throw new ArgumentOutOfRangeException(nameof(configure), options.WorkerCount, "WorkerCount must be at least 1");
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EvaluatorCache>();
        builder.Services.AddHostedService<ScreeningWorker>();
        return builder;
    }
}
