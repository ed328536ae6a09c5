using System.Globalization;

namespace MineRose.Core.Storage;

/// <summary>A pumped-hydro plant in a mine shaft, described by its geometry: a surface pond, the flooded workings below, the shaft, the penstock and the units.</summary>
/// <remarks>
/// All elevations share one datum, the shaft collar (ground level at the shaft head, 0 m, positive up): the
/// upper pond sits near 0 m, the lower reservoir and the machine hall at the bottom of the shaft, at
/// −<see cref="ShaftDepthM"/>. Mine water flows into the lower reservoir; dewatering pumps lift the surplus to
/// <see cref="DewateringDischargeElevationM"/>. <see cref="Validate"/> throws on errors and returns warnings
/// for designs that are legal but unwise.
/// </remarks>
public sealed record ShaftPumpedHydroSpec
{
    /// <summary>Name of the plant.</summary>
    public string Name { get; init; } = "Shaft pumped hydro";

    /// <summary>The surface pond.</summary>
    public required Reservoir UpperReservoir { get; init; }

    /// <summary>The underground reservoir (roadways, goaf).</summary>
    public required Reservoir LowerReservoir { get; init; }

    /// <summary>Depth of the machine hall below the shaft collar [m].</summary>
    public required double ShaftDepthM { get; init; }

    /// <summary>The conduit shared by all units.</summary>
    public required Penstock Penstock { get; init; }

    /// <summary>Number of identical units.</summary>
    public required int UnitCount { get; init; }

    /// <summary>One unit.</summary>
    public required HydraulicMachine Machine { get; init; }

    /// <summary>Mine water flowing into the lower reservoir [m³/h].</summary>
    public double MineWaterInflowM3h { get; init; }

    /// <summary>Capacity of the dewatering pumps [m³/h].</summary>
    public double DewateringCapacityM3h { get; init; }

    /// <summary>Wire-to-water efficiency of the dewatering pumps, including their pipe losses [-].</summary>
    public double DewateringEfficiency { get; init; } = 0.65;

    /// <summary>Elevation the dewatering pumps discharge at [m] (the collar: 0).</summary>
    public double DewateringDischargeElevationM { get; init; }

    /// <summary>Evaporation from the upper pond's water surface [mm/day].</summary>
    public double UpperEvaporationMmPerDay { get; init; }

    /// <summary>Seepage out of the upper pond [m³/h].</summary>
    public double UpperSeepageM3h { get; init; }

    /// <summary>Checks the spec: throws <see cref="InvalidInputException"/> naming the first bad field, and returns warnings for legal but unwise choices.</summary>
    /// <remarks>The spec and its parts are immutable records, so a spec that passed once passes again with the same warnings:
    /// they are kept per instance (by reference and weakly, <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey, TValue}"/> [297]),
    /// and a park simulated year after year, or a screening run, derives the design figures once.</remarks>
    public IReadOnlyList<string> Validate()
    {
        if (PassedChecks.TryGetValue(this, out var known))
            return known;
        var warnings = Check();
        PassedChecks.AddOrUpdate(this, warnings);
        return warnings;
    }

    // Specs that passed Validate, with their warnings; weak keys, so a spec no longer used is forgotten.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ShaftPumpedHydroSpec, string[]> PassedChecks = [];

