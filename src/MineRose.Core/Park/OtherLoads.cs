namespace MineRose.Core.Park;

/// <summary>Electric loads of the park other than heat pumps and lamps: offices, packing, cold stores, water treatment.</summary>
/// <param name="BaseKw">Load present at every hour [kW].</param>
/// <param name="DaytimeKw">Extra load during working hours [kW].</param>
/// <param name="WorkdayStartHourLocal">Start of working hours, local time [h].</param>
/// <param name="WorkdayEndHourLocal">End of working hours, local time [h].</param>
/// <param name="WaterTreatmentKwhPerM3">Electricity to treat mine water for irrigation [kWh/m³] (≈0.3–1 for filtration and reverse osmosis).</param>
public sealed record OtherLoads(
    double BaseKw = 0,
    double DaytimeKw = 0,
    double WorkdayStartHourLocal = 8,
    double WorkdayEndHourLocal = 18,
    double WaterTreatmentKwhPerM3 = 0.5)
{
    /// <summary>No other loads.</summary>
    public static OtherLoads None { get; } = new();

    /// <summary>Checks every field and returns the loads, or throws naming the bad field.</summary>
    public OtherLoads Validated()
    {
        Guard.NonNegative(BaseKw, "base_kw");
        Guard.NonNegative(DaytimeKw, "daytime_kw");
        Guard.InRange(WorkdayStartHourLocal, 0, 24, "workday_start_hour");
        Guard.InRange(WorkdayEndHourLocal, WorkdayStartHourLocal, 24, "workday_end_hour");
        Guard.InRange(WaterTreatmentKwhPerM3, 0, 10, "water_treatment_kwh_per_m3");
        return this;
    }

    /// <summary>The load at a local hour of day [kW].</summary>
    /// <param name="localHourOfDay">Local standard time of the interval's midpoint [h].</param>
    public double At(double localHourOfDay) =>
        BaseKw + (localHourOfDay >= WorkdayStartHourLocal && localHourOfDay < WorkdayEndHourLocal ? DaytimeKw : 0);
}
