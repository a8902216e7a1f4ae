#!/usr/bin/python3
"""Writes shape.jsonl, the golden file for tests/NumBridge.Tests/Shape, from the reference NumPy.

Run with Debian's NumPy 1.24 (/usr/bin/python3 make_golden.py in this folder), under np._set_promotion_state('weak')
(NEP 50, NumPy 2's promotion). Each line is one call: the op, its keyword arguments, the inputs (dtype, shape, bytes
in C order), and the outputs (dtype, shape, bytes; a list for split) or the error type and message.

One deliberate difference: numpy.pad in 'reflect', 'symmetric' and 'wrap' modes with a pad wider than the array.
NumPy 2 (numpy/lib/_arraypad_impl.py, `original_period`) copies whole periods of the original data, so the pad is the
periodic continuation of the array; NumPy 1.24 re-reflects partial chunks. Those cases are written from the periodic
index map (np.take), and every narrower case checks that the map equals NumPy 1.24's own np.pad.
"""
import json
import warnings

import numpy as np

np._set_promotion_state('weak')
warnings.simplefilter('ignore')

DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']


def make(dtype, shape, seed=0):
    n = int(np.prod(shape))
    k = np.arange(n) + seed
    d = np.dtype(dtype)
    if d.kind == 'b':
        v = (k * 7 + 3) % 3 == 0
    elif d.kind in 'iu':
        v = (k * 37 + 11) % 120
        if d.kind == 'i':
            v = v - 50
    elif d.kind == 'f':
        v = (k * 37 + 11) % 120 * 0.25 - 12.5
    else:
        v = ((k * 37 + 11) % 120 * 0.25 - 12.5) + 1j * (k % 7 - 3)
    return np.asarray(v).astype(d).reshape(shape)


def enc(a):
    a = np.asarray(a)
    return {'dtype': a.dtype.str, 'shape': list(a.shape), 'hex': np.ascontiguousarray(a).tobytes().hex()}


out = open('shape.jsonl', 'w')


def record(op, inputs, call, **args):
    line = {'op': op, 'inputs': [enc(x) for x in inputs], 'args': args}
    try:
        r = call()
        line['out'] = [enc(x) for x in r] if isinstance(r, list) else [enc(r)]
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        line['error'] = type(e).__name__
        line['message'] = str(e)
    out.write(json.dumps(line) + '\n')


def pad_map(k, n, mode):
    if mode == 'edge':
        return min(max(k, 0), n - 1)
    if mode == 'wrap':
        return k % n
    if mode == 'symmetric':
        m = k % (2 * n)
        return m if m < n else 2 * n - 1 - m
    if n == 1:
        return 0
    m = k % (2 * n - 2)
    return m if m < n else 2 * n - 2 - m


def pad2(a, pw, mode, **kw):
    """np.pad with NumPy 2's results for wide reflect/symmetric/wrap pads."""
    pairs = np.broadcast_to(np.asarray(pw), (a.ndim, 2)).tolist()
    if mode in ('constant', 'edge') or a.size == 0:
        return np.pad(a, pw, mode, **kw)
    r = a
    for ax, (b, e) in enumerate(pairs):
        n = a.shape[ax]
        idx = [pad_map(j - b, n, mode) for j in range(b + n + e)]
        r = np.take(r, idx, axis=ax)
    limit = {'reflect': lambda n: n - 1, 'symmetric': lambda n: n, 'wrap': lambda n: n}[mode]
    if all(b <= limit(a.shape[ax]) and e <= limit(a.shape[ax]) for ax, (b, e) in enumerate(pairs)):
        assert np.array_equal(r, np.pad(a, pw, mode), equal_nan=True), (mode, pw)
    return r


