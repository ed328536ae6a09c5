using Google.OrTools.LinearSolver;

namespace MineRose.Optimization.Solving;

/// <summary>A capacity as it enters the constraints: a constant, or a decision variable (times a scale) when sizing.</summary>
/// <remarks>Dispatch passes constants; sizing passes variables, so the same constraint families serve both. A constraint
/// x ≤ capacity becomes a variable bound when the capacity is constant (no row), and the row x − s·c ≤ 0 when it is a
/// variable c.</remarks>
public readonly record struct CapacityExpression
{
    private CapacityExpression(double constant, Variable? variable, double scale)
    {
        Constant = constant;
        Variable = variable;
        Scale = scale;
    }

    /// <summary>The constant value [the capacity's unit]; 0 when <see cref="Variable"/> is set.</summary>
    public double Constant { get; }

    /// <summary>The decision variable, or null for a constant capacity.</summary>
    public Variable? Variable { get; }

    /// <summary>Multiplier of <see cref="Variable"/> [the capacity's unit per unit of the variable].</summary>
    public double Scale { get; }

    /// <summary>Whether the capacity is a constant.</summary>
    public bool IsConstant => Variable is null;

    /// <summary>A constant capacity.</summary>
    /// <param name="value">The capacity [its unit]; finite, ≥ 0.</param>
    public static CapacityExpression Fixed(double value)
    {
        Core.Guard.NonNegative(value, "capacity");
        return new CapacityExpression(value, null, 0);
    }

    /// <summary>A capacity that is a decision variable times a scale.</summary>
    /// <param name="variable">The decision variable (e.g. installed kW), lower bound ≥ 0.</param>
    /// <param name="scale">Capacity per unit of the variable [its unit]; default 1.</param>
    public static CapacityExpression Of(Variable variable, double scale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(variable);
        Core.Guard.Finite(scale, "scale");
        return new CapacityExpression(0, variable, scale);
    }

    /// <summary>The capacity multiplied by a factor (a constant stays constant).</summary>
    /// <param name="factor">The factor [—].</param>
    public CapacityExpression Times(double factor) =>
        Variable is null ? new CapacityExpression(Constant * factor, null, 0) : new CapacityExpression(0, Variable, Scale * factor);

    /// <summary>The value after a solve: the constant, or the variable's solution times the scale.</summary>
    public double Value => Variable is null ? Constant : Variable.SolutionValue() * Scale;

    /// <summary>Adds coefficient × this capacity to a row's left-hand side and sets the row's bounds: a constant moves to the
    /// bounds (lower − a·C ≤ lhs ≤ upper − a·C), a variable gets the coefficient a·s.</summary>
    /// <param name="row">The row.</param>
    /// <param name="coefficient">The capacity's coefficient a on the left-hand side.</param>
    /// <param name="lower">Row lower bound before the constant is moved.</param>
    /// <param name="upper">Row upper bound before the constant is moved.</param>
    internal void AddTo(Constraint row, double coefficient, double lower, double upper)
    {
        if (Variable is null)
        {
            row.SetBounds(lower - coefficient * Constant, upper - coefficient * Constant);
        }
        else
        {
            row.SetCoefficient(Variable, coefficient * Scale + row.GetCoefficient(Variable));
            row.SetBounds(lower, upper);
        }
    }
}
