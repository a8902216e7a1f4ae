using System.Reflection;
using NumBridge.Imaging;
using Xunit;

namespace NumBridge.Tests.BadInput;

/// <summary>
/// Every public method and constructor of the public types, called with null for each parameter that is not
/// declared nullable, the others given ordinary values: each must throw <see cref="ArgumentNullException"/> naming
/// that parameter, never a <see cref="NullReferenceException"/> from inside.
/// </summary>
public class NullArgumentSweepTests
{
    private static readonly Type[] s_types = [typeof(np), typeof(NDArray), typeof(DType), typeof(Image), typeof(NpzFile), typeof(Slice)];

    private static readonly NullabilityInfoContext s_nullability = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach ((MethodBase method, ParameterInfo parameter) in Targets())
        {
            data.Add(Describe(method, parameter));
        }

        return data;
    }

    private static IEnumerable<(MethodBase Method, ParameterInfo Parameter)> Targets()
    {
        foreach (Type type in s_types)
        {
            IEnumerable<MethodBase> members = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal))
                .Cast<MethodBase>()
                .Concat(type.GetConstructors());
            foreach (MethodBase method in members)
            {
                if (method.ContainsGenericParameters || method.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsByRef || p.ParameterType.IsPointer))
                {
                    continue;
                }

                foreach (ParameterInfo p in method.GetParameters())
                {
                    if (!p.ParameterType.IsValueType && s_nullability.Create(p).WriteState == NullabilityState.NotNull)
                    {
                        yield return (method, p);
                    }
                }
            }
        }
    }

    private static string Describe(MethodBase method, ParameterInfo parameter) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))}) null {parameter.Name}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Call_NullArgument_ThrowsArgumentNullException(string name)
    {
        (MethodBase method, ParameterInfo nulled) = Targets().Single(t => Describe(t.Method, t.Parameter) == name);
        using var samples = new Samples();
        object?[] args = method.GetParameters().Select(p => p == nulled ? null : samples.For(p)).ToArray();
        object? target = method.IsStatic || method is ConstructorInfo ? null : samples.Instance(method.DeclaringType!);

        Exception? thrown = null;
        try
        {
            if (method is ConstructorInfo ctor)
            {
                ctor.Invoke(args);
            }
            else
            {
                method.Invoke(target, args);
            }
        }
        catch (TargetInvocationException ex)
        {
            thrown = ex.InnerException;
        }

        var ane = Assert.IsType<ArgumentNullException>(thrown, exactMatch: false);
        Assert.Equal(nulled.Name, ane.ParamName);
    }

    /// <summary>Ordinary values for the parameters that are not nulled.</summary>
    private sealed class Samples : IDisposable
    {
        private readonly List<IDisposable> _owned = [];
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "numbridge-nulls-" + Guid.NewGuid().ToString("N"));

        public Samples() => Directory.CreateDirectory(_dir);

        public object? Instance(Type type)
        {
            if (type == typeof(NDArray))
            {
                return Array();
            }

            if (type == typeof(DType))
            {
                return np.float64;
            }

            if (type == typeof(Image))
            {
                return Own(Image.open(Path.Combine(AppContext.BaseDirectory, "TestData", "images", "rgb_4x3.png")));
            }

            if (type == typeof(NpzFile))
            {
                string path = Path.Combine(_dir, "z.npz");
                np.savez(path, Array());
                return Own(np.load_npz(path));
            }

            return type == typeof(Slice) ? new Slice(0, 2, 1) : null;
        }

        public object? For(ParameterInfo p)
        {
            Type t = p.ParameterType;
            if (p.HasDefaultValue)
            {
                // Optional parameters keep their defaults (null included), so options that exclude each other
                // (concatenate's out and dtype) are not both given.
                return t == typeof(nint) && p.DefaultValue is not null
                    ? (nint)Convert.ToInt64(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)
                    : p.DefaultValue;
            }

            if (t == typeof(NDArray))
            {
                return Array();
            }

            if (t == typeof(NDArray[]) || t == typeof(IEnumerable<NDArray>) || t == typeof(IReadOnlyList<NDArray>))
            {
                return new[] { Array(), Array() };
            }

            if (t == typeof(string))
            {
                return p.Name is "file" or "fp" or "filename" or "path" ? Path.Combine(_dir, "f.npy") : "C";
            }

            if (t == typeof(Stream))
            {
                return Own(new MemoryStream());
            }

            if (t == typeof(DType))
            {
                return np.float64;
            }

            if (t == typeof(Shape) || t == typeof(Shape?))
            {
                return new Shape(2, 3);
            }

            if (t == typeof(object))
            {
                return 1.0;
            }

            if (t.IsValueType)
            {
                return Activator.CreateInstance(t);
            }

            if (t.IsArray)
            {
                return System.Array.CreateInstance(t.GetElementType()!, 2);
            }

            if (t.IsAssignableFrom(typeof(Dictionary<string, NDArray>)))
            {
                return new Dictionary<string, NDArray> { ["x"] = Array() };
            }

            return null;
        }

        private NDArray Array() => Own(np.arange(6.0).reshape(2, 3));

        private T Own<T>(T item)
            where T : IDisposable
        {
            _owned.Add(item);
            return item;
        }

        public void Dispose()
        {
            foreach (IDisposable item in _owned)
            {
                item.Dispose();
            }

            Directory.Delete(_dir, recursive: true);
        }
    }
}
