using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace NumBridge.Torch.Interop;

/// <summary>
/// The two exports of TorchSharp's native library that its public API does not expose: a tensor over foreign memory
/// with a deleter (<c>THSTensor_new</c>, which is <c>torch::from_blob</c>) and a tensor's data pointer.
/// </summary>
/// <remarks>
/// TorchSharp loads <c>libLibTorchSharp.so</c> itself, from wherever its package put it. Our imports must bind to that
/// same copy, never to a second one: <see cref="EnsureLoaded"/> first asks TorchSharp to load its backend, and the
/// resolver then asks for the library as TorchSharp's assembly would (or by its bare name), which the dynamic loader
/// answers with the copy already in the process.
/// </remarks>
internal static unsafe class LibTorchSharp
{
    private const string LibraryName = "LibTorchSharp";

    private static readonly bool s_loaded = Load();

    /// <summary>Loads TorchSharp's native backend (CPU) once; every bridge entry point calls this first.</summary>
    public static void EnsureLoaded() => _ = s_loaded;

    /// <summary>
    /// <c>THSTensor_new</c>: a tensor over <paramref name="data"/>; libtorch calls <paramref name="deleter"/> with
    /// <paramref name="data"/> once, when the last tensor that uses the storage is gone.
    /// </summary>
    [DllImport(LibraryName)]
    public static extern IntPtr THSTensor_new(
        IntPtr data,
        delegate* unmanaged[Cdecl]<IntPtr, void> deleter,
        long* dims,
        int ndims,
        sbyte type,
        sbyte dtype,
        int deviceType,
        int deviceIndex,
        [MarshalAs(UnmanagedType.U1)] bool requires_grad);

    /// <summary><c>THSTensor_data</c>: the address of the first element, storage offset included (null when there is no data).</summary>
    [DllImport(LibraryName)]
    public static extern IntPtr THSTensor_data(IntPtr handle);

    /// <summary><c>THSTensor_ndimension</c>: the number of dimensions (TorchSharp's <c>shape</c> fetches all sizes
    /// through a managed allocator callback, about 1.5 us; these three calls cost tens of nanoseconds).</summary>
    [DllImport(LibraryName)]
    public static extern long THSTensor_ndimension(IntPtr handle);

    /// <summary><c>THSTensor_size</c>: the size of dimension <paramref name="dim"/> (0 &lt;= dim &lt; ndimension).</summary>
    [DllImport(LibraryName)]
    public static extern long THSTensor_size(IntPtr handle, long dim);

    /// <summary><c>THSTensor_stride</c>: the stride, in elements, of dimension <paramref name="dim"/>.</summary>
    [DllImport(LibraryName)]
    public static extern long THSTensor_stride(IntPtr handle, long dim);

    private static bool Load()
    {
        torch.InitializeDeviceType(DeviceType.CPU);
        NativeLibrary.SetDllImportResolver(typeof(LibTorchSharp).Assembly, Resolve);
        return true;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != LibraryName)
        {
            return IntPtr.Zero;
        }

        // As TorchSharp's own imports resolve it: same name, same probing paths, so the loaded copy comes back.
        if (NativeLibrary.TryLoad(libraryName, typeof(torch).Assembly, searchPath, out IntPtr handle))
        {
            return handle;
        }

        // By soname: the dynamic loader returns the copy TorchSharp already loaded.
        string soname = OperatingSystem.IsWindows() ? "LibTorchSharp.dll"
            : OperatingSystem.IsMacOS() ? "libLibTorchSharp.dylib"
            : "libLibTorchSharp.so";
        return NativeLibrary.TryLoad(soname, out handle) ? handle : IntPtr.Zero;
    }
}
