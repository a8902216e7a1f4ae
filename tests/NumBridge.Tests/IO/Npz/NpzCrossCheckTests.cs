using NumBridge.Tests.CrossChecks;
using NumBridge.Tests.IO.Npy;
using Xunit;

namespace NumBridge.Tests.IO.Npz;

/// <summary>Cross-checks with the real NumPy: it opens NumBridge's archives (stored and deflated, members in
/// NumPy's order, each member np.save's bytes), and NumBridge opens NumPy's.</summary>
public sealed class NpzCrossCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nb-npz-cross-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PythonFact]
    public void savez_NumPyOpensArchive_SameMembersAndBytes()
    {
        using NDArray ints = np.arange(3);
        using NDArray flags = np.arange(-1, 1).astype(np.@bool);
        using NDArray image = np.arange(48).astype(np.uint8).reshape(4, 4, 3);
        using NDArray fortran = np.arange(6).astype(np.float32).reshape(2, 3).copy('F');
        using NDArray big = np.arange(4).astype(np.float64.newbyteorder('>'));
        var kwds = new Dictionary<string, NDArray> { ["image"] = image, ["f"] = fortran, ["be"] = big };
        np.savez(Path.Combine(_dir, "stored"), [ints, flags], kwds);
        np.savez_compressed(Path.Combine(_dir, "deflated"), [ints, flags], kwds);

        string output = PythonNumPy.Run($$"""
            import io, os, zipfile
            d = {{NpyCrossCheckTests.PythonString(_dir)}}
            expect = {'image': (np.arange(48) % 256).astype(np.uint8).reshape(4, 4, 3),
                      'f': np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3)),
                      'be': np.arange(4).astype('>f8'), 'arr_0': np.arange(3), 'arr_1': np.array([True, False])}
            for name in ('stored', 'deflated'):
                p = os.path.join(d, name + '.npz')
                with np.load(p) as z:
                    ok = all(z[k].dtype == v.dtype and np.array_equal(z[k], v) for k, v in expect.items())
                    print(name, z.files, ok)
                with zipfile.ZipFile(p) as zf:
                    for zi in zf.infolist():
                        buf = io.BytesIO(); np.save(buf, expect[zi.filename[:-4]])
                        print(zi.filename, zi.compress_type, zi.date_time, zf.read(zi.filename) == buf.getvalue())
            """);

        Assert.Equal("""
            stored ['image', 'f', 'be', 'arr_0', 'arr_1'] True
            image.npy 0 (1980, 1, 1, 0, 0, 0) True
            f.npy 0 (1980, 1, 1, 0, 0, 0) True
            be.npy 0 (1980, 1, 1, 0, 0, 0) True
            arr_0.npy 0 (1980, 1, 1, 0, 0, 0) True
            arr_1.npy 0 (1980, 1, 1, 0, 0, 0) True
            deflated ['image', 'f', 'be', 'arr_0', 'arr_1'] True
            image.npy 8 (1980, 1, 1, 0, 0, 0) True
            f.npy 8 (1980, 1, 1, 0, 0, 0) True
            be.npy 8 (1980, 1, 1, 0, 0, 0) True
            arr_0.npy 8 (1980, 1, 1, 0, 0, 0) True
            arr_1.npy 8 (1980, 1, 1, 0, 0, 0) True

            """, output);
    }

    [PythonFact]
    public void load_npz_ArchiveNumPyWrote_SameArrays()
    {
        PythonNumPy.Run($$"""
            import os
            d = {{NpyCrossCheckTests.PythonString(_dir)}}
            w = np.linspace(-1, 1, 6, dtype=np.float32).reshape(2, 3)
            np.savez(os.path.join(d, 'np_stored.npz'), np.arange(5), weights=w, big=np.zeros((300, 300), dtype='>f8'))
            np.savez_compressed(os.path.join(d, 'np_deflated.npz'), np.arange(5), weights=w, big=np.zeros((300, 300), dtype='>f8'))
            """);

        foreach (string name in new[] { "np_stored.npz", "np_deflated.npz" })
        {
            using NpzFile z = np.load_npz(Path.Combine(_dir, name));
            Assert.Equal(["weights", "big", "arr_0"], z.files);
            using NDArray w = z["weights"];
            using NDArray big = z["big.npy"];
            using NDArray a = z["arr_0"];
            Assert.Equal(new float[] { -1f, -0.6f, -0.2f, 0.2f, 0.6f, 1f }, w.ToArray<float>());
            Assert.Equal(">f8", big.dtype.str);
            Assert.Equal(new Shape(300, 300), big.shape);
            Assert.All(big.ToArray<double>(), v => Assert.Equal(0.0, v));
            Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, a.ToArray<long>());
        }
    }
}
