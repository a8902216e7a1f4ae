using System.Diagnostics;

namespace NumBridge.Kernels;

/// <summary>
/// Runs element-wise ufuncs in NumPy's four steps: (1) the result dtype (<see cref="Promotion"/>, NEP 50); (2) the
/// loop from <see cref="UfuncTable"/>; (3) broadcasting and the <see cref="NDIterator"/>; (4) a 1-D inner loop.
/// </summary>
/// <remarks>
/// An input whose dtype is not the loop's is cast first into a temporary, where NumPy casts in buffered chunks; a
/// weak scalar is converted (checked) to the loop dtype. An output of another dtype than the loop's gets the result
/// through a same-kind cast. An input that overlaps the output other than element for element is copied first, so
/// <c>a[1:] += a[:-1]</c> reads the old values, as NumPy's <c>NPY_ITER_COPY_IF_OVERLAP</c>.
/// </remarks>
internal static unsafe class Ufunc
{
    public static NDArray Binary<TOp>(UfuncInfo ufunc, NDArray x1, NDArray x2, NDArray? @out)
        where TOp : IBinaryOperator
    {
        using var call = new Call(ufunc, [x1, x2], @out);
        DType loop = call.Prepare();
        var visitor = new BinaryVisitor<TOp>(call);
        DTypeSwitch.Invoke<BinaryVisitor<TOp>, bool>(loop.Code, ref visitor);
        return call.Finish();
    }

    public static NDArray Predicate<TOp>(UfuncInfo ufunc, NDArray x1, NDArray x2, NDArray? @out)
        where TOp : IPredicateOperator
    {
        using var call = new Call(ufunc, [x1, x2], @out);
        DType loop = call.Prepare();
        var visitor = new PredicateVisitor<TOp>(call);
        DTypeSwitch.Invoke<PredicateVisitor<TOp>, bool>(loop.Code, ref visitor);
        return call.Finish();
    }

    public static NDArray Unary<TOp>(UfuncInfo ufunc, NDArray x, NDArray? @out)
        where TOp : IUnaryOperator
    {
        using var call = new Call(ufunc, [x], @out);
        DType loop = call.Prepare();
        var visitor = new UnaryVisitor<TOp>(call);
        DTypeSwitch.Invoke<UnaryVisitor<TOp>, bool>(loop.Code, ref visitor);
        return call.Finish();
    }

    public static NDArray UnaryPredicate<TOp>(UfuncInfo ufunc, NDArray x, NDArray? @out)
        where TOp : IUnaryPredicateOperator
    {
        using var call = new Call(ufunc, [x], @out);
        DType loop = call.Prepare();
        var visitor = new UnaryPredicateVisitor<TOp>(call);
        DTypeSwitch.Invoke<UnaryPredicateVisitor<TOp>, bool>(loop.Code, ref visitor);
        return call.Finish();
    }

    /// <summary>Runs any inner loop over the prepared operands of a call.</summary>
    public static void Run<TLoop>(Call call, in TLoop loop)
        where TLoop : struct, IInnerLoop
    {
        if (call.Casts is { } casts)
        {
            NDIterator.Run(new BufferedLoop<TLoop>(loop, casts), call.Shape, call.Data, call.Strides, call.BytesPerElement);
            return;
        }

        NDIterator.Run(loop, call.Shape, call.Data, call.Strides, call.BytesPerElement);
    }

    /// <summary>
    /// The broadcast shape of the operands, or NumPy's ValueError (as <see cref="ArgumentException"/>) listing every
    /// operand's shape.
    /// </summary>
    public static nint[] BroadcastShape(ReadOnlySpan<NDArray> operands)
    {
        var shapes = new nint[operands.Length][];
        for (int i = 0; i < operands.Length; i++)
        {
            shapes[i] = operands[i].shape.Dims.ToArray();
        }

        nint[]? shape = Broadcasting.Shape(shapes);
        if (shape is null)
        {
            var all = new Shape[operands.Length];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = operands[i].shape;
            }

            ThrowHelper.ThrowArgument(Messages.CannotBroadcast(all), operands.Length > 1 ? "x2" : "x");
        }

