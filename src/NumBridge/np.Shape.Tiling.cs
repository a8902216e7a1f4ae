using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    /// <summary>Constructs an array by repeating <paramref name="A"/> the number of times given by
    /// <paramref name="reps"/> (<c>numpy.tile</c>).</summary>
    /// <param name="A">The array.</param>
    /// <param name="reps">Repetitions per axis. With fewer entries than <c>A.ndim</c>, ones are prepended; with more,
    /// <paramref name="A"/> gets leading axes of length 1.</param>
    /// <returns>A new COPY, C-ordered, of <c>max(A.ndim, reps.Length)</c> dimensions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>negative dimensions are not allowed</c>.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 0, 1, 2 });
    /// Console.WriteLine(np.tile(a, 2));    // [0 1 2 0 1 2]
    /// Console.WriteLine(np.tile(a, 2, 1)); // [[0 1 2]
    ///                                      //  [0 1 2]]
    /// </code>
    /// </example>
    public static NDArray tile(NDArray A, params nint[] reps)
    {
        ArgumentNullException.ThrowIfNull(A);
        ArgumentNullException.ThrowIfNull(reps);
        A.ThrowIfDisposed();
        int n = Math.Max(A.ndim, reps.Length);
        var fullReps = new nint[n];
        fullReps.AsSpan().Fill(1);
        reps.CopyTo(fullReps, n - reps.Length);
        var dims = new nint[n];
        dims.AsSpan().Fill(1);
        A.shape.Dims.CopyTo(dims.AsSpan(n - A.ndim));
        foreach (nint r in fullReps)
        {
            if (r < 0 && A.size > 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(reps));
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (checked(dims[i] * fullReps[i]) < 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(reps));
            }
        }

        // Leading axes of length 1 (numpy.array(A, ndmin=d)) are a view.
        var strides = new nint[n];
        A.StridesSpan.CopyTo(strides.AsSpan(n - A.ndim));
        using NDArray source = A.CreateView(A.dtype, Shape.Wrap(dims), strides, A.Offset, writeable: false);
        return Tile.Run(source, fullReps);
    }

    /// <summary>Repeats each element of an array <paramref name="repeats"/> times (<c>numpy.repeat</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="repeats">The number of repetitions of every element.</param>
    /// <param name="axis">The axis along which to repeat; null repeats the flattened array.</param>
    /// <returns>A new COPY, C-ordered; 1-D when <paramref name="axis"/> is null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>negative dimensions are not allowed</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2, 3, 4 }).reshape(2, 2);
    /// Console.WriteLine(np.repeat(a, 2));          // [1 1 2 2 3 3 4 4]
    /// Console.WriteLine(np.repeat(a, 2, axis: 0)); // [[1 2]
    ///                                              //  [1 2]
    ///                                              //  [3 4]
    ///                                              //  [3 4]]
    /// </code>
    /// </example>
    public static NDArray repeat(NDArray a, nint repeats, int? axis = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        (NDArray source, int ax) = RepeatSource(a, axis);
        using (source)
        {
            if (repeats < 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(repeats));
            }

            return Repeat.Uniform(source, ax, repeats);
        }
    }

    /// <summary>Repeats element <c>i</c> along an axis <c>repeats[i]</c> times (<c>numpy.repeat</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="repeats">One count per element along the axis, or a single count for all.</param>
    /// <param name="axis">The axis along which to repeat; null repeats the flattened array.</param>
    /// <returns>A new COPY, C-ordered; 1-D when <paramref name="axis"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>repeats may not contain negative values.</c>, or
    /// <c>operands could not be broadcast together with shape (3,) (2,)</c> when the counts do not match the axis.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2, 3 });
    /// Console.WriteLine(np.repeat(a, [0, 1, 3])); // [2 3 3 3]
    /// </code>
    /// </example>
    public static NDArray repeat(NDArray a, nint[] repeats, int? axis = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(repeats);
        if (repeats.Length == 1)
        {
            return repeat(a, repeats[0], axis);
        }

        a.ThrowIfDisposed();
        (NDArray source, int ax) = RepeatSource(a, axis);
        using (source)
        {
            nint length = source.shape.Dims[ax];
            if (repeats.Length != length)
            {
                ThrowHelper.ThrowArgument(Messages.RepeatsBroadcast(length, repeats.Length), nameof(repeats));
            }

            foreach (nint r in repeats)
            {
                if (r < 0)
                {
                    ThrowHelper.ThrowArgument(Messages.RepeatsNegative, nameof(repeats));
                }
            }

            return Repeat.PerElement(source, ax, repeats);
        }
    }

    // The array to repeat (flattened when axis is null) and the normalised axis.
    private static (NDArray Source, int Axis) RepeatSource(NDArray a, int? axis)
    {
        if (axis is not { } ax)
        {
            return (a.ravel(), 0);
        }

        ax = AxisMath.CheckAndAdjustAxis(ax, a.ndim);
        return (a.CreateView(a.shape, a.strides), ax);
    }
}
