using System.Runtime.InteropServices;
using NumBridge.Memory;
using Xunit;

namespace NumBridge.Tests.Memory;

public unsafe class HugePagesTests
{
    [Fact]
    public void Advise_FreshLargeAllocation_KeepsItUsableAndBindsLibc()
    {
        const long Bytes = (33L << 20) + 123;
        byte* data = (byte*)NativeMemory.AlignedAlloc((nuint)Bytes, 64);
        try
        {
            HugePages.Advise(data, Bytes);
            new Span<byte>(data, (int)Bytes).Fill(7);
            Assert.Equal(7, data[0]);
            Assert.Equal(7, data[Bytes - 1]);
            Assert.Equal(OperatingSystem.IsLinux(), HugePages.IsAvailable);
        }
        finally
        {
            NativeMemory.AlignedFree(data);
        }
    }

    [Fact]
    public void Advise_BelowThreshold_LeavesMemoryAlone()
    {
        byte* data = stackalloc byte[64];
        HugePages.Advise(data, 64);
        data[0] = 1;
        Assert.Equal(1, data[0]);
    }
}