        return shape;
    }

    /// <summary>
    /// Checks <paramref name="out"/> for a result of <paramref name="shape"/> and <paramref name="result"/> dtype:
    /// writeable, exactly the broadcast shape, and same-kind castable (NumPy's UFuncTypeError, as
    /// <see cref="ArgumentException"/> naming <c>out</c>).
    /// </summary>
    public static void CheckOut(string ufunc, NDArray @out, ReadOnlySpan<nint> shape, DType result)
    {
        @out.ThrowIfNotWriteable();
        if (!@out.shape.Dims.SequenceEqual(shape))
        {
            ThrowHelper.ThrowArgument(Messages.NonBroadcastableOutput(@out.shape, new Shape(shape)), nameof(@out));
        }

        if (!Promotion.CanCast(result, @out.dtype, Casting.SameKind))
        {
            ThrowHelper.ThrowArgument(Messages.CannotCastUfuncOutput(ufunc, result, @out.dtype, "same_kind"), nameof(@out));
        }
    }

    /// <summary>A new array of <paramref name="shape"/> laid out like the first input of that shape ('K' order).</summary>
    public static NDArray AllocateResult(ReadOnlySpan<NDArray> inputs, DType dtype, nint[] shape)
    {
        foreach (NDArray a in inputs)
        {
            if (a.shape.Dims.SequenceEqual(shape))
            {
                return NDArray.AllocateLike(a, dtype, 'K');
            }
        }

        return NDArray.Allocate(dtype, Shape.Wrap(shape));
    }

    /// <summary>Whether <paramref name="input"/> would be corrupted by writes to <paramref name="output"/> while it is
    /// read: they overlap and are not the same elements in the same places.</summary>
    public static bool Overlaps(NDArray input, NDArray output, nint[] shape)
    {
        if (!np.may_share_memory(input, output))
        {
            return false;
        }

        nint[]? strides = Broadcasting.Strides(input.shape.Dims, input.StridesSpan, shape);
        return input.Offset != output.Offset || input.dtype.ItemSize != output.dtype.ItemSize
            || strides is null || !strides.AsSpan().SequenceEqual(output.StridesSpan);
    }

    /// <summary>The state of one ufunc call: its converted inputs, its output and the iteration operands.</summary>
    internal sealed class Call : IDisposable
    {
        private readonly UfuncInfo _ufunc;
        private readonly NDArray[] _inputs;
        private readonly NDArray? _out;
        private readonly List<NDArray> _temporaries = [];
        private NDArray? _result;

        public Call(UfuncInfo ufunc, NDArray[] inputs, NDArray? @out)
        {
            _ufunc = ufunc;
            _inputs = inputs;
            _out = @out;
            for (int i = 0; i < inputs.Length; i++)
            {
                ArgumentNullException.ThrowIfNull(inputs[i], inputs.Length == 1 ? "x" : i == 0 ? "x1" : "x2");
                inputs[i].ThrowIfDisposed();
            }

            @out?.ThrowIfDisposed();
        }

        public nint[] Shape { get; private set; } = [];

        public nint[] Data { get; private set; } = [];

        public nint[][] Strides { get; private set; } = [];

        public long BytesPerElement { get; private set; }

        /// <summary>The inputs cast chunk by chunk during the loop, or null when every operand has the loop's dtype.</summary>
        public CastPlan? Casts { get; private set; }

        /// <summary>The result dtype before any cast into <c>out</c>.</summary>
        public DType ResultDType { get; private set; } = np.float64;

        /// <summary>Resolves the loop dtype and readies the operands; returns the loop dtype.</summary>
        public DType Prepare(DType? loopOverride = null, DType? resultOverride = null)
        {
            DType loop = loopOverride ?? UfuncTable.LoopDType(_ufunc, Promotion.ResultType(_inputs));
            DType result = resultOverride ?? (_ufunc.ReturnsBool ? np.@bool : loop);
            var loops = new DType[_inputs.Length];
            Array.Fill(loops, loop);
            PrepareMixed(loops, result);
            return loop;
        }

        /// <summary>Readies the operands for a loop with one dtype per input (<c>where</c>: bool, T, T).</summary>
        public void PrepareMixed(DType[] inputLoops, DType result)
        {
            ResultDType = result;
            nint[] shape = BroadcastShape(_inputs);
            if (_out is not null)
            {
                CheckOut(_ufunc.Name, _out, shape, result);
            }

            for (int i = 0; i < _inputs.Length; i++)
            {
                if (_inputs[i].dtype != inputLoops[i])
                {
                    Promotion.CheckWeakIntegerFits(_inputs[i], inputLoops[i]);
                }
            }

            NDArray output = _out is not null && _out.dtype == result ? _out : AllocateResult(_inputs, result, shape);
            bool intoOut = ReferenceEquals(output, _out);
            NDArray[] operands = new NDArray[_inputs.Length + 1];
            for (int i = 0; i < _inputs.Length; i++)
            {
                NDArray a = _inputs[i];
                DType loop = inputLoops[i];
                bool overlaps = intoOut && Overlaps(a, output, shape);
                if (a.dtype != loop)
                {
                    if (CanBuffer(a, loop) && !overlaps)
                    {
                        Casts ??= new CastPlan(operands.Length);
                        Casts.Functions[i] = ChunkCast.Function(a.dtype, loop);
                        Casts.ItemSizes[i] = loop.ItemSize;
                        Casts.BufferBytes += CastPlan.Chunk * loop.ItemSize;
                    }
                    else
                    {
                        a = a.astype(loop);
                        _temporaries.Add(a);
                    }
                }
                else if (overlaps)
                {
                    a = a.copy();
                    _temporaries.Add(a);
                }

                operands[i] = a;
            }

            _result = output;
            operands[^1] = output;
            Shape = shape;
            Data = new nint[operands.Length];
            Strides = new nint[operands.Length][];
            long bytes = 0;
            for (int i = 0; i < operands.Length; i++)
            {
                NDArray a = operands[i];
                Data[i] = (nint)a.Data;
                Strides[i] = Broadcasting.Strides(a.shape.Dims, a.StridesSpan, shape)!;
                bytes += a.itemsize;
            }

            BytesPerElement = bytes;
        }

        /// <summary>
        /// Whether <paramref name="input"/> is cast during the loop rather than into a whole temporary first: large
        /// inputs in native byte order (a small one costs less to convert once, and keeps the broadcast fast paths).
        /// </summary>
        private static bool CanBuffer(NDArray input, DType loop) =>
            input.size >= CastPlan.Chunk && input.dtype.IsNativeByteOrder && loop.IsNativeByteOrder;

        /// <summary>Casts the result into <c>out</c> when it could not be written there directly; returns the result.</summary>
        public NDArray Finish()
        {
            Debug.Assert(_result is not null);
            GC.KeepAlive(_inputs);
            if (_out is null || ReferenceEquals(_result, _out))
            {
                return _result;
            }

            ArrayCopy.Copy(_result, _out);
            _temporaries.Add(_result);
            return _out;
        }

        public void Dispose()
        {
            foreach (NDArray a in _temporaries)
            {
                if (!_inputs.Contains(a))
                {
                    a.Dispose();
                }
            }
        }
    }

    private readonly struct BinaryVisitor<TOp>(Call call) : IDTypeVisitor<bool>
        where TOp : IBinaryOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            BinaryLoop<TOp, T> loop = default;
            if (call.Casts is not null
                || !RepeatingRows.TryRun(loop, call.Shape, call.Data, call.Strides, sizeof(T), call.BytesPerElement))
            {
                Run(call, loop);
            }

            return true;
        }
    }

    private readonly struct PredicateVisitor<TOp>(Call call) : IDTypeVisitor<bool>
        where TOp : IPredicateOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Run(call, default(PredicateLoop<TOp, T>));
            return true;
        }
    }

    private readonly struct UnaryVisitor<TOp>(Call call) : IDTypeVisitor<bool>
        where TOp : IUnaryOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Run(call, default(UnaryLoop<TOp, T>));
            return true;
        }
    }

    private readonly struct UnaryPredicateVisitor<TOp>(Call call) : IDTypeVisitor<bool>
        where TOp : IUnaryPredicateOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Run(call, default(UnaryPredicateLoop<TOp, T>));
            return true;
        }
    }
}