for dt in DTYPES:
    a23 = make(dt, (2, 3))
    b23 = make(dt, (2, 3), 5)
    a43 = make(dt, (4, 3), 9)
    a21 = make(dt, (2, 1), 3)
    v3 = make(dt, (3,), 1)
    v2 = make(dt, (2,), 4)
    s0 = make(dt, (), 2)
    for axis in (0, 1, -1, None):
        record('concatenate', [a23, b23], lambda: np.concatenate([a23, b23], axis=axis), axis=axis)
    record('concatenate', [a23, a43], lambda: np.concatenate([a23, a43], axis=0), axis=0)
    record('concatenate', [a23, a21, b23], lambda: np.concatenate([a23, a21, b23], axis=1), axis=1)
    record('concatenate', [a23, a43], lambda: np.concatenate([a23, a43], axis=None), axis=None)
    for axis in (0, 1, 2, -1, -3):
        record('stack', [a23, b23], lambda: np.stack([a23, b23], axis=axis), axis=axis)
    record('hstack', [v3, v2], lambda: np.hstack([v3, v2]))
    record('hstack', [a23, a21], lambda: np.hstack([a23, a21]))
    record('hstack', [s0, v2], lambda: np.hstack([s0, v2]))
    record('vstack', [a23, v3], lambda: np.vstack([a23, v3]))
    record('vstack', [s0, s0], lambda: np.vstack([s0, s0]))
    record('dstack', [a23, b23], lambda: np.dstack([a23, b23]))
    record('dstack', [v3, v3], lambda: np.dstack([v3, v3]))
    a64 = make(dt, (6, 4), 2)
    record('split', [a64], lambda: np.split(a64, 3), sections=3, axis=0)
    record('split', [a64], lambda: np.split(a64, 2, axis=1), sections=2, axis=1)
    record('split', [a64], lambda: np.split(a64, [1, 3], axis=0), indices=[1, 3], axis=0)
    record('split', [a64], lambda: np.split(a64, [-2, 1, 10], axis=-1), indices=[-2, 1, 10], axis=-1)
    record('array_split', [a64], lambda: np.array_split(a64, 4), sections=4, axis=0)
    record('array_split', [a64], lambda: np.array_split(a64, 3, axis=1), sections=3, axis=1)
    record('array_split', [a64], lambda: np.array_split(a64, 7, axis=1), sections=7, axis=1)
    for reps in ([2], [2, 1], [1, 2, 2], [], [3, 0], [1]):
        record('tile', [a23], lambda: np.tile(a23, tuple(reps)), reps=reps)
    record('tile', [v3], lambda: np.tile(v3, (2, 2)), reps=[2, 2])
    record('tile', [s0], lambda: np.tile(s0, 3), reps=[3])
    for axis in (None, 0, 1, -1):
        record('repeat', [a23], lambda: np.repeat(a23, 2, axis=axis), repeats=2, axis=axis)
    record('repeat', [a23], lambda: np.repeat(a23, [1, 0, 3], axis=1), repeats=[1, 0, 3], axis=1)
    record('repeat', [a23], lambda: np.repeat(a23, [2, 1], axis=0), repeats=[2, 1], axis=0)
    record('repeat', [a23], lambda: np.repeat(a23, [0, 1, 2, 0, 1, 3]), repeats=[0, 1, 2, 0, 1, 3], axis=None)
    record('repeat', [a23], lambda: np.repeat(a23, 0, axis=1), repeats=0, axis=1)
    record('repeat', [s0], lambda: np.repeat(s0, 3), repeats=3, axis=None)
    a34 = make(dt, (3, 4), 7)
    for mode in ('constant', 'edge', 'reflect', 'symmetric', 'wrap'):
        for pw in (2, [1, 2], [[1, 2], [3, 0]], [[0, 0], [0, 9]], 7, [[5, 11]]):
            record('pad', [a34], lambda: pad2(a34, pw, mode), pad_width=pw, mode=mode)
        record('pad', [v3], lambda: pad2(v3, [[4, 10]], mode), pad_width=[[4, 10]], mode=mode)
        record('pad', [s0], lambda: pad2(s0, 3, mode), pad_width=3, mode=mode)
    a14 = make(dt, (1, 4), 1)
    record('pad', [a14], lambda: pad2(a14, 3, 'reflect'), pad_width=3, mode='reflect')
    if dt != 'bool':
        for cv in (5, [1, 2], [[1, 2], [3, 4]]):
            record('pad', [a34], lambda: np.pad(a34, [1, 2], constant_values=np.asarray(cv).astype(dt)),
                   pad_width=[1, 2], mode='constant', constant_values=cv)
    # linear_ramp (end_values) and the statistic modes (stat_length): NumPy 1.24's own np.pad.
    signed = np.dtype(dt).kind != 'u'
    for mode in ('linear_ramp', 'maximum', 'mean', 'median', 'minimum'):
        for pw in (2, [1, 2], [[1, 2], [3, 0]], [[0, 0], [0, 9]], 7):
            record('pad', [a34], lambda: np.pad(a34, pw, mode), pad_width=pw, mode=mode)
        record('pad', [v3], lambda: np.pad(v3, [[4, 10]], mode), pad_width=[[4, 10]], mode=mode)
        record('pad', [s0], lambda: np.pad(s0, 3, mode), pad_width=3, mode=mode)
    for ev in (5, [1, 20], [[-3, 2], [7, -40]] if signed else [[3, 2], [7, 40]]):
        record('pad', [a34], lambda: np.pad(a34, [[2, 3], [4, 1]], 'linear_ramp', end_values=ev),
               pad_width=[[2, 3], [4, 1]], mode='linear_ramp', end_values=ev)
    for mode in ('maximum', 'mean', 'median', 'minimum'):
        for sl in (1, [1, 2], [[2, 3], [1, 4]], 10):
            record('pad', [a34], lambda: np.pad(a34, [[2, 3], [4, 1]], mode, stat_length=sl),
                   pad_width=[[2, 3], [4, 1]], mode=mode, stat_length=sl)
    for shift, axis in ((2, None), (-1, 1), (7, 0), ([1, 2], [0, 1]), ([1, 1], [1, 1]), (1, [1, -2]),
                        ([1, 2], None), (-4, None), ([], [])):
        record('roll', [a34], lambda: np.roll(a34, shift, axis=axis), shift=shift, axis=axis)
    record('roll', [s0], lambda: np.roll(s0, 1), shift=1, axis=None)

