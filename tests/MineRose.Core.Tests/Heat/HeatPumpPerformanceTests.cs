using FsCheck.Xunit;
using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class HeatPumpPerformanceTests
{
    private static readonly HeatPumpSpec Default = new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1500 }.Validated();

    [Theory]
    // FACTS.md "Mine-water heat pumps" [81]: field COP 4.1 at 40 °C and 3.5 at 50 °C supply from a 15 °C groundwater
    // source; the source water leaves at 10 °C (the 5 K change FACTS quotes for sizing the flow).
    [InlineData(40.0, 4.1)]
    [InlineData(50.0, 3.5)]
    public void Heating_cop_matches_the_field_points_of_a_15_C_source_within_0_3(double supplyC, double fieldCop)
    {
        double cop = HeatPumpPerformance.HeatingCop(Default, supplyC, 10.0);
        Assert.InRange(cop, fieldCop - 0.3, fieldCop + 0.3);
    }

    [Fact]
    public void Default_carnot_efficiency_is_the_least_squares_fit_to_the_field_points()
    {
        // Independent fit written out: T_cond = supply + 3 K, T_evap = 10 °C − 3 K = 7 °C, in kelvin.
        double carnot40 = (40 + 3 + 273.15) / ((40 + 3) - (10 - 3)); // 316.15 / 36 = 8.7819
        double carnot50 = (50 + 3 + 273.15) / ((50 + 3) - (10 - 3)); // 326.15 / 46 = 7.0902
        // Minimise (η·c40 − 4.1)² + (η·c50 − 3.5)²  →  η = Σ c·COP / Σ c².
        double eta = (carnot40 * 4.1 + carnot50 * 3.5) / (carnot40 * carnot40 + carnot50 * carnot50);
        Assert.Equal(0.4774, eta, 4);
        Assert.Equal(HeatPumpSpec.FittedCarnotEfficiency, eta, 3);
    }

    [Fact]
    public void Fitted_carnot_efficiency_lies_in_the_published_range_for_water_source_units()
    {
        // FACTS.md [81]: η ≈ 0.40–0.50 for water-source units.
        Assert.InRange(HeatPumpSpec.FittedCarnotEfficiency, 0.40, 0.50);
    }

    [Fact]
    public void Heating_cop_at_Heerlen_warm_well_conditions_lies_in_the_published_range()
    {
        // GeoDH Minewater case study [82]: warm wells produce 28 °C and take back 18 °C; heating COP 5–7.
        // Supply 35 °C: the low-temperature application of EN 14825 [83] (assumed for Heerlen's low-exergy buildings).
        double cop = HeatPumpPerformance.HeatingCop(Default, 35.0, 18.0);
        Assert.InRange(cop, 5.0, 7.0);
    }

    [Fact]
    public void Cooling_eer_at_Heerlen_cold_well_conditions_lies_in_the_published_range()
    {
        // GeoDH Minewater case study [82]: cold wells produce 16 °C and take back 24 °C; cooling COP 4–6.
        // Chilled water 7 °C: the standard 12/7 °C fan-coil rating condition (EN 14511 / EN 14825 [83]).
        double eer = HeatPumpPerformance.CoolingEer(Default, 7.0, 24.0);
        Assert.InRange(eer, 4.0, 6.0);
    }

    [Fact]
    public void Carnot_fraction_cop_equals_the_hand_calculation()
    {
        // η·T_cond/(T_cond − T_evap) = 0.5 × 318.15 K / 40 K = 3.976875 (heating); 0.5 × 278.15 / 40 = 3.476875 (cooling).
        Assert.Equal(3.976875, HeatPumpPerformance.CarnotFractionHeatingCop(45.0, 5.0, 0.5, 1.0), 12);
        Assert.Equal(3.476875, HeatPumpPerformance.CarnotFractionCoolingEer(45.0, 5.0, 0.5, 1.0), 12);
    }

    [Fact]
    public void Below_the_minimum_lift_the_cop_stops_rising()
    {
        double atMinimum = HeatPumpPerformance.CarnotFractionHeatingCop(30.0, 20.0, 0.5, 10.0);
        double belowMinimum = HeatPumpPerformance.CarnotFractionHeatingCop(30.0, 25.0, 0.5, 10.0);
        Assert.Equal(0.5 * 303.15 / 10.0, atMinimum, 12);
        Assert.Equal(atMinimum, belowMinimum, 12);
    }

    [Property(MaxTest = 300)]
    public bool Ideal_heating_cop_exceeds_ideal_cooling_eer_by_one(int a, int b)
    {
        // First law for a reversible cycle: Q_cond = Q_evap + W  ⇒  COP_h − EER = 1 at η = 1.
        double evaporatingC = Map(a, -20.0, 30.0);
        double condensingC = evaporatingC + Map(b, 1.0, 80.0);
        double cop = HeatPumpPerformance.CarnotFractionHeatingCop(condensingC, evaporatingC, 1.0, 0.5);
        double eer = HeatPumpPerformance.CarnotFractionCoolingEer(condensingC, evaporatingC, 1.0, 0.5);
        return Math.Abs(cop - eer - 1.0) < 1e-9;
    }

    [Property(MaxTest = 300)]
    public bool Heating_cop_falls_as_the_supply_temperature_rises(int a, int b)
    {
        double supplyC = Map(a, 20.0, 80.0);
        double warmerC = supplyC + Map(b, 0.1, 10.0);
        return HeatPumpPerformance.HeatingCop(Default, warmerC, 10.0) < HeatPumpPerformance.HeatingCop(Default, supplyC, 10.0);
    }

    [Fact]
    public void Part_load_factor_follows_EN_14825()
    {
        // EN 14825 [83]: PLF = CR / (Cd·CR + 1 − Cd); CR = 0.5, Cd = 0.9 → 0.5 / 0.55 = 0.909090…
        Assert.Equal(0.5 / 0.55, HeatPumpPerformance.PartLoadFactor(0.5, 0.9), 12);
        Assert.Equal(1.0, HeatPumpPerformance.PartLoadFactor(1.0, 0.9));
        Assert.Equal(1.0, HeatPumpPerformance.PartLoadFactor(2.5, 0.9));
    }

    [Property(MaxTest = 300)]
    public bool Part_load_factor_is_one_without_degradation_and_the_on_fraction_with_full_degradation(int a)
    {
        double capacityRatio = Map(a, 0.01, 1.0);
        // Cd = 1: no off-cycle draw, PLF = 1. Cd = 0: on-power drawn all the time, PLF = CR.
        return Math.Abs(HeatPumpPerformance.PartLoadFactor(capacityRatio, 1.0) - 1.0) < 1e-12
            && Math.Abs(HeatPumpPerformance.PartLoadFactor(capacityRatio, 0.0) - capacityRatio) < 1e-12;
    }

    internal static double Map(int x, double lo, double hi) => lo + (hi - lo) * ((uint)x % 10001u) / 10000.0;
}
