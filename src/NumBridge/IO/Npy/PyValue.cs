using System.Globalization;
using System.Numerics;
using System.Text;

namespace NumBridge.IO;

/// <summary>
/// A Python literal value, as <c>ast.literal_eval</c> returns it for an <c>.npy</c> header: int, float, bool, None,
/// str, bytes, tuple, list, dict or set. Each knows its Python <c>repr</c>, which NumPy's header errors quote.
/// </summary>
internal abstract class PyValue
{
    /// <summary>The Python type name (<c>int</c>, <c>list</c>, ...), used in <c>unhashable type: 'list'</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>Whether the value can be a dict key or set member (no list, dict or set inside).</summary>
    public virtual bool IsHashable => true;

    public abstract void AppendRepr(StringBuilder sb);

    public string Repr()
    {
        var sb = new StringBuilder();
        AppendRepr(sb);
        return sb.ToString();
    }

    public override string ToString() => Repr();

    protected static void AppendItems(StringBuilder sb, IReadOnlyList<PyValue> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            items[i].AppendRepr(sb);
        }
    }
}

internal sealed class PyInt(BigInteger value) : PyValue
{
    public BigInteger Value { get; } = value;

    public override string TypeName => "int";

    public override void AppendRepr(StringBuilder sb) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));
}

internal sealed class PyBool(bool value) : PyValue
{
    public bool Value { get; } = value;

    public override string TypeName => "bool";

    public override void AppendRepr(StringBuilder sb) => sb.Append(Value ? "True" : "False");
}

internal sealed class PyNone : PyValue
{
    public static readonly PyNone Instance = new();

    public override string TypeName => "NoneType";

    public override void AppendRepr(StringBuilder sb) => sb.Append("None");
}

internal sealed class PyFloat(double value) : PyValue
{
    public double Value { get; } = value;

    public override string TypeName => "float";

    public override void AppendRepr(StringBuilder sb) => sb.Append(PyRepr.Float(Value));
}

internal sealed class PyStr(string value) : PyValue
{
    public string Value { get; } = value;

    public override string TypeName => "str";

    public override void AppendRepr(StringBuilder sb) => PyRepr.AppendStr(sb, Value);
}

internal sealed class PyBytes(byte[] value) : PyValue
{
    public byte[] Value { get; } = value;

    public override string TypeName => "bytes";

    public override void AppendRepr(StringBuilder sb) => sb.Append(PyRepr.Bytes(Value));
}

internal sealed class PyTuple(PyValue[] items) : PyValue
{
    public PyValue[] Items { get; } = items;

    public override string TypeName => "tuple";

    public override bool IsHashable => Array.TrueForAll(Items, item => item.IsHashable);

    public override void AppendRepr(StringBuilder sb)
    {
        sb.Append('(');
        AppendItems(sb, Items);
        sb.Append(Items.Length == 1 ? ",)" : ")");
    }
}

internal sealed class PyList(PyValue[] items) : PyValue
{
    public PyValue[] Items { get; } = items;

    public override string TypeName => "list";

    public override bool IsHashable => false;

    public override void AppendRepr(StringBuilder sb)
    {
        sb.Append('[');
        AppendItems(sb, Items);
        sb.Append(']');
    }
}

/// <summary>A set literal; members in the order written (CPython's order is by hash, which no message here needs).</summary>
internal sealed class PySet(PyValue[] items) : PyValue
{
    public PyValue[] Items { get; } = items;

    public override string TypeName => "set";

    public override bool IsHashable => false;

    public override void AppendRepr(StringBuilder sb)
    {
        sb.Append('{');
        AppendItems(sb, Items);
        sb.Append('}');
    }
}

/// <summary>A dict literal: keys in first-insertion order, a repeated key keeping its place and taking the last
/// value, as a Python dict does.</summary>
internal sealed class PyDict : PyValue
{
    private readonly List<PyValue> _keys = [];
    private readonly List<PyValue> _values = [];
    private readonly Dictionary<PyValue, int> _index = new(PyKeyComparer.Instance);

    public override string TypeName => "dict";

    public override bool IsHashable => false;

    public IReadOnlyList<PyValue> Keys => _keys;

    public int Count => _keys.Count;

    /// <summary>Adds or replaces; the caller checked that the key is hashable.</summary>
    public void Set(PyValue key, PyValue value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            _values[i] = value;
            return;
        }

        _index.Add(key, _keys.Count);
        _keys.Add(key);
        _values.Add(value);
    }

    public bool TryGetValue(string key, out PyValue value)
    {
        if (_index.TryGetValue(new PyStr(key), out int i))
        {
            value = _values[i];
            return true;
        }

        value = PyNone.Instance;
        return false;
    }

    public override void AppendRepr(StringBuilder sb)
    {
        sb.Append('{');
        for (int i = 0; i < _keys.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            _keys[i].AppendRepr(sb);
            sb.Append(": ");
            _values[i].AppendRepr(sb);
        }

        sb.Append('}');
    }
}

/// <summary>Python's key equality: <c>1 == 1.0 == True</c> hash and compare alike; tuples compare item by item.</summary>
internal sealed class PyKeyComparer : IEqualityComparer<PyValue>
{
    public static readonly PyKeyComparer Instance = new();

    public bool Equals(PyValue? x, PyValue? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        if (AsNumber(x) is { } a && AsNumber(y) is { } b)
        {
            return a.Equals(b);
        }

        return (x, y) switch
        {
            (PyStr s, PyStr t) => string.Equals(s.Value, t.Value, StringComparison.Ordinal),
            (PyBytes s, PyBytes t) => s.Value.AsSpan().SequenceEqual(t.Value),
            (PyNone, PyNone) => true,
            (PyTuple s, PyTuple t) => s.Items.Length == t.Items.Length && s.Items.Zip(t.Items).All(p => Equals(p.First, p.Second)),
            _ => false,
        };
    }

    public int GetHashCode(PyValue obj)
    {
        if (AsNumber(obj) is { } n)
        {
            return n.GetHashCode();
        }

        switch (obj)
        {
            case PyStr s:
                return string.GetHashCode(s.Value, StringComparison.Ordinal);
            case PyBytes b:
                var hb = new HashCode();
                hb.AddBytes(b.Value);
                return hb.ToHashCode();
            case PyTuple t:
                var ht = new HashCode();
                foreach (PyValue item in t.Items)
                {
                    ht.Add(GetHashCode(item));
                }

                return ht.ToHashCode();
            default:
                return 0;
        }
    }

    /// <summary>A number as an exact integer when it is one (so 1, 1.0 and True meet), else its double.</summary>
    private static object? AsNumber(PyValue v) => v switch
    {
        PyInt i => i.Value,
        PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
        PyFloat f when double.IsFinite(f.Value) && Math.Floor(f.Value) == f.Value => new BigInteger(f.Value),
        PyFloat f => f.Value,
        _ => null,
    };
}
