namespace MineRose.Core.Grid;

/// <summary>The monthly charges of a bill for one calendar month (local time): demand on the month's peak import and contracted capacity, pro rata for the part of the month covered.</summary>
/// <param name="Year">Calendar year, local time.</param>
/// <param name="Month">Calendar month 1–12, local time.</param>
/// <param name="MonthFraction">Fraction of the month the bill's grid covers, f_m [–].</param>
/// <param name="PeakImportKw">Highest interval-average import in the covered part of the month, P_max,m [kW].</param>
/// <param name="DemandChargeCny">c_dem · P_max,m · f_m; 0 without a demand charge [CNY].</param>
/// <param name="CapacityChargeCny">c_cap · S · f_m; 0 without a capacity charge [CNY].</param>
public sealed record MonthlyGridCharge(int Year, int Month, double MonthFraction, double PeakImportKw, double DemandChargeCny, double CapacityChargeCny);