    private string[] Check()
    {
        Require(UpperReservoir, nameof(UpperReservoir));
        Require(LowerReservoir, nameof(LowerReservoir));
        Require(Penstock, nameof(Penstock));
        Require(Machine, nameof(Machine));
        Guard.Positive(ShaftDepthM, nameof(ShaftDepthM));
        Penstock.Validate(nameof(Penstock));
        if (UnitCount < 1 || UnitCount > 64)
            throw new InvalidInputException(nameof(UnitCount), UnitCount.ToString(CultureInfo.InvariantCulture), "a whole number of units in [1, 64]");
        Machine.Validate(nameof(Machine));
        var minimumHeadM = ShaftPumpedHydroDesign.MinimumGrossHeadM(this);
        if (minimumHeadM <= 0)
            throw new InvalidInputException("GrossHeadM", Guard.Format(minimumHeadM),
                "a positive head: the upper reservoir's minimum level above the lower reservoir's level when it holds the cycle volume");
        Guard.NonNegative(MineWaterInflowM3h, nameof(MineWaterInflowM3h));
        Guard.NonNegative(DewateringCapacityM3h, nameof(DewateringCapacityM3h));
        if (MineWaterInflowM3h > DewateringCapacityM3h)
            throw new InvalidInputException(nameof(MineWaterInflowM3h), Guard.Format(MineWaterInflowM3h),
                $"at most the dewatering capacity ({Guard.Format(DewateringCapacityM3h)} m³/h), or the mine floods");
        Guard.Efficiency(DewateringEfficiency, nameof(DewateringEfficiency));
        Guard.Finite(DewateringDischargeElevationM, nameof(DewateringDischargeElevationM));
        var lowerTopLevelM = LowerReservoir.LevelM(LowerReservoir.MaximumVolumeM3);
        if (DewateringDischargeElevationM < lowerTopLevelM)
            throw new InvalidInputException(nameof(DewateringDischargeElevationM), Guard.Format(DewateringDischargeElevationM),
                $"an elevation above the lower reservoir's maximum level ({Guard.Format(lowerTopLevelM)} m)");
        Guard.InRange(UpperEvaporationMmPerDay, 0, 50, nameof(UpperEvaporationMmPerDay));
        Guard.NonNegative(UpperSeepageM3h, nameof(UpperSeepageM3h));

        var designHeadM = ShaftPumpedHydroDesign.DesignHeadM(this);
        var (maximumKw, _) = ShaftPumpedHydroDesign.MaximumTurbinePower(this, designHeadM);
        if (maximumKw < Machine.TurbineRatedPowerKw)
            throw new InvalidInputException($"{nameof(Penstock)}.{nameof(Penstock.DiameterM)}", Guard.Format(Penstock.DiameterM),
                $"a penstock that can pass the rated output: with {UnitCount.ToString(CultureInfo.InvariantCulture)} units it caps one at {Guard.Format(maximumKw)} kW < {Guard.Format(Machine.TurbineRatedPowerKw)} kW");
        var ratedTurbineFlowM3s = ShaftPumpedHydroDesign.RatedTurbineFlowM3s(this, designHeadM);
        var ratedPumpFlowM3s = ShaftPumpedHydroDesign.RatedPumpFlowM3s(this, designHeadM);

        var warnings = new List<string>();
        var dropM = UpperReservoir.BottomElevationM + ShaftDepthM;
        if (Penstock.LengthM < dropM)
            warnings.Add($"Penstock.LengthM = {F(Penstock.LengthM)} m is shorter than the drop from the pond floor to the machines ({F(dropM)} m): friction is underestimated unless an ideal conduit is meant.");
        var plantFlowM3s = UnitCount * Math.Max(ratedTurbineFlowM3s, ratedPumpFlowM3s);
        var velocityMs = Penstock.VelocityMs(plantFlowM3s);
        if (velocityMs > 6.0)
            warnings.Add($"Penstock velocity at rated flow is {F(velocityMs)} m/s (> 6 m/s): high losses and surge pressures; consider a larger diameter.");
        var lossM = Penstock.HeadLossM(plantFlowM3s);
        if (lossM > 0.05 * designHeadM)
            warnings.Add($"Penstock head loss at rated flow is {F(lossM)} m, {F(100 * lossM / designHeadM)} % of the design head (> 5 %).");
        var maximumHeadM = ShaftPumpedHydroDesign.MaximumGrossHeadM(this);
        if (maximumHeadM / minimumHeadM > 1.25)
            warnings.Add($"Gross head varies from {F(minimumHeadM)} m to {F(maximumHeadM)} m (ratio {F(maximumHeadM / minimumHeadM)} > 1.25): pump-turbines run poorly over so wide a range.");
        var activeUpper = UpperReservoir.ActiveVolumeM3;
        var activeLower = LowerReservoir.ActiveVolumeM3;
        if (Math.Abs(activeUpper - activeLower) > 0.1 * Math.Max(activeUpper, activeLower))
            warnings.Add($"Active volumes differ (upper {F(activeUpper)} m³, lower {F(activeLower)} m³): only {F(Math.Min(activeUpper, activeLower))} m³ cycle.");
        var machineLevelM = -ShaftDepthM;
        var lowestLowerLevelM = LowerReservoir.LevelM(LowerReservoir.MinimumVolumeM3);
        if (lowestLowerLevelM < machineLevelM)
            warnings.Add($"The lower reservoir's minimum level ({F(lowestLowerLevelM)} m) is below the machine hall ({F(machineLevelM)} m): the pumps would have no submergence.");
        if (Machine.TurbineMinimumFlowFraction < 0.3)
            warnings.Add($"Machine.TurbineMinimumFlowFraction = {F(Machine.TurbineMinimumFlowFraction)}: turbines run rough and inefficient below ≈30–40 % of rated flow.");
        return [.. warnings];
    }

    private static void Require(object? value, string field)
    {
        if (value is null)
            throw new InvalidInputException(field, "null", "a value");
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
