using System.Numerics;

namespace NumBridge;

// Data type routines: NumPy 2's promotion rules (NEP 50).
public static partial class np
{
    /// <summary>
    /// Returns the data type with the smallest size and smallest kind to which both types may be safely cast
    /// (<c>numpy.promote_types</c>). The result is in native byte order.
    /// </summary>
    /// <param name="type1">The first dtype.</param>
    /// <param name="type2">The second dtype.</param>
    /// <returns>The promoted dtype.</returns>
    /// <exception cref="ArgumentNullException">A dtype is null.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.promote_types(np.uint8, np.int8)); // int16
    /// Console.WriteLine(np.promote_types("i8", "u8"));        // float64
    /// </code>
    /// </example>
    public static DType promote_types(DType type1, DType type2)
    {
        ArgumentNullException.ThrowIfNull(type1);
        ArgumentNullException.ThrowIfNull(type2);
        return Promotion.PromoteTypes(type1, type2);
    }

    /// <summary>
    /// Returns the type that results from applying NumPy 2's promotion rules (NEP 50) to the arguments
    /// (<c>numpy.result_type</c>).
    /// </summary>
    /// <param name="arrays_and_dtypes">Arrays (<see cref="NDArray"/>), dtypes (<see cref="DType"/> or a dtype string)
    /// and C# scalars. A C# integer, floating-point or complex scalar is weak, as a Python scalar: it takes the kind
    /// of the other operands (<c>result_type(np.uint8, 1)</c> is uint8); a C# bool is NumPy's bool.</param>
    /// <returns>The result dtype.</returns>
    /// <exception cref="ArgumentException">No argument was given (NumPy's <c>at least one array or dtype is required</c>),
    /// or an argument is not an array, dtype or number.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.result_type(np.uint8, 1));   // uint8
    /// Console.WriteLine(np.result_type(np.uint8, 1.0)); // float64
    /// Console.WriteLine(np.result_type(np.float32, 1j)); // complex64 (a Complex scalar)
    /// </code>
    /// </example>
    public static DType result_type(params object[] arrays_and_dtypes)
    {
        ArgumentNullException.ThrowIfNull(arrays_and_dtypes);
        if (arrays_and_dtypes.Length == 0)
        {
            ThrowHelper.ThrowArgument(Messages.AtLeastOneArrayOrDType, nameof(arrays_and_dtypes));
        }

        DTypeCode? strong = null;
        Promotion.WeakKind weak = Promotion.WeakKind.None;
        foreach (object item in arrays_and_dtypes)
        {
            DType? dtype = null;
            Promotion.WeakKind kind = Promotion.WeakKind.None;
            switch (item)
            {
                case NDArray a:
                    kind = Promotion.WeakKindOf(a);
                    dtype = a.dtype;
                    break;
                case DType d:
                    dtype = d;
                    break;
                case string s:
                    dtype = DType.Parse(s);
                    break;
                case bool:
                    dtype = @bool;
                    break;
                case sbyte or byte or short or ushort or int or uint or long or ulong:
                    kind = Promotion.WeakKind.Integer;
                    break;
                case Half or float or double:
                    kind = Promotion.WeakKind.Float;
                    break;
                case Complex or Complex64:
                    kind = Promotion.WeakKind.Complex;
                    break;
                default:
                    ThrowHelper.ThrowArgument($"Cannot interpret '{item}' as a data type", nameof(arrays_and_dtypes));
                    break;
            }

            if (kind != Promotion.WeakKind.None)
            {
                weak = kind > weak ? kind : weak;
            }
            else
            {
                strong = strong is { } s ? Promotion.Promote(s, dtype!.Code) : dtype!.Code;
            }
        }

        return DType.FromCode(Promotion.ApplyWeak(strong, weak));
    }

    /// <summary>Returns whether a cast can occur according to the casting rule (<c>numpy.can_cast</c>).</summary>
    /// <param name="from">The dtype to cast from.</param>
    /// <param name="to">The dtype to cast to.</param>
    /// <param name="casting"><c>"no"</c>, <c>"equiv"</c>, <c>"safe"</c> (the default), <c>"same_kind"</c> or <c>"unsafe"</c>.</param>
    /// <returns>Whether the cast is allowed.</returns>
    /// <exception cref="ArgumentNullException">A dtype is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got 'x')</c>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.can_cast(np.int64, np.float64));            // True
    /// Console.WriteLine(np.can_cast(np.float64, np.float32));          // False
    /// Console.WriteLine(np.can_cast(np.float64, np.float32, "same_kind")); // True
    /// </code>
    /// </example>
    public static bool can_cast(DType from, DType to, string casting = "safe")
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(casting);
        return Promotion.CanCast(from, to, Promotion.ParseCasting(casting));
    }

    /// <summary>Returns whether an array's dtype can be cast according to the casting rule (<c>numpy.can_cast</c>
    /// with an array; NumPy 2 looks only at the dtype).</summary>
    /// <param name="from">The array whose dtype is cast.</param>
    /// <param name="to">The dtype to cast to.</param>
    /// <param name="casting">The casting rule, as in <see cref="can_cast(DType, DType, string)"/>.</param>
    /// <returns>Whether the cast is allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The casting rule is unknown.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.can_cast(np.arange(3), np.float64)); // True
    /// </code>
    /// </example>
    public static bool can_cast(NDArray from, DType to, string casting = "safe")
    {
        ArgumentNullException.ThrowIfNull(from);
        return can_cast(from.dtype, to, casting);
    }
}
