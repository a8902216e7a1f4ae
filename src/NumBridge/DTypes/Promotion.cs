using System.Numerics;

namespace NumBridge;

/// <summary>How permissive a cast may be (NumPy's <c>casting=</c> keyword).</summary>
internal enum Casting
{
    /// <summary><c>'no'</c>: the dtypes must be identical, byte order included.</summary>
    No,

    /// <summary><c>'equiv'</c>: only the byte order may change.</summary>
    Equiv,

    /// <summary><c>'safe'</c>: every value is kept.</summary>
    Safe,

    /// <summary><c>'same_kind'</c>: safe casts, or casts within a kind or to a higher kind (float64 to float32).</summary>
    SameKind,

    /// <summary><c>'unsafe'</c>: anything goes.</summary>
    Unsafe,
}

/// <summary>
/// NumPy 2's type promotion (NEP 50): <c>promote_types</c> for two dtypes, <c>result_type</c> with "weak" Python
/// scalars, and <c>can_cast</c>. As <c>numpy/_core/src/multiarray/convert_datatype.c</c>
/// (<c>PyArray_PromoteTypes</c>, <c>PyArray_CanCastTypeTo</c>) and <c>abstractdtypes.c</c> for the weak scalars.
/// </summary>
/// <remarks>
/// A weak scalar (a C# scalar converted implicitly, <see cref="NDArray.IsWeakScalar"/>) counts only by its kind: an
/// integer takes the other operand's dtype (bool becomes int64), a float takes a floating dtype (integers become
/// float64), a complex takes a complex dtype (float32 becomes complex64). Only when every operand is weak does the
/// default dtype of the highest kind (int64, float64, complex128) result. A C# <c>bool</c> is not weak: it is NumPy's
/// <c>bool</c>, which every other dtype absorbs anyway.
/// </remarks>
internal static class Promotion
{
    /// <summary>The weak kinds, in promotion order.</summary>
    internal enum WeakKind
    {
        None,
        Integer,
        Float,
        Complex,
    }

    /// <summary>The smallest dtype both can be safely cast to, in native byte order (<c>numpy.promote_types</c>).</summary>
    public static DType PromoteTypes(DType a, DType b) => DType.FromCode(Promote(a.Code, b.Code));

    /// <summary>The promotion of two element types.</summary>
    public static DTypeCode Promote(DTypeCode a, DTypeCode b)
    {
        if (a == b)
        {
            return a;
        }

        if (a == DTypeCode.Bool)
        {
            return b;
        }

        if (b == DTypeCode.Bool)
        {
            return a;
        }

        DType da = DType.FromCode(a);
        DType db = DType.FromCode(b);
        if (da.Kind == db.Kind)
        {
            return da.ItemSize >= db.ItemSize ? a : b;
        }

        // Order the pair by kind: u < i < f < c, so only one of each mixed case is written.
        if (KindRank(da.Kind) > KindRank(db.Kind))
        {
            (da, db) = (db, da);
        }

        switch (da.Kind, db.Kind)
        {
            case ('u', 'i'):
                // A signed type holds the unsigned one only when it is wider; uint64 has none, so float64.
                if (da.ItemSize < db.ItemSize)
                {
                    return db.Code;
                }

                return da.ItemSize == 8 ? DTypeCode.Float64 : SignedOfSize(da.ItemSize * 2);
            case ('u' or 'i', 'f'):
                // float16 holds 8-bit integers exactly, float32 16-bit ones, float64 the rest (by NumPy's rule).
                int floatSize = Math.Max(db.ItemSize, da.ItemSize <= 1 ? 2 : da.ItemSize <= 2 ? 4 : 8);
                return FloatOfSize(floatSize);
            case ('u' or 'i', 'c'):
                int complexSize = Math.Max(db.ItemSize, da.ItemSize <= 2 ? 8 : 16);
                return complexSize == 8 ? DTypeCode.Complex64 : DTypeCode.Complex128;
            default:
                // ('f', 'c'): the complex type whose parts hold the float (float16 fits complex64).
                int partsSize = Math.Max(db.ItemSize, da.ItemSize <= 4 ? 8 : 16);
                return partsSize == 8 ? DTypeCode.Complex64 : DTypeCode.Complex128;
        }
    }

    /// <summary>The weak kind of an operand, or <see cref="WeakKind.None"/> for a strong one.</summary>
    public static WeakKind WeakKindOf(NDArray a) => !a.IsWeakScalar ? WeakKind.None : a.dtype.Kind switch
    {
        'i' or 'u' => WeakKind.Integer,
        'f' => WeakKind.Float,
        'c' => WeakKind.Complex,
        _ => WeakKind.None,
    };

    /// <summary>NumPy 2's <c>result_type</c> of operands, weak scalars included.</summary>
    public static DType ResultType(ReadOnlySpan<NDArray> operands)
    {
        DTypeCode? strong = null;
        WeakKind weak = WeakKind.None;
        foreach (NDArray a in operands)
        {
            WeakKind kind = WeakKindOf(a);
            if (kind == WeakKind.None)
            {
                strong = strong is { } s ? Promote(s, a.dtype.Code) : a.dtype.Code;
            }
            else if (kind > weak)
            {
                weak = kind;
            }
        }

        return DType.FromCode(ApplyWeak(strong, weak));
    }

