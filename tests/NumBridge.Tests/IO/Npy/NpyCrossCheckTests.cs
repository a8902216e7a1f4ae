using System.Globalization;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>
/// Cross-checks with the real NumPy for every dtype and layout: NumBridge's np.save output is byte-identical to
/// NumPy's for the same array and NumPy reads it back equal; NumBridge reads what NumPy writes equal. One Python run
/// does every case; each case reports as its own test.
/// </summary>
public sealed class NpyCrossCheckTests
{
    private static readonly string[] s_dtypes =
    [
        "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
        "float16", "float32", "float64", "complex64", "complex128",
    ];

    // The same array in both languages: NumBridge builder, NumPy expression (b is np.arange(-3, 21).astype(dt).reshape(2, 3, 4)).
    private static readonly (string Name, Func<NDArray, NDArray> Build, string Python)[] s_layouts =
    [
        ("c", b => b.copy(), "b"),
        ("fortran", b => b.copy('F'), "np.asfortranarray(b)"),
        ("transposed", b => b.T, "b.T"),
        ("strided", b => b[":, ::2, 1:"], "b[:, ::2, 1:]"),
        ("reversed", b => b["::-1, :, ::-1"], "b[::-1, :, ::-1]"),
        ("broadcast", b => np.broadcast_to(b["0"], (5, 3, 4)), "np.broadcast_to(b[0], (5, 3, 4))"),
        ("bigendian", b => b.astype(b.dtype.newbyteorder('>')), "b.astype(b.dtype.newbyteorder('>'))"),
        ("bigendian_fortran", b => b.astype(b.dtype.newbyteorder('>'), order: 'F'), "np.asfortranarray(b.astype(b.dtype.newbyteorder('>')))"),
        ("zero_d", b => b["1, 2, 3"], "np.asarray(b[1, 2, 3])"),
        ("empty", b => b[":, :0"], "b[:, :0]"),
    ];

    private static readonly Lazy<Results> s_results = new(RunAll);

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string dtype in s_dtypes)
            {
                foreach ((string name, _, _) in s_layouts)
                {
                    data.Add(dtype, name);
                }
            }

            return data;
        }
    }

    [PythonTheory]
    [MemberData(nameof(Cases))]
    public void save_SameArrayAsNumPy_SameBytesAndNumPyReadsIt(string dtype, string layout)
    {
        Assert.Equal("bytes=same load=equal", s_results.Value.NumPyVerdicts[$"{dtype}_{layout}"]);
    }

    [PythonTheory]
    [MemberData(nameof(Cases))]
    public void load_FileNumPyWrote_EqualsSameArray(string dtype, string layout)
    {
        Results results = s_results.Value;
        using NDArray expected = Build(dtype, layout);
        using NDArray actual = np.load(Path.Combine(results.Directory, $"py_{dtype}_{layout}.npy"));
        Assert.Equal(expected.dtype, actual.dtype);
        Assert.Equal(expected.shape, actual.shape);
        Assert.Equal(NpyFixtures.CBytes(expected), NpyFixtures.CBytes(actual));
        Assert.Equal(expected.flags.f_contiguous && !expected.flags.c_contiguous, actual.flags.f_contiguous && !actual.flags.c_contiguous);
    }

    private static NDArray Build(string dtype, string layout)
    {
        using NDArray b = np.arange(-3, 21).astype(DType.Parse(dtype)).reshape(2, 3, 4);
        return s_layouts.Single(l => l.Name == layout).Build(b);
    }

    private sealed record Results(string Directory, Dictionary<string, string> NumPyVerdicts);

    private static Results RunAll()
    {
        PythonNumPy.Require();
        string dir = System.IO.Directory.CreateTempSubdirectory("nb-npy-cross-").FullName;
        var script = new System.Text.StringBuilder();
        script.Append(CultureInfo.InvariantCulture, $"import io, os\nd = {PythonString(dir)}\ncases = []\n");
        foreach (string dtype in s_dtypes)
        {
            foreach ((string name, _, string python) in s_layouts)
            {
                using NDArray a = Build(dtype, name);
                np.save(Path.Combine(dir, $"nb_{dtype}_{name}.npy"), a);
                script.Append(CultureInfo.InvariantCulture, $"b = np.arange(-3, 21).astype('{dtype}').reshape(2, 3, 4)\ncases.append(('{dtype}_{name}', {python}))\n");
            }
        }

        script.Append("""
            for name, a in cases:
                buf = io.BytesIO(); np.save(buf, a)
                mine = open(os.path.join(d, 'nb_' + name + '.npy'), 'rb').read()
                back = np.load(os.path.join(d, 'nb_' + name + '.npy'))
                same = back.dtype == a.dtype and back.shape == a.shape and np.array_equal(back, a) \
                    and back.flags.f_contiguous == np.asarray(a).flags.f_contiguous
                print(name, 'bytes=' + ('same' if buf.getvalue() == mine else 'differ'), 'load=' + ('equal' if same else 'differ'))
                np.save(os.path.join(d, 'py_' + name + '.npy'), a)

            """);
        string output = PythonNumPy.Run(script.ToString());
        var verdicts = new Dictionary<string, string>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            verdicts[line[..space]] = line[(space + 1)..];
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return new Results(dir, verdicts);
    }

    internal static string PythonString(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
