using NumBridge.Memory;
using NumBridge.Torch.Interop;
using TorchSharp;
using static TorchSharp.torch;

namespace NumBridge.Torch;

/// <summary>
/// Tensor → NDArray: PyTorch's <c>tensor_to_numpy</c> (<c>torch/csrc/utils/tensor_numpy.cpp</c>).
/// </summary>
internal static class TensorToArray
{
    /// <summary>
    /// An array over the tensor's memory, no copy (unless <paramref name="force"/> has to move or resolve it). The
    /// array owns its own handle on the tensor, so the memory outlives the user's tensor and its dispose scope.
    /// </summary>
    public static NDArray View(Tensor t, bool force, string paramName)
    {
        ArgumentNullException.ThrowIfNull(t, paramName);
        LibTorchSharp.EnsureLoaded();
        _ = t.Handle; // throws for a disposed tensor
        if (t.is_sparse)
        {
            ThrowHelper.ThrowArgument(TorchMessages.SparseLayout, paramName);
        }

        if (!force)
        {
            if (t.device_type != DeviceType.CPU)
            {
                ThrowHelper.ThrowInvalidOperation(TorchMessages.Device(t.device.ToString()));
            }

            if (t.requires_grad && is_grad_enabled())
            {
                ThrowHelper.ThrowInvalidOperation(TorchMessages.RequiresGrad);
            }

            if (t.is_conj())
            {
                ThrowHelper.ThrowInvalidOperation(TorchMessages.ConjugateBit);
            }

            if (t.is_neg())
            {
                ThrowHelper.ThrowInvalidOperation(TorchMessages.NegativeBit);
            }
        }

        // PyTorch maps the dtype after detach/cpu/resolve, none of which changes it; mapping first avoids a wasted copy.
        ScalarType scalarType = t.dtype;
        DType? dtype = DTypeMap.ToNumPy(scalarType);
        if (dtype is null)
        {
            ThrowHelper.ThrowArgument(TorchMessages.UnsupportedScalarType(DTypeMap.TorchName(scalarType)), paramName);
        }

        Tensor own = force ? Prepare(t) : t.alias();
        own.DetachFromDisposeScope();
        try
        {
            return Wrap(own, dtype);
        }
        catch
        {
            own.Dispose();
            throw;
        }
    }

    /// <summary>The address range, in bytes, of a CPU tensor's elements: <c>[start, end)</c>, empty when it has none.</summary>
    public static (nint Start, nint End) ByteRange(Tensor t)
    {
        LibTorchSharp.EnsureLoaded();
        if (t.device_type != DeviceType.CPU || t.numel() == 0)
        {
            return (0, 0);
        }

        IntPtr data = LibTorchSharp.THSTensor_data(t.Handle);
        if (data == IntPtr.Zero)
        {
            return (0, 0);
        }

        int itemSize = (int)t.ElementSize;
        (nint[] dims, nint[] strides) = Layout(t, itemSize);
        (nint low, nint high) = StrideMath.Extent(dims, strides, itemSize);
        return (data + low, data + high);
    }

    private static NDArray Wrap(Tensor own, DType dtype)
    {
        int itemSize = dtype.ItemSize;
        (nint[] dims, nint[] strides) = Layout(own, itemSize);
        (nint low, nint high) = StrideMath.Extent(dims, strides, itemSize);
        if (high == low)
        {
            // libtorch's data pointer of an empty tensor is null, so PyTorch hands NumPy no memory and NumPy makes an
            // array of its own, with zero strides: torch.zeros(2, 0).numpy() has strides (0, 0) and owndata True.
            own.Dispose();
            Array.Clear(strides);
            return NDArray.FromBuffer(AlignedReleaser.Allocate(0, zero: false), dtype, Shape.Wrap(dims), strides, 0, writeable: true);
        }

        IntPtr data = LibTorchSharp.THSTensor_data(own.Handle); // storage offset included
        var buffer = new NativeBuffer(data, high - low, new TensorReleaser(own), own);
        return NDArray.FromBuffer(buffer, dtype, Shape.Wrap(dims), strides, 0, writeable: true);
    }

    private static (nint[] Dims, nint[] Strides) Layout(Tensor t, int itemSize)
    {
        IntPtr handle = t.Handle;
        int ndim = (int)LibTorchSharp.THSTensor_ndimension(handle);
        var dims = new nint[ndim];
        var strides = new nint[ndim];
        for (int i = 0; i < ndim; i++)
        {
            dims[i] = checked((nint)LibTorchSharp.THSTensor_size(handle, i));
            strides[i] = checked((nint)(LibTorchSharp.THSTensor_stride(handle, i) * itemSize));
        }

        GC.KeepAlive(t);
        return (dims, strides);
    }

    /// <summary><c>numpy(force=True)</c>: detach, move to the CPU, resolve the conjugate and negative bits.</summary>
    private static Tensor Prepare(Tensor t)
    {
        Tensor x = t.detach();
        try
        {
            x = Replace(x, x.cpu());
            x = Replace(x, x.resolve_conj());
            return Replace(x, x.resolve_neg());
        }
        catch
        {
            x.Dispose();
            throw;
        }
    }

    private static Tensor Replace(Tensor old, Tensor next)
    {
        old.Dispose();
        return next;
    }
}
