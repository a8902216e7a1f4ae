using NumBridge.Kernels;
using NumBridge.Memory;
using NumBridge.Torch.Interop;
using TorchSharp;
using static TorchSharp.torch;

namespace NumBridge.Torch;

/// <summary>
/// NDArray → tensor: PyTorch's <c>tensor_from_numpy</c> (<c>torch/csrc/utils/tensor_numpy.cpp</c>).
/// </summary>
internal static unsafe class ArrayToTensor
{
    /// <summary>
    /// Checks that a tensor can describe <paramref name="a"/>, in PyTorch's order: strides in whole elements, no
    /// negative stride, native byte order. Every NumBridge dtype has a libtorch scalar type, so the dtype check of
    /// <c>tensor_from_numpy</c> cannot fail here. Runs before any reference is taken.
    /// </summary>
    public static void Check(NDArray a, string paramName)
    {
        a.ThrowIfDisposed();
        int itemSize = a.dtype.ItemSize;
        ReadOnlySpan<nint> strides = a.StridesSpan;
        foreach (nint stride in strides)
        {
            if (stride % itemSize != 0)
            {
                ThrowHelper.ThrowArgument(TorchMessages.StridesNotMultiple, paramName);
            }
        }

        foreach (nint stride in strides)
        {
            if (stride < 0)
            {
                ThrowHelper.ThrowArgument(TorchMessages.NegativeStrides, paramName);
            }
        }

        if (!a.dtype.IsNativeByteOrder)
        {
            ThrowHelper.ThrowArgument(TorchMessages.ByteOrder, paramName);
        }
    }

    /// <summary>
    /// A tensor over <paramref name="a"/>'s memory, no copy: a view of the tensor's storage when the array came from
    /// <c>Tensor.numpy()</c>; else a tensor over the bytes the array touches, whose deleter releases the lease taken
    /// here, made with the array's sizes (default strides) or viewed with its sizes and strides.
    /// </summary>
    /// <remarks>The caller ran <see cref="Check"/>.</remarks>
    public static Tensor Share(NDArray a)
    {
        LibTorchSharp.EnsureLoaded();
        int itemSize = a.dtype.ItemSize;
        ReadOnlySpan<nint> dims = a.shape.Dims;
        ReadOnlySpan<nint> strides = a.StridesSpan;
        long[] size = new long[dims.Length];
        long[] elementStrides = new long[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            size[i] = dims[i];
            elementStrides[i] = strides[i] / itemSize;
        }

        // Strides are non-negative, so the touched bytes run from the first element to the end of the last.
        (nint low, nint high) = StrideMath.Extent(dims, strides, itemSize);
        long count = (high - low) / itemSize;
        sbyte scalarType = (sbyte)DTypeMap.ToTorch(a.dtype.Code);

        NativeBuffer buffer = a.Buffer;
        if (buffer.Releaser is TensorReleaser { Tensor: { } owner } && owner.dtype == (ScalarType)scalarType)
        {
            // The memory is a libtorch storage's (the array came from Tensor.numpy()): the new tensor is a view of that
            // storage, which keeps it alive by itself. A storage of our own over it, with a lease on this array's
            // buffer, would make a cycle through the deleter registry, which is keyed by address: the lease would wait
            // for every tensor at the address to go, including the one this array's own buffer keeps alive, and
            // nothing would ever be freed (found by the lifetime stress run).
            long elementOffset = ((nint)a.Data - LibTorchSharp.THSTensor_data(owner.Handle)) / itemSize;
            Tensor view = owner.as_strided(size, elementStrides, owner.storage_offset() + elementOffset);
            GC.KeepAlive(a);
            return view;
        }

        if (!buffer.TryRetain())
        {
            ThrowHelper.ThrowDisposed();
        }

        BufferLease lease = BufferLease.Create(buffer);
        if (count > 0 && HasDefaultStrides(size, elementStrides))
        {
            // from_blob with sizes alone gives exactly these strides: no as_strided view (about 1 us) needed.
            IntPtr direct = BufferDeleter.CreateTensor((IntPtr)a.Data, lease, size, scalarType);
            GC.KeepAlive(a);
            return Tensor.UnsafeCreateTensor(direct);
        }

        IntPtr handle = BufferDeleter.CreateTensor((IntPtr)a.Data, lease, [count], scalarType);
        GC.KeepAlive(a);
        using Tensor flat = Tensor.UnsafeCreateTensor(handle);
        return flat.as_strided(size, elementStrides, 0);
    }

    /// <summary>Whether <paramref name="strides"/> are the ones libtorch gives a tensor of <paramref name="size"/> by
    /// default: the last is 1 and each other is the next one times the next size (a size of 0 counting as 1).</summary>
    private static bool HasDefaultStrides(long[] size, long[] strides)
    {
        long expected = 1;
        for (int i = size.Length - 1; i >= 0; i--)
        {
            if (strides[i] != expected)
            {
                return false;
            }

            expected *= Math.Max(size[i], 1);
        }

        return true;
    }

    /// <summary>A new tensor, in memory libtorch owns, with <paramref name="a"/>'s values, shape and dtype.</summary>
    public static Tensor Copy(NDArray a)
    {
        LibTorchSharp.EnsureLoaded();
        Tensor t = empty(a.shape.ToLongArray(), dtype: DTypeMap.ToTorch(a.dtype.Code));
        try
        {
            // The tensor's memory is fresh and untouched: ask for huge pages before the copy faults it in.
            HugePages.Advise((void*)LibTorchSharp.THSTensor_data(t.Handle), (long)a.size * a.dtype.ItemSize);
            using NDArray view = TensorToArray.View(t, force: false, nameof(a));
            ArrayCopy.Copy(a, view);
        }
        catch
        {
            t.Dispose();
            throw;
        }

        return t;
    }

    /// <summary>Converts a fresh tensor to the requested dtype and device, disposing the intermediate.</summary>
    public static Tensor Convert(Tensor t, ScalarType? dtype, Device? device, bool requiresGrad)
    {
        bool retype = dtype is { } type && type != t.dtype;
        bool move = device is not null && device.type != DeviceType.CPU;
        if (retype || move)
        {
            Tensor converted = t.to(dtype ?? t.dtype, device ?? CPU);
            t.Dispose();
            t = converted;
        }

        if (requiresGrad)
        {
            t.requires_grad = true;
        }

        return t;
    }
}
