using System.Runtime.CompilerServices;
using NumBridge.Memory;
using NumBridge.Tests.IO;
using Xunit;

namespace NumBridge.Tests.Memory;

/// <summary>The ledger counts process-wide, so these tests run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LedgerCollection
{
    public const string Name = "Ledger";
}

[Collection(LedgerCollection.Name)]
public class NativeLedgerTests
{
    private static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>Arrays, a view that outlives its base and a mapping, all disposed (the temporaries a[i] makes are left
    /// to the collector). A method of its own, so no local of the test's frame keeps one alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DisposeSome(TempDirectory dir)
    {
        NDArray a = np.arange(100.0);
        NDArray view = a["::-2"];
        a.Dispose();
        Assert.Equal(5.0, view[^3].item<double>());
        view.Dispose();
        using (NDArray zeros = np.zeros(10))
        {
            np.save(dir.File("x.npy"), zeros);
        }

        using NDArray mapped = np.load(dir.File("x.npy"), mmap_mode: "r");
        Assert.Equal(0.0, (double)mapped.sum());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeGarbage()
    {
        NDArray a = np.ones(1000);
        _ = a["10:20"];
        _ = a.reshape(10, 100).T;
        _ = np.frombuffer(new byte[16], dtype: np.uint8);
    }

    [Fact]
    public void Tracking_DisposedViewsAndCollectedArrays_LeaveNothingAndReleaseOnce()
    {
        long secondReleases = NativeLedger.SecondReleases;
        long aligned = NativeLedger.Released(NativeLedger.Kind.Aligned);
        NativeLedger.StartTracking();
        using (var dir = new TempDirectory())
        {
            DisposeSome(dir);
            MakeGarbage();
            Collect();
        }

        IReadOnlyDictionary<long, NativeLedger.Kind> live = NativeLedger.StopTracking();

        Assert.Empty(live);
        Assert.Equal(secondReleases, NativeLedger.SecondReleases);
        Assert.True(NativeLedger.Released(NativeLedger.Kind.Aligned) - aligned >= 4);
    }

    [Fact]
    public void Tracking_ArrayStillHeld_IsListedByKind()
    {
        NativeLedger.StartTracking();
        NDArray a = np.zeros(3);
        NDArray pinned = np.frombuffer(new byte[8], dtype: np.uint8);

        IReadOnlyDictionary<long, NativeLedger.Kind> live = NativeLedger.StopTracking();

        Assert.Equal([NativeLedger.Kind.Aligned, NativeLedger.Kind.PinnedArray], live.Values.Order().ToArray());
        a.Dispose();
        pinned.Dispose();
    }

    [Fact]
    public void Created_CountsEachKind()
    {
        long aligned = NativeLedger.Created(NativeLedger.Kind.Aligned);
        long pinned = NativeLedger.Created(NativeLedger.Kind.PinnedArray);
        long bytes = NativeLedger.AlignedBytesAllocated;

        using NDArray a = np.zeros(1000, dtype: np.int32);
        using NDArray b = np.frombuffer(new byte[8], dtype: np.uint8);

        Assert.Equal(1, NativeLedger.Created(NativeLedger.Kind.Aligned) - aligned);
        Assert.Equal(1, NativeLedger.Created(NativeLedger.Kind.PinnedArray) - pinned);
        Assert.Equal(4000, NativeLedger.AlignedBytesAllocated - bytes);
    }

    [Fact]
    public unsafe void Buffer_ReleasedUnderAHeldLease_IsRefusedAndCounted()
    {
        // A lifetime bug simulated: one release too many frees the memory while an array still holds its lease.
        long useAfterRelease = NativeLedger.UseAfterRelease;
        byte* memory = stackalloc byte[8];
        var buffer = new NativeBuffer((IntPtr)memory, 8, new NoOpReleaser());
        NDArray a = NDArray.FromBuffer(buffer, np.int64, new Shape(1), [8], 0, writeable: true);
        buffer.Release();

        var ex = Assert.Throws<ObjectDisposedException>(() => a.sum());

        Assert.Equal("Cannot access a disposed array.", ex.Message.Split(Environment.NewLine)[0]);
        Assert.Equal(1, NativeLedger.UseAfterRelease - useAfterRelease);
    }

    private sealed class NoOpReleaser : IBufferReleaser
    {
        public void Release(IntPtr pointer, nint byteLength)
        {
        }
    }
}
