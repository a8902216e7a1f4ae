using System.Text;
using NumBridge.IO;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.IO;

/// <summary>
/// np.memmap against NumPy 1.24's: files NumPy writes map to the same values here, bytes written here read back the
/// same in NumPy, and every error has NumPy's type and words.
/// </summary>
public sealed class MemoryMapCrossCheckTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>dtype, shape, order and offset of each layout checked (page-aligned offsets and not, both orders).</summary>
    private static readonly (string DType, long[] Shape, char Order, long Offset)[] Layouts =
    [
        ("<f4", [2, 3], 'C', 0),
        ("<f8", [3, 2], 'F', 5),
        (">i4", [4], 'C', 4096),
        ("<i2", [2, 2, 2], 'F', 4097),
        ("|u1", [5], 'C', 1),
        ("|i1", [2, 3], 'F', 4095),
        ("<c16", [2], 'C', 3),
        (">c8", [3], 'C', 9),
        ("|b1", [3], 'C', 0),
        ("<f2", [2, 3], 'C', 7),
        ("<u8", [3], 'C', 8),
        (">u2", [2, 2], 'F', 8192),
    ];

    private static string PyShape(long[] shape) => shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";

    [PythonFact]
    public void memmap_FileWrittenByNumPy_MapsToNumPysValues()
    {
        var script = new StringBuilder();
        for (int i = 0; i < Layouts.Length; i++)
        {
            (string dt, long[] shape, char order, long offset) = Layouts[i];
            script.Append($"a = (np.arange(int(np.prod({PyShape(shape)}))) * 3 - 7).astype('{dt}').reshape({PyShape(shape)})\n")
                .Append($"open(r'{_dir.File($"{i}.bin")}', 'wb').write(b'\\xab' * {offset} + a.tobytes(order='{order}'))\n")
                .Append($"m = np.memmap(r'{_dir.File($"{i}.bin")}', dtype='{dt}', mode='r', offset={offset}, shape={PyShape(shape)}, order='{order}')\n")
                .Append("assert str(m) == str(a)\n")
                .Append("print(str(a)); print('----')\n");
        }

        string[] expected = PythonNumPy.Run(script.ToString()).Split("----\n");
        for (int i = 0; i < Layouts.Length; i++)
        {
            (string dt, long[] shape, char order, long offset) = Layouts[i];
            using NDArray m = np.memmap(_dir.File($"{i}.bin"), dtype: dt, mode: "r", offset: offset, shape: shape, order: order);
            Assert.Equal(expected[i].TrimEnd('\n'), m.ToString());
            Assert.Equal(order == 'F' && shape.Length > 1, m.flags.f_contiguous && !m.flags.c_contiguous);
        }
    }

    [PythonFact]
    public void memmap_BytesWrittenThroughReadWrite_ReadByNumPy()
    {
        var script = new StringBuilder();
        var printed = new List<string>();
        for (int i = 0; i < Layouts.Length; i++)
        {
            (string dt, long[] shape, char order, long offset) = Layouts[i];
            string path = _dir.File($"{i}.bin");
            Shape s = shape;
            using (NDArray w = np.memmap(path, dtype: dt, mode: "w+", offset: offset, shape: s, order: order))
            using (NDArray source = np.arange(s.size).astype(dt).reshape(s))
            {
                w[..] = source;
            }

            using (NDArray rw = np.memmap(path, dtype: dt, mode: "r+", offset: offset, shape: s, order: order))
            {
                rw[0] = 1; // the first row (or element) through a second, read-write map
                rw.flush();
                printed.Add(rw.ToString());
            }

            script.Append($"print(str(np.fromfile(r'{path}', dtype='{dt}', offset={offset}).reshape({PyShape(shape)}, order='{order}'))); print('----')\n");
        }

        string[] numpy = PythonNumPy.Run(script.ToString()).Split("----\n");
        for (int i = 0; i < Layouts.Length; i++)
        {
            Assert.Equal(printed[i], numpy[i].TrimEnd('\n'));
        }
    }

    /// <summary>The error cases: the Python call's arguments after the file name, and the same call here.</summary>
    private static IEnumerable<(string File, string PyArgs, Func<string, NDArray> Call)> ErrorCases()
    {
        long g = MapPlan.Granularity;
        yield return ("ten", "mode='x'", p => np.memmap(p, mode: "x"));
        yield return ("new", "mode='w+'", p => np.memmap(p, mode: "w+"));
        yield return ("ten", "dtype='<i4', mode='r'", p => np.memmap(p, dtype: np.int32, mode: "r"));
        yield return ("ten", "dtype='<i2', mode='r', offset=9", p => np.memmap(p, dtype: np.int16, mode: "r", offset: 9));
        yield return ("ten", "dtype='<i2', mode='r', shape=(6,)", p => np.memmap(p, dtype: np.int16, mode: "r", shape: 6));
        yield return ("ten", "dtype='<i2', mode='c', offset=4, shape=(4,)", p => np.memmap(p, dtype: np.int16, mode: "c", offset: 4, shape: 4));
        yield return ("ten", $"mode='r', offset={g}, shape=(0,)", p => np.memmap(p, mode: "r", offset: g, shape: 0));
        yield return ("ten", "mode='r', offset=11, shape=(0,)", p => np.memmap(p, mode: "r", offset: 11, shape: 0));
        yield return ("ten", "mode='r', offset=11", p => np.memmap(p, mode: "r", offset: 11));
        yield return ("ten", $"mode='r', offset={g + 904}", p => np.memmap(p, mode: "r", offset: g + 904));
        yield return ("ten", "mode='r', offset=-1, shape=(2,)", p => np.memmap(p, mode: "r", offset: -1, shape: 2));
        yield return ("ten", "mode='r', offset=-1", p => np.memmap(p, mode: "r", offset: -1));
        yield return ("ten", "mode='r', shape=(-1,)", p => np.memmap(p, mode: "r", shape: -1));
        yield return ("ten", "mode='r', shape=(-1, -2)", p => np.memmap(p, mode: "r", shape: (-1, -2)));
        yield return ("ten", "mode='r', shape=(2, 5), order='X'", p => np.memmap(p, mode: "r", shape: (2, 5), order: 'X'));
        yield return ("empty", "mode='r'", p => np.memmap(p, mode: "r"));
        yield return ("empty", "mode='r+'", p => np.memmap(p, mode: "r+"));
        yield return ("empty", "mode='c', shape=(0,)", p => np.memmap(p, mode: "c", shape: 0));
        yield return ("new0", "mode='w+', shape=(0,)", p => np.memmap(p, mode: "w+", shape: 0));
        yield return ("missing", "mode='r'", p => np.memmap(p, mode: "r"));
        yield return ("missing", "mode='c'", p => np.memmap(p, mode: "c"));
    }

    [PythonFact]
    public void memmap_Errors_MatchNumPysTypeAndMessage()
    {
        (string File, string PyArgs, Func<string, NDArray> Call)[] cases = ErrorCases().ToArray();
        var script = new StringBuilder("import mmap\nprint(mmap.ALLOCATIONGRANULARITY)\n");
        for (int i = 0; i < cases.Length; i++)
        {
            string path = Prepare(cases[i].File, i, "py");
            script.Append("try:\n")
                .Append($"    np.memmap(r'{path}', {cases[i].PyArgs}); print('OK')\n")
                .Append("except Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n");
        }

        string[] lines = PythonNumPy.Run(script.ToString()).TrimEnd('\n').Split('\n');
        Assert.Equal(MapPlan.Granularity.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0]);
        for (int i = 0; i < cases.Length; i++)
        {
            string path = Prepare(cases[i].File, i, "net");
            Exception ex = Assert.ThrowsAny<Exception>(() => cases[i].Call(path));
            string expected = lines[i + 1].Replace(_dir.File($"{i}.py"), path, StringComparison.Ordinal);
            Assert.Equal(expected, Describe(ex));
        }
    }

    /// <summary>A case's file: ten bytes, an empty file, or a path that does not exist yet.</summary>
    private string Prepare(string kind, int index, string side)
    {
        string path = _dir.File($"{index}.{side}");
        switch (kind)
        {
            case "ten":
                File.WriteAllBytes(path, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
        }

        return path;
    }

    /// <summary>The exception as Python prints it: NumPy's type name for the .NET type, and the message without the
    /// parameter suffix .NET appends.</summary>
    private static string Describe(Exception ex)
    {
        string type = ex switch
        {
            FileNotFoundException => "FileNotFoundError",
            ArgumentOutOfRangeException => "OverflowError",
            ArgumentException => "ValueError",
            _ => ex.GetType().Name,
        };
        string message = ex is ArgumentException { ParamName: { } name } a
            ? a.Message[..^$" (Parameter '{name}')".Length]
            : ex.Message;
        return $"{type}: {message}";
    }
}
