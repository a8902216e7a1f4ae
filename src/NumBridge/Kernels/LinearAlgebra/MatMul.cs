using System.Numerics.Tensors;

namespace NumBridge.Kernels;

/// <summary>
/// <c>matmul</c> and <c>dot</c>: shape rules, promotion and the batch loop around the 2-D kernels (<see cref="Gemm{T}"/>
/// for float32/float64, <see cref="SimpleMatMul{T}"/> for the rest).
/// </summary>
/// <remarks>
/// matmul is NumPy's gufunc <c>(n?,k),(k,m?)-&gt;(n?,m?)</c>: a 1-D first operand is a row <c>(1,k)</c>, a 1-D
/// second operand a column <c>(k,1)</c>, and the added dimension is dropped from the result; the dimensions before the
/// last two broadcast. float16 is computed in float32 and rounded once per element, as NumPy's half loop sums in float.
/// Inputs of another dtype than the promoted one are cast into temporaries first.
/// </remarks>
internal static unsafe class MatMul
{
    public static NDArray Matmul(NDArray x1, NDArray x2, NDArray? @out)
    {
        ArgumentNullException.ThrowIfNull(x1);
        ArgumentNullException.ThrowIfNull(x2);
        x1.ThrowIfDisposed();
        x2.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        if (x1.ndim == 0)
        {
            ThrowHelper.ThrowArgument(Messages.MatmulNotEnoughDimensions(0), nameof(x1));
        }

        if (x2.ndim == 0)
        {
            ThrowHelper.ThrowArgument(Messages.MatmulNotEnoughDimensions(1), nameof(x2));
        }

        bool rowVector = x1.ndim == 1;
        bool columnVector = x2.ndim == 1;
        ReadOnlySpan<nint> a = x1.shape.Dims;
        ReadOnlySpan<nint> b = x2.shape.Dims;
        nint n = rowVector ? 1 : a[^2];
        nint k = a[^1];
        nint kb = columnVector ? b[0] : b[^2];
        nint m = columnVector ? 1 : b[^1];
        if (kb != k)
        {
            ThrowHelper.ThrowArgument(Messages.MatmulCoreMismatch("Input", 1, 0, kb, k), nameof(x2));
        }

        nint[] batchA = x1.ndim > 2 ? a[..^2].ToArray() : [];
        nint[] batchB = x2.ndim > 2 ? b[..^2].ToArray() : [];
        nint[]? batch = Broadcasting.Shape([batchA, batchB]);
        if (batch is null)
        {
            ThrowHelper.ThrowArgument(Messages.MatmulBatchBroadcast(x1.shape, x2.shape, n, m), nameof(x2));
        }

        var resultDims = new List<nint>(batch);
        if (!rowVector)
        {
            resultDims.Add(n);
        }

        if (!columnVector)
        {
            resultDims.Add(m);
        }

        DType loop = Promotion.ResultType([x1, x2]);
        if (@out is not null)
        {
            CheckOut(@out, resultDims, rowVector, columnVector, loop);
        }

        NDArray aCore = rowVector ? x1.CreateView(Shape.Wrap([1, k]), [0, x1.StridesSpan[0]]) : x1;
        NDArray bCore = columnVector ? x2.CreateView(Shape.Wrap([k, 1]), [x2.StridesSpan[0], 0]) : x2;
        NDArray result;
        try
        {
            result = Product(aCore, bCore, batch, Shape.Wrap(resultDims.ToArray()), loop);
        }
        finally
        {
            if (rowVector)
            {
                aCore.Dispose();
            }

            if (columnVector)
            {
                bCore.Dispose();
            }
        }

        if (@out is null)
        {
            return result;
        }

        using (result)
        {
            ArrayCopy.Copy(result, @out);
        }

        return @out;
    }