# Every pair of dtypes, joined: the result dtype is NEP 50's result_type.
for x in DTYPES:
    for y in DTYPES:
        a = make(x, (3,))
        b = make(y, (2,), 3)
        record('concatenate', [a, b], lambda: np.concatenate([a, b]), axis=0)
        record('stack', [a[:2], b], lambda: np.stack([a[:2], b]), axis=0)

# Requested dtypes and casting rules.
f = make('float64', (2,))
i = make('int64', (2,))
u = make('uint8', (2,))
for dt, casting in (('int64', 'same_kind'), ('int64', 'unsafe'), ('float32', 'same_kind'), ('float32', 'safe'),
                    ('int16', 'safe'), ('complex64', 'same_kind'), ('float64', 'no'), ('float64', 'equiv'),
                    ('bool', 'same_kind'), ('bool', 'unsafe')):
    record('concatenate', [f, i, u], lambda: np.concatenate([f, i, u], dtype=dt, casting=casting),
           axis=0, dtype=dt, casting=casting)
    record('stack', [f, i, u], lambda: np.stack([f, i, u], dtype=dt, casting=casting),
           axis=0, dtype=dt, casting=casting)

# Rounding of the statistic for integer arrays (half to even) and of the ramp (floor), and linspace's zero-step rule.
for dt in ('int64', 'uint8', 'float32'):
    r = np.array([[1, 2, 4, 7], [3, 3, 3, 3], [0, 5, 2, 1]], dt)
    for mode in ('mean', 'median'):
        record('pad', [r], lambda: np.pad(r, 2, mode, stat_length=2), pad_width=2, mode=mode, stat_length=2)
        record('pad', [r], lambda: np.pad(r, [[0, 0], [3, 3]], mode), pad_width=[[0, 0], [3, 3]], mode=mode)
    record('pad', [r], lambda: np.pad(r, [[0, 0], [5, 3]], 'linear_ramp', end_values=3),
           pad_width=[[0, 0], [5, 3]], mode='linear_ramp', end_values=3)
    record('pad', [r], lambda: np.pad(r, [[3, 2], [0, 0]], 'linear_ramp', end_values=[[7, 9], [0, 0]]),
           pad_width=[[3, 2], [0, 0]], mode='linear_ramp', end_values=[[7, 9], [0, 0]])
