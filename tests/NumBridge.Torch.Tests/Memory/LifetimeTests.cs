using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NumBridge.Memory;
using NumBridge.Torch.Interop;
using static NumBridge.Torch.Tests.TestArrays;

namespace NumBridge.Torch.Tests.Memory;

[Collection(LifetimeCollection.Name)]
public unsafe class LifetimeTests
{
    private static void CollectUntil(Func<bool> done)
    {
        for (int i = 0; i < 20 && !done(); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [Fact]
    public void from_numpy_ArrayDisposedFirst_FreedWhenTensorGoes()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.float32, new Shape(4), releaser);
        Tensor t = torch.from_numpy(a);
        a.Dispose();
        Assert.Equal(0, releaser.Count);
        t.fill_(3);
        Assert.Equal(new double[] { 3, 3, 3, 3 }, TorchValues(t));
        t.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_TensorDisposedFirst_FreedWhenArrayGoes()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.int64, new Shape(2, 2), releaser);
        Tensor t = torch.from_numpy(a);
        t.Dispose();
        Assert.Equal(0, releaser.Count);
        *(long*)a.Data = 5;
        a.Dispose();
        Assert.Equal(1, releaser.Count);
        a.Dispose();
        t.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_OfArrayOverTensor_ViewsTheStorageAndFreesEverything()
    {
        // a -> t -> b = t.numpy() -> t2 = from_numpy(b): t2 used to hold a lease on b in the deleter registry, whose
        // entry (keyed by address, the same as t's) also waited for t's storage, which b's own handle kept alive: a
        // cycle that never freed (found by the lifetime stress run). Now t2 and t3 are views of t's storage.
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.float32, new Shape(4), releaser);
        Tensor t = torch.from_numpy(a);
        NDArray b = t.numpy();
        NDArray tail = b["1:"];
        Tensor t2 = torch.from_numpy(b);
        Tensor t3 = torch.from_numpy(tail);
        t2.fill_(7);
        t3.fill_(1);
        Assert.Equal(new float[] { 7, 1, 1, 1 }, a.ToArray<float>());
        Assert.Equal(1, BufferDeleter.LiveEntries);
        a.Dispose();
        t.Dispose();
        b.Dispose();
        tail.Dispose();
        t2.Dispose();
        Assert.Equal(0, releaser.Count);
        Assert.Equal(new double[] { 1, 1, 1 }, TorchValues(t3));
        t3.Dispose();
        Assert.Equal(1, releaser.Count);
        Assert.Equal(0, BufferDeleter.LiveEntries);
    }

    [Fact]
    public void from_numpy_TensorViewsOutliveTensorAndArray()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.float64, new Shape(6), releaser);
        Tensor t = torch.from_numpy(a);
        Tensor reshaped = t.reshape(2, 3);
        Tensor view = reshaped.t();
        reshaped.Dispose(); // an undisposed temporary would hold the storage until finalized
        Tensor alias = t.alias();
        t.Dispose();
        a.Dispose();
        view.fill_(1);
        Assert.Equal(0, releaser.Count);
        view.Dispose();
        Assert.Equal(0, releaser.Count);
        Assert.Equal(6.0, alias.sum().ToDouble());
        alias.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_DisposeScope_FreesTheTensor()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.uint8, new Shape(8), releaser);
        using (NewDisposeScope())
        {
            Tensor t = torch.from_numpy(a);
            Tensor doubled = t * 2;
            Assert.Equal(8, doubled.numel());
        }

        Assert.Equal(0, releaser.Count);
        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_TwoTensorsOverOneArray_FreedAfterBoth()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.int32, new Shape(3), releaser);
        Tensor t1 = torch.from_numpy(a);
        Tensor t2 = torch.as_tensor(a);
        a.Dispose();
        t1.Dispose();
        Assert.Equal(0, releaser.Count);
        t2.fill_(1);
        t2.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_TwoBuffersAtOneAddress_NeitherFreedEarly()
    {
        // Two NumBridge buffers wrap the same memory: the registry shares one entry, so nothing is released while
        // either tensor lives (late, never early), and each buffer is released exactly once.
        var owner = new CountingReleaser();
        var borrower = new CountingReleaser(free: false);
        IntPtr p = Marshal.AllocHGlobal(32);
        var first = new NativeBuffer(p, 32, owner);
        var second = new NativeBuffer(p, 32, borrower);
        NDArray a = NDArray.FromBuffer(first, np.float64, new Shape(4), [8], 0, true);
        NDArray b = NDArray.FromBuffer(second, np.float64, new Shape(4), [8], 0, true);
        Tensor ta = torch.from_numpy(a);
        Tensor tb = torch.from_numpy(b);
        a.Dispose();
        b.Dispose();
        ta.Dispose();
        Assert.Equal(0, owner.Count);
        tb.fill_(2);
        Assert.Equal(8.0, tb.sum().ToDouble());
        tb.Dispose();
        Assert.Equal(1, owner.Count);
        Assert.Equal(1, borrower.Count);
    }

    [Fact]
    public void numpy_TensorDisposed_ArrayStillValid()
    {
        var releaser = new CountingReleaser();
        NDArray source = Counted(np.float32, new Shape(3), releaser);
        Tensor t = torch.from_numpy(source);
        source.Dispose();
        NDArray a = t.numpy();
        t.Dispose();
        Assert.Equal(0, releaser.Count);
        *(float*)a.Data = 1.5f;
        Assert.Equal(1.5f, *(float*)a.Data);
        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void numpy_InsideDisposeScope_ArrayOutlivesScope()
    {
        var releaser = new CountingReleaser();
        NDArray source = Counted(np.int16, new Shape(4), releaser);
        NDArray a;
        using (NewDisposeScope())
        {
            Tensor t = torch.from_numpy(source);
            a = t.numpy();
        }

        source.Dispose();
        Assert.Equal(0, releaser.Count);
        ((short*)a.Data)[3] = 7;
        NDArray view = a.CreateView(new Shape(2), [4]);
        a.Dispose();
        Assert.Equal(0, releaser.Count);
        view.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void numpy_TorchOwnedStorage_ArrayOutlivesTensorAndScope()
    {
        NDArray a;
        using (NewDisposeScope())
        {
            Tensor t = arange(1000, dtype: ScalarType.Int64);
            a = t.numpy();
        }

        Assert.Equal(999L, *(long*)TestArrays.At(a, 999));
        using Tensor back = torch.from_numpy(a);
        a.Dispose();
        Assert.Equal(999L * 1000 / 2, back.sum().ToInt64());
    }

    [Fact]
    public void Bridge_Undisposed_FreedOnceByTheCollector()
    {
        var releasers = new CountingReleaser[50];
        for (int i = 0; i < releasers.Length; i++)
        {
            releasers[i] = new CountingReleaser();
            MakeAndDrop(releasers[i], i);
        }

        CollectUntil(() => releasers.All(r => r.Count == 1));
        Assert.All(releasers, r => Assert.Equal(1, r.Count));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeAndDrop(CountingReleaser releaser, int kind)
    {
        NDArray a = Counted(np.float32, new Shape(2, 2), releaser);
        Tensor t = torch.from_numpy(a);
        NDArray b = t.numpy();
        switch (kind % 4)
        {
            case 0: break;                       // nothing disposed
            case 1: a.Dispose(); break;          // only the array
            case 2: t.Dispose(); break;          // only the tensor
            default: b.Dispose(); t.Dispose(); break; // all but the source array
        }
    }

    [Fact]
    public void Bridge_RegistryEmptiesWhenEverythingIsGone()
    {
        CollectUntil(() => BufferDeleter.LiveEntries == 0);
        int before = BufferDeleter.LiveEntries;
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.complex128, new Shape(3), releaser);
        Tensor t = torch.from_numpy(a);
        Assert.Equal(before + 1, BufferDeleter.LiveEntries);
        t.Dispose();
        Assert.Equal(before, BufferDeleter.LiveEntries);
        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void CreateTensor_LibTorchRefuses_LeaseReleasedExactlyOnce()
    {
        CollectUntil(() => BufferDeleter.LiveEntries == 0);
        int before = BufferDeleter.LiveEntries;
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.float32, new Shape(4), releaser);
        a.Buffer.TryRetain();
        BufferLease lease = BufferLease.Create(a.Buffer);

        // Scalar type 100 does not exist: from_blob fails after the deleter was handed over.
        Exception ex = Assert.ThrowsAny<Exception>(() => BufferDeleter.CreateTensor((IntPtr)a.Data, lease, [4], 100));
        Assert.IsNotType<NullReferenceException>(ex);
        Assert.Equal(before, BufferDeleter.LiveEntries);
        Assert.True(lease.IsDisposed);
        Assert.Equal(0, releaser.Count);
        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_OneArrayManyThreads_FreedOnceAfterAll()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.int32, new Shape(8), releaser);
        var workers = new Thread[4];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(() =>
            {
                for (int i = 0; i < 5_000; i++)
                {
                    using Tensor t = torch.from_numpy(a);
                    using NDArray back = t.numpy();
                }
            });
            workers[w].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        Assert.Equal(0, releaser.Count);
        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void Bridge_StressRandomOrderAcrossThreads_EveryBufferFreedOnce()
    {
        const int Pairs = 100_000;
        const int Threads = 4;
        var releasers = new CountingReleaser[Pairs];
        for (int i = 0; i < Pairs; i++)
        {
            releasers[i] = new CountingReleaser();
        }

        var workers = new Thread[Threads];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        for (int w = 0; w < Threads; w++)
        {
            int worker = w;
            workers[w] = new Thread(() =>
            {
                try
                {
                    var random = new Random(42 + worker);
                    for (int i = worker; i < Pairs; i += Threads)
                    {
                        StressOne(releasers[i], random);
                        if (i % 10_000 < Threads)
                        {
                            GC.Collect();
                            GC.WaitForPendingFinalizers();
                        }
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            });
            workers[w].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        Assert.Empty(failures);
        CollectUntil(() => releasers.All(r => r.Count == 1));
        Assert.All(releasers, r => Assert.Equal(1, r.Count));
        Assert.Equal(0, BufferDeleter.LiveEntries);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StressOne(CountingReleaser releaser, Random random)
    {
        NDArray a = Counted(np.float32, new Shape(4), releaser);
        var items = new List<IDisposable> { a };
        IDisposable? scope = random.Next(4) == 0 ? NewDisposeScope() : null;
        Tensor t = torch.from_numpy(a);
        items.Add(t);
        if (random.Next(2) == 0)
        {
            items.Add(t.numpy());
        }

        if (random.Next(3) == 0)
        {
            items.Add(t.t());
        }

        // Dispose a random subset in a random order; the rest is left to the scope or the collector.
        for (int n = items.Count; n > 1; n--)
        {
            int k = random.Next(n);
            (items[k], items[n - 1]) = (items[n - 1], items[k]);
        }

        foreach (IDisposable item in items)
        {
            if (random.Next(5) != 0)
            {
                item.Dispose();
            }
        }

        scope?.Dispose();
    }
}
