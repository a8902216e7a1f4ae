using System.Diagnostics;
using NumBridge.Torch;
using TorchSharp;
using static NumBridge.Reliability.Stress.LifetimeStress;

namespace NumBridge.Reliability.Stress;

/// <summary>One stress thread: takes items from random slots, does a random operation, puts results back.</summary>
internal sealed class Worker(int id, Random random, Item?[] slots, OpCounts counts, string dir, bool useTorch)
{
    private int _nextValue = (id + 1) * 1_000_000;
    private int _file;

    public int Id => id;

    public void Loop(Stopwatch clock, TimeSpan duration)
    {
        while (clock.Elapsed < duration)
        {
            switch (random.Next(20))
            {
                case 0 or 1 or 2:
                    Create();
                    break;
                case 3 or 4 or 5:
                    View();
                    break;
                case 6 or 7 when useTorch:
                    ToTensor();
                    break;
                case 8 or 9 when useTorch:
                    FromTensor();
                    break;
                case 10:
                    Map();
                    break;
                case 11 or 12 or 13:
                    VerifyOne();
                    break;
                case 14 or 15:
                    DisposeOne();
                    break;
                case 16:
                    Forget();
                    break;
                case 17 when random.Next(20) == 0:
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    Interlocked.Increment(ref counts.Collect);
                    break;
                default:
                    VerifyOne();
                    break;
            }
        }
    }

    private void Create()
    {
        int value = _nextValue++;
        int n = random.Next(8) == 0 ? random.Next(100_000, 1_000_000) : random.Next(1, 2_000);
        Put(new Item(np.full(n, value, dtype: np.int32), value));
        Interlocked.Increment(ref counts.Create);
    }

    /// <summary>A view of an array: a slice, a reversed or strided slice, a reshape or a new axis; sometimes the
    /// original is disposed at once, so only the view keeps the memory.</summary>
    private void View()
    {
        if (Take() is not { Array: { } a } item)
        {
            return;
        }

        nint n = a.size;
        NDArray view;
        switch (random.Next(4))
        {
            case 0:
                {
                    nint start = (nint)random.NextInt64(n);
                    view = a.ndim == 1 ? a[$"{start}:"] : a.reshape(-1)[$"{start}:"];
                    break;
                }

            case 1:
                view = a.ndim == 1 ? a[$"::{(random.Next(2) == 0 ? -1 : 2)}"] : a.T;
                break;
            case 2:
                view = n % 2 == 0 && a.flags.c_contiguous ? a.reshape(2, -1) : a.reshape(-1);
                break;
            default:
                view = np.expand_dims(a, 0);
                break;
        }

        Interlocked.Increment(ref counts.View);
        DisposeOrPutBack(item);

        Put(new Item(view, item.Value));
    }

    /// <summary>torch.from_numpy, sometimes inside a dispose scope that ends at once, sometimes disposing the array.</summary>
    private void ToTensor()
    {
        if (Take() is not { Array: { } a } item)
        {
            return;
        }

        // A read-only array (a read-only map) is copied, as in PyTorch; so is one with negative strides, which PyTorch
        // refuses to share or copy directly.
        bool positive = a.strides.All(s => s >= 0);
        torch.Tensor t;
        using (NDArray source = positive ? a["..."] : a.copy())
        {
            bool shareable = source.flags.writeable;
            if (random.Next(3) == 0)
            {
                using DisposeScope scope = torch.NewDisposeScope();
                using torch.Tensor inScope = shareable ? torch.from_numpy(source) : torch.tensor(source);
                t = inScope.alias().MoveToOuterDisposeScope();
            }
            else
            {
                t = shareable ? torch.from_numpy(source) : torch.tensor(source);
            }
        }

        Interlocked.Increment(ref counts.ToTensor);
        DisposeOrPutBack(item);

        Put(new Item(t, item.Value));
    }

    /// <summary>Tensor.numpy(), sometimes disposing the tensor at once.</summary>
    private void FromTensor()
    {
        if (Take() is not { Tensor: { } t } item)
        {
            return;
        }

        NDArray a = t.numpy();
        Interlocked.Increment(ref counts.FromTensor);
        DisposeOrPutBack(item);

        Put(new Item(a, item.Value));
    }

    /// <summary>Saves an array and maps the file back (read-only or copy-on-write), replacing a file that another
    /// map may still show: the old map keeps the old file's pages.</summary>
    private void Map()
    {
        int value = _nextValue++;
        string path = Path.Combine(dir, $"t{id}-{_file++ % 4}.npy");
        using (NDArray a = np.full(random.Next(1, 50_000), value, dtype: np.int32))
        {
            np.save(path, a);
        }

        NDArray mapped = np.load(path, mmap_mode: random.Next(2) == 0 ? "r" : "c");
        Interlocked.Increment(ref counts.Map);
        Put(new Item(mapped, value));
    }

    private void VerifyOne()
    {
        if (Take() is { } item)
        {
            item.Verify();
            Interlocked.Increment(ref counts.Verify);
            Put(item);
        }
    }

    private void DisposeOne()
    {
        if (Take() is { } item)
        {
            item.Verify();
            item.Dispose();
            Interlocked.Increment(ref counts.Dispose);
        }
    }

    /// <summary>Drops an item without disposing it: the garbage collector's finalizers must free it.</summary>
    private void Forget()
    {
        if (Take() is not null)
        {
            Interlocked.Increment(ref counts.Forget);
        }
    }

    /// <summary>The source of a view, tensor or array just made: disposed at once half the time, so only the new item
    /// keeps the memory, else put back for others.</summary>
    private void DisposeOrPutBack(Item item)
    {
        if (random.Next(2) == 0)
        {
            item.Dispose();
            Interlocked.Increment(ref counts.Dispose);
        }
        else
        {
            Put(item);
        }
    }

    private Item? Take()
    {
        for (int tries = 0; tries < 4; tries++)
        {
            if (Interlocked.Exchange(ref slots[random.Next(slots.Length)], null) is { } item)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Puts an item in a free slot; when none is found the item is disposed (or, at times, dropped).</summary>
    private void Put(Item item)
    {
        for (int tries = 0; tries < 4; tries++)
        {
            if (Interlocked.CompareExchange(ref slots[random.Next(slots.Length)], item, null) is null)
            {
                return;
            }
        }

        if (random.Next(2) == 0)
        {
            item.Verify();
            item.Dispose();
            Interlocked.Increment(ref counts.Dispose);
        }
        else
        {
            Interlocked.Increment(ref counts.Forget);
        }
    }
}
