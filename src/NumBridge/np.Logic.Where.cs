using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    private static readonly UfuncInfo s_where = new("where", 3, LoopRule.All);

    /// <summary>Returns elements chosen from <paramref name="x"/> or <paramref name="y"/> depending on
    /// <paramref name="condition"/> (<c>numpy.where</c>), with broadcasting.</summary>
    /// <param name="condition">Where true (nonzero), take <paramref name="x"/>, else <paramref name="y"/>.</param>
    /// <param name="x">The values where the condition holds; a C# scalar is weak (NEP 50).</param>
    /// <param name="y">The values elsewhere; a C# scalar is weak (NEP 50).</param>
    /// <returns>A new array of the broadcast shape and NumPy 2's result type of <paramref name="x"/> and <paramref name="y"/>.</returns>
    /// <remarks>The dtype follows NEP 50, as NumPy 2's <c>where</c>: <c>where(c, uint8_array, 2)</c> is uint8.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the result's integer dtype.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(4);
    /// Console.WriteLine(np.where(np.less(a, 2), a, -1)); // [ 0  1 -1 -1]
    /// </code>
    /// </example>
    public static NDArray where(NDArray condition, NDArray x, NDArray y)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        condition.ThrowIfDisposed();
        DType result = Promotion.ResultType([x, y]);
        NDArray truth = condition.dtype == @bool ? condition : condition.astype(@bool);
        try
        {
            using var call = new Ufunc.Call(s_where, [truth, x, y], null);
            call.PrepareMixed([@bool, result, result], result);
            var visitor = new WhereVisitor(call);
            DTypeSwitch.Invoke<WhereVisitor, bool>(result.Code, ref visitor);
            return call.Finish();
        }
        finally
        {
            if (!ReferenceEquals(truth, condition))
            {
                truth.Dispose();
            }
        }
    }

    private readonly struct WhereVisitor(Ufunc.Call call) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Ufunc.Run(call, default(WhereLoop<T>));
            return true;
        }
    }
}
