using System.Diagnostics;
using NumBridge.Memory;
using NumBridge.Torch;
using NumBridge.Torch.Interop;
using TorchSharp;

namespace NumBridge.Reliability.Stress;

/// <summary>
/// The lifetime stress run: several threads pass arrays, views, tensors and memory maps to each other through a shared
/// set of slots, in random order, and create, view, slice, bridge to a tensor and back, map, verify, dispose, forget
/// (leave to the garbage collector) and force collections, for a given time. Every array of value <c>k</c> holds
/// <c>k</c> in every element, so each check of the values also checks that the memory is still the array's.
/// </summary>
/// <remarks>
/// At the end everything is disposed or dropped and collected, and the <see cref="NativeLedger"/> must show: every
/// buffer made during the run released (the tracked set is empty), none released twice, no reference count below zero,
/// no array reaching released memory, no mapping and no tensor-deleter entry left. The rule the threads follow is the
/// documented one: one array object is used by one thread at a time (a slot hands it over), while the memory behind it
/// is shared freely through views and tensors held by other threads.
/// </remarks>
internal static class LifetimeStress
{
    private const int SlotCount = 64;

    public static int Run(TimeSpan duration, int threadCount, int seed, bool useTorch)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"numbridge-stress-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        if (useTorch)
        {
            LibTorchSharp.EnsureLoaded();
        }

        int mappingsBefore = MemoryMapReleaser.LiveMappings;
        var counts = new OpCounts();
        var slots = new Item?[SlotCount];
        var errors = new List<string>();
        NativeLedger.StartTracking();
        long[] createdBefore = KindCounts(NativeLedger.Created);
        var clock = Stopwatch.StartNew();
        var threads = new Thread[threadCount];
        for (int t = 0; t < threadCount; t++)
        {
            var worker = new Worker(t, new Random(seed * 1000 + t), slots, counts, dir, useTorch);
            threads[t] = new Thread(() =>
            {
                try
                {
                    worker.Loop(clock, duration);
                }
#pragma warning disable CA1031 // Any exception in a worker is a failure of the run, reported at the end.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    lock (errors)
                    {
                        errors.Add($"thread {worker.Id}: {ex}");
                    }
                }
            })
            { Name = $"stress {t}" };
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        EmptySlots(slots);
        var rounds = new List<int>();
        for (int i = 0; i < 20 && NativeLedger.LiveTracked > 0; i++)
        {
            // Each round frees one more link of a chain (an array over a tensor over an array ...): a finalizer
            // that disposes a tensor lets libtorch run the deleter that releases the next buffer.
            rounds.Add(NativeLedger.LiveTracked);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Console.WriteLine($"stress: live buffers before each collection at the end: {string.Join(", ", rounds)}");

        long[] created = KindCounts(NativeLedger.Created);
        IReadOnlyDictionary<long, NativeLedger.Kind> leaked = NativeLedger.StopTracking();
        Directory.Delete(dir, recursive: true);

        var problems = new List<string>(errors);
        if (leaked.Count > 0)
        {
            problems.Add($"{leaked.Count} buffers never released: {string.Join(", ", leaked.GroupBy(kv => kv.Value).Select(g => $"{g.Key} {g.Count()}"))}");
        }

        if (NativeLedger.SecondReleases > 0)
        {
            problems.Add($"{NativeLedger.SecondReleases} buffers released twice");
        }

        if (NativeLedger.CountBelowZero > 0)
        {
            problems.Add($"{NativeLedger.CountBelowZero} reference counts below zero");
        }

        if (NativeLedger.UseAfterRelease > 0)
        {
            problems.Add($"{NativeLedger.UseAfterRelease} accesses to released memory");
        }

        if (MemoryMapReleaser.LiveMappings != mappingsBefore)
        {
            problems.Add($"{MemoryMapReleaser.LiveMappings - mappingsBefore} mappings not unmapped");
        }

        if (useTorch && BufferDeleter.LiveEntries > 0)
        {
            problems.Add($"{BufferDeleter.LiveEntries} tensor deleter entries left");
        }

        string made = string.Join(", ", Enum.GetValues<NativeLedger.Kind>().Where(k => k != NativeLedger.Kind.Scalar)
            .Select(k => $"{k} {created[(int)k] - createdBefore[(int)k]:N0}"));
        Console.WriteLine($"stress: {threadCount} threads, {clock.Elapsed.TotalSeconds:F1} s, seed {seed}, torch {useTorch}: {counts} | " +
            $"buffers made and released exactly once: {made} | leaked 0 required, got {leaked.Count}; released twice {NativeLedger.SecondReleases}; " +
            $"use after release {NativeLedger.UseAfterRelease}");
        foreach (string problem in problems)
        {
            Console.Error.WriteLine($"STRESS FAILURE: {problem}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Disposes half of what is left and drops the rest: both ways must free everything. A method of its own,
    /// so no local of the caller's frame keeps an item reachable during the collections.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void EmptySlots(Item?[] slots)
    {
        for (int i = 0; i < slots.Length; i++)
        {
            if (Interlocked.Exchange(ref slots[i], null) is { } item && i % 2 == 0)
            {
                item.Verify();
                item.Dispose();
            }
        }
    }

    private static long[] KindCounts(Func<NativeLedger.Kind, long> count) =>
        [.. Enum.GetValues<NativeLedger.Kind>().Select(count)];

    /// <summary>One array or tensor whose every element is <see cref="Value"/>.</summary>
    internal sealed class Item
    {
        public Item(NDArray array, int value)
        {
            Array = array;
            Value = value;
        }

        public Item(torch.Tensor tensor, int value)
        {
            Tensor = tensor;
            Value = value;
        }

        public NDArray? Array { get; }

        public torch.Tensor? Tensor { get; }

        public int Value { get; }

        /// <summary>Reads every element and throws if one is not <see cref="Value"/>.</summary>
        public void Verify()
        {
            if (Array is { } a)
            {
                foreach (int v in a.ToArray<int>())
                {
                    if (v != Value)
                    {
                        throw new InvalidOperationException($"array of {Value} holds {v}: its memory is not its own");
                    }
                }
            }
            else if (Tensor is { } t && t.numel() > 0)
            {
                using torch.Tensor min = t.min();
                using torch.Tensor max = t.max();
                if (min.item<int>() != Value || max.item<int>() != Value)
                {
                    throw new InvalidOperationException($"tensor of {Value} holds {min.item<int>()}..{max.item<int>()}");
                }
            }
        }

        public void Dispose()
        {
            Array?.Dispose();
            Tensor?.Dispose();
        }
    }

    internal sealed class OpCounts
    {
        public long Create;
        public long View;
        public long ToTensor;
        public long FromTensor;
        public long Map;
        public long Verify;
        public long Dispose;
        public long Forget;
        public long Collect;

        public override string ToString() =>
            $"{Create:N0} created, {View:N0} views, {ToTensor:N0} to tensor, {FromTensor:N0} back, {Map:N0} maps, " +
            $"{Verify:N0} checks, {Dispose:N0} disposed, {Forget:N0} dropped, {Collect:N0} forced GCs";
    }
}