    public static NDArray Dot(NDArray a, NDArray b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.ThrowIfDisposed();
        b.ThrowIfDisposed();
        if (a.ndim == 0 || b.ndim == 0)
        {
            return np.multiply(a, b);
        }

        int axisA = a.ndim - 1;
        int axisB = b.ndim == 1 ? 0 : b.ndim - 2;
        nint k = a.shape.Dims[axisA];
        if (b.shape.Dims[axisB] != k)
        {
            ThrowHelper.ThrowArgument(Messages.DotNotAligned(a.shape, b.shape, axisA, axisB), nameof(b));
        }

        // dot(a, b)[i..., j..., m] = sum(a[i..., :] * b[j..., :, m]): A is a as (P, k), B is b with its k axis moved
        // first, as (k, Q*m); the product (P, Q*m) is the result in C order.
        var resultDims = new List<nint>(a.shape.Dims[..^1].ToArray());
        nint p = 1;
        foreach (nint d in a.shape.Dims[..^1])
        {
            p = checked(p * d);
        }

        nint columns = 1;
        for (int i = 0; i < b.ndim; i++)
        {
            if (i != axisB)
            {
                resultDims.Add(b.shape.Dims[i]);
                columns = checked(columns * b.shape.Dims[i]);
            }
        }

        DType loop = Promotion.ResultType([a, b]);
        using NDArray aCore = a.reshape(Shape.Wrap([p, k]));
        using NDArray bMoved = b.moveaxis(axisB, 0);
        using NDArray bCore = bMoved.reshape(Shape.Wrap([k, columns]));
        return Product(aCore, bCore, [], Shape.Wrap(resultDims.ToArray()), loop);
    }

    private static void CheckOut(NDArray @out, List<nint> resultDims, bool rowVector, bool columnVector, DType loop)
    {
        @out.ThrowIfNotWriteable();
        ReadOnlySpan<nint> o = @out.shape.Dims;
        if (o.Length == resultDims.Count)
        {
            // The core dimensions first, as the gufunc checks them before it broadcasts the loop dimensions.
            int core = (rowVector ? 0 : 1) + (columnVector ? 0 : 1);
            for (int i = 0; i < core; i++)
            {
                int axis = o.Length - core + i;
                if (o[axis] != resultDims[axis])
                {
                    ThrowHelper.ThrowArgument(Messages.MatmulCoreMismatch("Output", 0, i, o[axis], resultDims[axis]), nameof(@out));
                }
            }
        }

        if (!o.SequenceEqual(resultDims.ToArray()))
        {
            ThrowHelper.ThrowArgument(Messages.NonBroadcastableOutput(@out.shape, Shape.Wrap(resultDims.ToArray())), nameof(@out));
        }

        if (!Promotion.CanCast(loop, @out.dtype, Casting.SameKind))
        {
            ThrowHelper.ThrowArgument(Messages.CannotCastUfuncOutput("matmul", loop, @out.dtype, "same_kind"), nameof(@out));
        }
    }

    /// <summary>
    /// The product of <paramref name="a"/> <c>(batchA..., n, k)</c> and <paramref name="b"/> <c>(batchB..., k, m)</c>,
    /// whose batch dimensions broadcast to <paramref name="batch"/>, into a new C-ordered array of
    /// <paramref name="shape"/> (which holds <c>batch x n x m</c> elements in that order).
    /// </summary>
    private static NDArray Product(NDArray a, NDArray b, nint[] batch, Shape shape, DType loop)
    {
        DType compute = loop.Code == DTypeCode.Float16 ? np.float32 : loop;
        NDArray ac = a.dtype == compute ? a : a.astype(compute);
        NDArray bc = b.dtype == compute ? b : b.astype(compute);
        try
        {
            NDArray result = NDArray.Allocate(compute, shape);
            var visitor = new BatchVisitor(ac, bc, result, batch);
            DTypeSwitch.Invoke<BatchVisitor, bool>(compute.Code, ref visitor);
            GC.KeepAlive(ac);
            GC.KeepAlive(bc);
            if (compute == loop)
            {
                return result;
            }

            using (result)
            {
                return result.astype(loop);
            }
        }
        finally
        {
            if (!ReferenceEquals(ac, a))
            {
                ac.Dispose();
            }

            if (!ReferenceEquals(bc, b))
            {
                bc.Dispose();
            }
        }
    }

