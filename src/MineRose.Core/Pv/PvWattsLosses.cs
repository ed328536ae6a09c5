namespace MineRose.Core.Pv;

/// <summary>The PVWatts system-loss categories [%], combined multiplicatively into one derate [53].</summary>
/// <remarks>
/// Defaults are the PVWatts version 5 defaults [53], which combine to 14.08 %. Light-induced degradation (LID) is the
/// one-off first-hours power loss of boron-doped crystalline cells and belongs here; the slow yearly decline is
/// <see cref="Degradation"/>. <see cref="OtherPercent"/> is not a PVWatts category: it carries a single lumped figure
/// (see <see cref="FromTotalPercent"/>) or anything the categories miss.
/// </remarks>
public sealed record PvWattsLosses
{
    /// <summary>Dirt, dust and snow-free soiling on the modules [%]; PVWatts default 2.</summary>
    public double SoilingPercent { get; init; } = 2.0;

    /// <summary>Shading by nearby objects and other rows [%]; PVWatts default 3.</summary>
    public double ShadingPercent { get; init; } = 3.0;

    /// <summary>Snow cover [%]; PVWatts default 0.</summary>
    public double SnowPercent { get; init; } = 0.0;

    /// <summary>Electrical mismatch between modules [%]; PVWatts default 2.</summary>
    public double MismatchPercent { get; init; } = 2.0;

    /// <summary>Resistive losses in DC and AC wiring [%]; PVWatts default 2.</summary>
    public double WiringPercent { get; init; } = 2.0;

    /// <summary>Resistive losses in electrical connectors [%]; PVWatts default 0.5.</summary>
    public double ConnectionsPercent { get; init; } = 0.5;

    /// <summary>Light-induced degradation during the first months of operation [%]; PVWatts default 1.5.</summary>
    public double LightInducedDegradationPercent { get; init; } = 1.5;

    /// <summary>Shortfall of real module power against the nameplate rating [%]; PVWatts default 1.</summary>
    public double NameplateRatingPercent { get; init; } = 1.0;

    /// <summary>Age-related loss for the simulated year [%]; PVWatts default 0 (use <see cref="Degradation"/> for lifetime runs).</summary>
    public double AgePercent { get; init; } = 0.0;

    /// <summary>Downtime for maintenance and outages [%]; PVWatts default 3.</summary>
    public double AvailabilityPercent { get; init; } = 3.0;

    /// <summary>Any further loss, or a single lumped figure [%]; default 0.</summary>
    public double OtherPercent { get; init; } = 0.0;

    /// <summary>The PVWatts version 5 default list (14.08 % in total) [53].</summary>
    public static PvWattsLosses PvWattsDefault { get; } = new();

    /// <summary>All categories zero: a lossless system.</summary>
    public static PvWattsLosses None { get; } = FromTotalPercent(0.0);

    /// <summary>Total loss as a fraction: 1 − Π(1 − l_i/100) over all categories [—] [53].</summary>
    public double TotalFraction =>
        1.0 - (1.0 - SoilingPercent / 100.0) * (1.0 - ShadingPercent / 100.0) * (1.0 - SnowPercent / 100.0)
            * (1.0 - MismatchPercent / 100.0) * (1.0 - WiringPercent / 100.0) * (1.0 - ConnectionsPercent / 100.0)
            * (1.0 - LightInducedDegradationPercent / 100.0) * (1.0 - NameplateRatingPercent / 100.0)
            * (1.0 - AgePercent / 100.0) * (1.0 - AvailabilityPercent / 100.0) * (1.0 - OtherPercent / 100.0);

    /// <summary>Total loss [%].</summary>
    public double TotalPercent => 100.0 * TotalFraction;

    /// <summary>Fraction of DC power left after all losses, 1 − <see cref="TotalFraction"/> [—].</summary>
    public double RemainingFraction => 1.0 - TotalFraction;

    /// <summary>One lumped loss figure, as the <c>--losses-percent</c> option gives it: every category zero, <see cref="OtherPercent"/> = <paramref name="totalPercent"/>.</summary>
    /// <param name="totalPercent">Total system loss in [0, 100) [%].</param>
    /// <exception cref="InvalidInputException">When <paramref name="totalPercent"/> is outside [0, 100).</exception>
    public static PvWattsLosses FromTotalPercent(double totalPercent)
    {
        CheckPercent(totalPercent, "losses_percent");
        return new PvWattsLosses
        {
            SoilingPercent = 0, ShadingPercent = 0, SnowPercent = 0, MismatchPercent = 0, WiringPercent = 0,
            ConnectionsPercent = 0, LightInducedDegradationPercent = 0, NameplateRatingPercent = 0, AgePercent = 0,
            AvailabilityPercent = 0, OtherPercent = totalPercent,
        };
    }

    /// <summary>Checks every category and returns the losses, or throws naming the bad field.</summary>
    /// <exception cref="InvalidInputException">When a category is outside [0, 100) %.</exception>
    public PvWattsLosses Validated()
    {
        CheckPercent(SoilingPercent, "soiling_percent");
        CheckPercent(ShadingPercent, "shading_percent");
        CheckPercent(SnowPercent, "snow_percent");
        CheckPercent(MismatchPercent, "mismatch_percent");
        CheckPercent(WiringPercent, "wiring_percent");
        CheckPercent(ConnectionsPercent, "connections_percent");
        CheckPercent(LightInducedDegradationPercent, "light_induced_degradation_percent");
        CheckPercent(NameplateRatingPercent, "nameplate_rating_percent");
        CheckPercent(AgePercent, "age_percent");
        CheckPercent(AvailabilityPercent, "availability_percent");
        CheckPercent(OtherPercent, "other_losses_percent");
        return this;
    }

    // A loss of 100 % would leave nothing and hide every other input, so the interval is half-open.
    private static void CheckPercent(double value, string field)
    {
        if (!double.IsFinite(value) || value < 0 || value >= 100)
            throw new InvalidInputException(field, Guard.Format(value), "a number in [0, 100)");
    }
}