    /// <summary>The result of promoting a strong dtype (or none) with a weak scalar kind.</summary>
    public static DTypeCode ApplyWeak(DTypeCode? strong, WeakKind weak)
    {
        if (strong is not { } s)
        {
            return weak switch
            {
                WeakKind.Float => DTypeCode.Float64,
                WeakKind.Complex => DTypeCode.Complex128,
                _ => DTypeCode.Int64,
            };
        }

        char kind = DType.FromCode(s).Kind;
        return weak switch
        {
            WeakKind.Integer when kind == 'b' => DTypeCode.Int64,
            WeakKind.Float when kind is 'b' or 'i' or 'u' => DTypeCode.Float64,
            WeakKind.Complex when kind is 'b' or 'i' or 'u' => DTypeCode.Complex128,
            WeakKind.Complex when kind == 'f' => s == DTypeCode.Float64 ? DTypeCode.Complex128 : DTypeCode.Complex64,
            _ => s,
        };
    }

    /// <summary>Whether a cast from <paramref name="from"/> to <paramref name="to"/> is allowed under a rule
    /// (<c>numpy.can_cast</c>).</summary>
    public static bool CanCast(DType from, DType to, Casting casting)
    {
        bool sameOrder = from.IsNativeByteOrder == to.IsNativeByteOrder || from.ItemSize == 1;
        switch (casting)
        {
            case Casting.No:
                return from.Code == to.Code && sameOrder;
            case Casting.Equiv:
                return from.Code == to.Code;
            case Casting.Unsafe:
                return true;
        }

        if (Promote(from.Code, to.Code) == to.Code)
        {
            return true;
        }

        // same_kind also allows a narrower type of the same kind, or any type of a higher kind (b < u < i < f < c);
        // uint to int counts as a higher kind, int to uint does not.
        return casting == Casting.SameKind && KindRank(from.Kind) <= KindRank(to.Kind);
    }

    /// <summary>Parses NumPy's casting names.</summary>
    public static Casting ParseCasting(string casting) => casting switch
    {
        null => ThrowHelper.ThrowArgumentNull<Casting>(nameof(casting)),
        "no" => Casting.No,
        "equiv" => Casting.Equiv,
        "safe" => Casting.Safe,
        "same_kind" => Casting.SameKind,
        "unsafe" => Casting.Unsafe,
        _ => ThrowHelper.ThrowArgument<Casting>(Messages.CastingNotUnderstood(casting), nameof(casting)),
    };

    /// <summary>NumPy's name of a casting rule.</summary>
    public static string CastingName(Casting casting) => casting switch
    {
        Casting.No => "no",
        Casting.Equiv => "equiv",
        Casting.Safe => "safe",
        Casting.SameKind => "same_kind",
        _ => "unsafe",
    };

    /// <summary>
    /// Checks that a weak integer scalar fits an integer loop dtype, as NumPy 2 does when it converts a Python int
    /// (<c>OverflowError: Python integer 300 out of bounds for uint8</c>).
    /// </summary>
    public static void CheckWeakIntegerFits(NDArray scalar, DType target)
    {
        if (!target.IsInteger || WeakKindOf(scalar) != WeakKind.Integer)
        {
            return;
        }

        BigInteger value = WeakIntegerValue(scalar);
        if (value < MinValue(target.Code) || value > MaxValue(target.Code))
        {
            ThrowHelper.ThrowOverflow(Messages.PythonIntegerOutOfBounds(value, target));
        }
    }

    /// <summary>The exact value of a weak integer scalar.</summary>
    public static BigInteger WeakIntegerValue(NDArray scalar) => scalar.dtype.Code == DTypeCode.UInt64
        ? new BigInteger(scalar.item<ulong>())
        : new BigInteger(scalar.item<long>());

    /// <summary>The smallest value of an integer type.</summary>
    public static BigInteger MinValue(DTypeCode code) => code switch
    {
        DTypeCode.Int8 => sbyte.MinValue,
        DTypeCode.Int16 => short.MinValue,
        DTypeCode.Int32 => int.MinValue,
        DTypeCode.Int64 => long.MinValue,
        _ => BigInteger.Zero,
    };

    /// <summary>The largest value of an integer type (1 for bool).</summary>
    public static BigInteger MaxValue(DTypeCode code) => code switch
    {
        DTypeCode.Int8 => sbyte.MaxValue,
        DTypeCode.UInt8 => byte.MaxValue,
        DTypeCode.Int16 => short.MaxValue,
        DTypeCode.UInt16 => ushort.MaxValue,
        DTypeCode.Int32 => int.MaxValue,
        DTypeCode.UInt32 => uint.MaxValue,
        DTypeCode.Int64 => long.MaxValue,
        DTypeCode.UInt64 => ulong.MaxValue,
        _ => BigInteger.One,
    };

    private static int KindRank(char kind) => kind switch
    {
        'b' => 0,
        'u' => 1,
        'i' => 2,
        'f' => 3,
        _ => 4,
    };

    private static DTypeCode SignedOfSize(int size) => size switch
    {
        1 => DTypeCode.Int8,
        2 => DTypeCode.Int16,
        4 => DTypeCode.Int32,
        _ => DTypeCode.Int64,
    };

    private static DTypeCode FloatOfSize(int size) => size switch
    {
        2 => DTypeCode.Float16,
        4 => DTypeCode.Float32,
        _ => DTypeCode.Float64,
    };
}