    /// <summary>Runs the 2-D kernel once per batch index, walking the broadcast batch strides as an odometer.</summary>
    private readonly struct BatchVisitor(NDArray a, NDArray b, NDArray c, nint[] batch) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            int nd = batch.Length;
            ReadOnlySpan<nint> aDims = a.shape.Dims;
            ReadOnlySpan<nint> bDims = b.shape.Dims;
            nint n = aDims[^2];
            nint k = aDims[^1];
            nint m = bDims[^1];
            ReadOnlySpan<nint> aStrides = a.StridesSpan;
            ReadOnlySpan<nint> bStrides = b.StridesSpan;
            nint[] aBatch = Broadcasting.Strides(aDims[..^2], aStrides[..^2], batch)!;
            nint[] bBatch = Broadcasting.Strides(bDims[..^2], bStrides[..^2], batch)!;
            nint count = 1;
            foreach (nint d in batch)
            {
                count = checked(count * d);
            }

            var index = new nint[nd];
            byte* aData = a.Data;
            byte* bData = b.Data;
            T* cData = (T*)c.Data;
            nint aOffset = 0;
            nint bOffset = 0;
            for (nint q = 0; q < count; q++)
            {
                var am = new StridedMatrix(aData + aOffset, n, k, aStrides[^2], aStrides[^1]);
                var bm = new StridedMatrix(bData + bOffset, k, m, bStrides[^2], bStrides[^1]);
                Multiply(am, bm, cData + (q * n * m), m);
                for (int d = nd - 1; d >= 0; d--)
                {
                    aOffset += aBatch[d];
                    bOffset += bBatch[d];
                    if (++index[d] < batch[d])
                    {
                        break;
                    }

                    aOffset -= aBatch[d] * batch[d];
                    bOffset -= bBatch[d] * batch[d];
                    index[d] = 0;
                }
            }

            return true;
        }

        private static void Multiply<T>(in StridedMatrix a, in StridedMatrix b, T* c, nint ldc)
            where T : unmanaged
        {
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
            {
                if (b.Cols == 1)
                {
                    MatrixVector(a, b, c, ldc);
                }
                else
                {
                    Gemm<T>.Multiply(a, b, c, ldc);
                }
            }
            else
            {
                SimpleMatMul<T>.Multiply(a, b, c, ldc);
            }
        }

        /// <summary>A matrix times one column: a dot product per row (a packed GEMM would waste 15 of 16 lanes).</summary>
        private static void MatrixVector<T>(in StridedMatrix a, in StridedMatrix b, T* c, nint ldc)
            where T : unmanaged
        {
            nint k = a.Cols;
            bool contiguous = a.ColStride == sizeof(T) && b.RowStride == sizeof(T) && k <= int.MaxValue;
            for (nint i = 0; i < a.Rows; i++)
            {
                byte* row = a.Data + (i * a.RowStride);
                if (typeof(T) == typeof(float))
                {
                    float sum = 0;
                    if (contiguous)
                    {
                        sum = TensorPrimitives.Dot(new ReadOnlySpan<float>(row, (int)k), new ReadOnlySpan<float>(b.Data, (int)k));
                    }
                    else
                    {
                        for (nint p = 0; p < k; p++)
                        {
                            sum += *(float*)(row + (p * a.ColStride)) * *(float*)(b.Data + (p * b.RowStride));
                        }
                    }

                    *(float*)(c + (i * ldc)) = sum;
                }
                else
                {
                    double sum = 0;
                    if (contiguous)
                    {
                        sum = TensorPrimitives.Dot(new ReadOnlySpan<double>(row, (int)k), new ReadOnlySpan<double>(b.Data, (int)k));
                    }
                    else
                    {
                        for (nint p = 0; p < k; p++)
                        {
                            sum += *(double*)(row + (p * a.ColStride)) * *(double*)(b.Data + (p * b.RowStride));
                        }
                    }

                    *(double*)(c + (i * ldc)) = sum;
                }
            }
        }
    }
}
