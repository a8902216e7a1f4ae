namespace NumBridge.Kernels;

/// <summary>Which loop dtypes a ufunc has, and so which loop a promoted input dtype runs in.</summary>
internal enum LoopRule
{
    /// <summary>A loop for every dtype (<c>add</c>, <c>maximum</c>, comparisons).</summary>
    All,

    /// <summary>Every dtype but bool, which raises the ufunc's own TypeError (<c>subtract</c>, <c>negative</c>).</summary>
    NoBool,

    /// <summary>Integer, float and complex loops; bool runs in int8 (<c>power</c>, <c>square</c>).</summary>
    BoolAsInt8,

    /// <summary>Integer and float loops; bool runs in int8, complex has none (<c>floor_divide</c>, <c>remainder</c>).</summary>
    Real,

    /// <summary>Float and complex only: bool and integers go to float64 (<c>true_divide</c>).</summary>
    TrueDivide,

    /// <summary>Float and complex loops (e, f, d, F, D): an integer runs in the smallest float that holds it
    /// (int8 in float16, int16 in float32, wider in float64), as the first loop it safely casts to.</summary>
    Float,

    /// <summary>As <see cref="Float"/>, without complex (<c>floor</c>, <c>ceil</c>).</summary>
    FloatNoComplex,

    /// <summary>Bool and integer loops only (<c>bitwise_and</c>, <c>invert</c>).</summary>
    Integer,
}

/// <summary>One ufunc: NumPy's name, arity, loop dtypes and whether its output is bool.</summary>
internal sealed record UfuncInfo(string Name, int Arity, LoopRule Rule, bool ReturnsBool = false);

/// <summary>
/// One data row per ufunc, as <c>defdict</c> in <c>numpy/_core/code_generators/generate_umath.py</c>, and the loop
/// selection those rows imply (<c>ufunc_type_resolution.c</c>: the first loop the promoted input casts to safely).
/// </summary>
internal static class UfuncTable
{
    public static readonly UfuncInfo Add = new("add", 2, LoopRule.All);
    public static readonly UfuncInfo Subtract = new("subtract", 2, LoopRule.NoBool);
    public static readonly UfuncInfo Multiply = new("multiply", 2, LoopRule.All);
    public static readonly UfuncInfo Divide = new("divide", 2, LoopRule.TrueDivide);
    public static readonly UfuncInfo FloorDivide = new("floor_divide", 2, LoopRule.Real);
    public static readonly UfuncInfo Remainder = new("remainder", 2, LoopRule.Real);
    public static readonly UfuncInfo Power = new("power", 2, LoopRule.BoolAsInt8);
    public static readonly UfuncInfo Minimum = new("minimum", 2, LoopRule.All);
    public static readonly UfuncInfo Maximum = new("maximum", 2, LoopRule.All);
    public static readonly UfuncInfo BitwiseAnd = new("bitwise_and", 2, LoopRule.Integer);
    public static readonly UfuncInfo BitwiseOr = new("bitwise_or", 2, LoopRule.Integer);
    public static readonly UfuncInfo BitwiseXor = new("bitwise_xor", 2, LoopRule.Integer);
    public static readonly UfuncInfo Equal = new("equal", 2, LoopRule.All, true);
    public static readonly UfuncInfo NotEqual = new("not_equal", 2, LoopRule.All, true);
    public static readonly UfuncInfo Less = new("less", 2, LoopRule.All, true);
    public static readonly UfuncInfo LessEqual = new("less_equal", 2, LoopRule.All, true);
    public static readonly UfuncInfo Greater = new("greater", 2, LoopRule.All, true);
    public static readonly UfuncInfo GreaterEqual = new("greater_equal", 2, LoopRule.All, true);
    public static readonly UfuncInfo LogicalAnd = new("logical_and", 2, LoopRule.All, true);
    public static readonly UfuncInfo LogicalOr = new("logical_or", 2, LoopRule.All, true);
    public static readonly UfuncInfo LogicalXor = new("logical_xor", 2, LoopRule.All, true);

    public static readonly UfuncInfo Negative = new("negative", 1, LoopRule.NoBool);
    public static readonly UfuncInfo Absolute = new("absolute", 1, LoopRule.All);
    public static readonly UfuncInfo Square = new("square", 1, LoopRule.BoolAsInt8);
    public static readonly UfuncInfo Sqrt = new("sqrt", 1, LoopRule.Float);
    public static readonly UfuncInfo Exp = new("exp", 1, LoopRule.Float);
    public static readonly UfuncInfo Log = new("log", 1, LoopRule.Float);
    public static readonly UfuncInfo Log1p = new("log1p", 1, LoopRule.Float);
    public static readonly UfuncInfo Sin = new("sin", 1, LoopRule.Float);
    public static readonly UfuncInfo Cos = new("cos", 1, LoopRule.Float);
    public static readonly UfuncInfo Tanh = new("tanh", 1, LoopRule.Float);
    public static readonly UfuncInfo Floor = new("floor", 1, LoopRule.FloatNoComplex);
    public static readonly UfuncInfo Ceil = new("ceil", 1, LoopRule.FloatNoComplex);
    public static readonly UfuncInfo Rint = new("rint", 1, LoopRule.Float);
    public static readonly UfuncInfo Invert = new("invert", 1, LoopRule.Integer);
    public static readonly UfuncInfo LogicalNot = new("logical_not", 1, LoopRule.All, true);
    public static readonly UfuncInfo IsNaN = new("isnan", 1, LoopRule.All, true);
    public static readonly UfuncInfo IsFinite = new("isfinite", 1, LoopRule.All, true);

    /// <summary>The dtype the loop runs in for a promoted input dtype; throws NumPy's TypeError text where the
    /// ufunc has no loop.</summary>
    public static DType LoopDType(UfuncInfo ufunc, DType promoted)
    {
        char kind = promoted.Kind;
        DTypeCode code = promoted.Code;
        switch (ufunc.Rule)
        {
            case LoopRule.NoBool when kind == 'b':
                ThrowHelper.ThrowArgument(ufunc == Negative ? Messages.BooleanNegative : Messages.BooleanSubtract, "x1");
                break;
            case LoopRule.BoolAsInt8 when kind == 'b':
                return np.int8;
            case LoopRule.Real when kind == 'b':
                return np.int8;
            case LoopRule.Real when kind == 'c':
            case LoopRule.FloatNoComplex when kind == 'c':
            case LoopRule.Integer when kind is 'f' or 'c':
                ThrowHelper.ThrowArgument(Messages.UfuncNotSupported(ufunc.Name), "x1");
                break;
            case LoopRule.TrueDivide when kind is 'b' or 'i' or 'u':
                return np.float64;
            case LoopRule.Float or LoopRule.FloatNoComplex when kind is 'b' or 'i' or 'u':
                return code switch
                {
                    DTypeCode.Bool or DTypeCode.Int8 or DTypeCode.UInt8 => np.float16,
                    DTypeCode.Int16 or DTypeCode.UInt16 => np.float32,
                    _ => np.float64,
                };
        }

        return promoted.Native;
    }
}
