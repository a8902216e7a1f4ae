using System.Numerics;
using NumBridge.Memory;
using Xunit;

namespace NumBridge.Tests.Memory;

public sealed class ScalarSlabTests
{
    [Fact]
    public void Allocate_SlotsAreAlignedAndDistinctAcrossSlabs()
    {
        var seen = new HashSet<IntPtr>();
        for (int i = 0; i < 1000; i++)
        {
            NativeBuffer buffer = ScalarSlab.Allocate(ScalarSlab.SlotSize);
            Assert.Equal(0, buffer.Pointer % ScalarSlab.SlotSize);
            Assert.True(seen.Add(buffer.Pointer));
            Assert.IsType<ScalarSlab>(buffer.Owner);
        }
    }

    [Fact]
    public void ImplicitScalars_KeepTheirValuesThroughCollections()
    {
        // 3,000 complex scalars span a dozen slabs; the slabs of the dropped ones are finalized and freed meanwhile.
        var kept = new List<NDArray>();
        for (int i = 0; i < 3000; i++)
        {
            NDArray dropped = new Complex(-i, i);
            Assert.Equal(0, dropped.ndim);
            if (i % 7 == 0)
            {
                kept.Add(new Complex(i, -i));
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (int k = 0; k < kept.Count; k++)
        {
            Assert.Equal(new Complex(k * 7, -k * 7), kept[k].item<Complex>());
        }
    }
}
