namespace NumBridge.Kernels;

/// <summary>
/// Walks the 1-D lanes of one or two arrays of the same shape along an axis: every index of the other dimensions, in
/// C order, with the byte offset of the lane's first element in each array (an odometer over the other dimensions).
/// </summary>
internal struct LaneWalker
{
    private readonly nint[] _dims;
    private readonly nint[] _strides1;
    private readonly nint[] _strides2;
    private readonly nint[] _index;
    private readonly int _axis;

    public LaneWalker(ReadOnlySpan<nint> dims, ReadOnlySpan<nint> strides1, ReadOnlySpan<nint> strides2, int axis)
    {
        _dims = dims.ToArray();
        _strides1 = strides1.ToArray();
        _strides2 = strides2.ToArray();
        _index = new nint[dims.Length];
        _axis = axis;
        nint lanes = 1;
        for (int d = 0; d < dims.Length; d++)
        {
            if (d != axis)
            {
                lanes = checked(lanes * dims[d]);
            }
        }

        Count = dims[axis] == 0 ? 0 : lanes;
    }

    /// <summary>The number of lanes (zero when the axis is empty).</summary>
    public nint Count { get; }

    /// <summary>The lane's first byte offset in the first array.</summary>
    public nint Offset1 { get; private set; }

    /// <summary>The lane's first byte offset in the second array.</summary>
    public nint Offset2 { get; private set; }

    /// <summary>Moves to the next lane.</summary>
    public void MoveNext()
    {
        for (int d = _dims.Length - 1; d >= 0; d--)
        {
            if (d == _axis)
            {
                continue;
            }

            Offset1 += _strides1[d];
            Offset2 += _strides2[d];
            if (++_index[d] < _dims[d])
            {
                return;
            }

            Offset1 -= _strides1[d] * _dims[d];
            Offset2 -= _strides2[d] * _dims[d];
            _index[d] = 0;
        }
    }
}