nanf = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])
for mode in ('maximum', 'mean', 'median', 'minimum', 'linear_ramp'):
    record('pad', [nanf], lambda: np.pad(nanf, 1, mode), pad_width=1, mode=mode)

# Errors of the new pad modes.
e34 = make('float64', (3, 4))
record('pad', [e34], lambda: np.pad(e34, 1, 'maximum', stat_length=0), pad_width=1, mode='maximum', stat_length=0)
record('pad', [e34], lambda: np.pad(e34, 1, 'minimum', stat_length=[[1, 1], [0, 2]]), pad_width=1, mode='minimum',
       stat_length=[[1, 1], [0, 2]])
record('pad', [e34], lambda: np.pad(e34, 1, 'mean', stat_length=-1), pad_width=1, mode='mean', stat_length=-1)
record('pad', [e34], lambda: np.pad(e34, 1, 'mean', end_values=1), pad_width=1, mode='mean', end_values=1)
record('pad', [e34], lambda: np.pad(e34, 1, 'linear_ramp', stat_length=1), pad_width=1, mode='linear_ramp',
       stat_length=1)
record('pad', [e34], lambda: np.pad(e34, 1, 'edge', end_values=1), pad_width=1, mode='edge', end_values=1)

# concatenate(out=): the out's dtype is the result dtype, the inputs cast to it under the casting rule.
for dt in DTYPES:
    a23 = make(dt, (2, 3))
    b13 = make(dt, (1, 3), 4)
    for odt in ('float32', 'int16', 'complex128', 'bool'):
        record('concatenate', [a23, b13], lambda: np.concatenate([a23, b13], out=np.zeros((3, 3), odt), casting='unsafe'),
               axis=0, casting='unsafe', out={'dtype': odt, 'shape': [3, 3]})
    record('concatenate', [a23, b13], lambda: np.concatenate([a23, b13], out=np.zeros((3, 3), dt)), axis=0,
           out={'dtype': dt, 'shape': [3, 3]})
    record('concatenate', [a23, b13], lambda: np.concatenate([a23, b13], axis=None, out=np.zeros(9, dt)), axis=None,
           out={'dtype': dt, 'shape': [9]})
f23 = make('float64', (2, 3))
i13 = make('int64', (1, 3))
for args in ({'axis': 0, 'out': {'dtype': 'int64', 'shape': [3, 3]}},
             {'axis': 0, 'out': {'dtype': 'float64', 'shape': [3, 4]}},
             {'axis': 0, 'out': {'dtype': 'float64', 'shape': [9]}},
             {'axis': None, 'out': {'dtype': 'float64', 'shape': [3, 3]}},
             {'axis': None, 'out': {'dtype': 'float64', 'shape': [8]}},
             {'axis': 0, 'dtype': 'float64', 'out': {'dtype': 'float64', 'shape': [3, 3]}}):
    o = args['out']
    kw = {k: v for k, v in args.items() if k != 'out'}
    record('concatenate', [f23, i13], lambda: np.concatenate([f23, i13], out=np.zeros(o['shape'], o['dtype']), **kw),
           **args)
out.close()
