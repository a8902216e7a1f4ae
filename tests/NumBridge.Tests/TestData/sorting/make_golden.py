#!/usr/bin/python3
"""Writes the golden file for tests/NumBridge.Tests/Sorting from the reference NumPy.

Run with Debian's NumPy 1.24 (/usr/bin/python3 make_golden.py in this folder).

sorting.jsonl: on every dtype, a (3, 8) array with duplicates, NaN, inf and integer extremes, and the results of
sort (axis -1, 0 and None), argsort (kind='stable'; NumBridge's argsort is always stable), unique (with index,
inverse and counts), nonzero, argwhere, flatnonzero and count_nonzero (axis None, 0, 1, (0, 1)). Values are bytes
in hex. -0.0 appears only in the argsort input: which of -0.0 and 0.0 a non-stable sort puts first is unspecified.
NumPy 2's unique returns the inverse in the input's shape; 1.24 returns it flat, so the test reshapes it.
"""
import json
import warnings

import numpy as np

warnings.simplefilter('ignore')

DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']


def data(dt):
    d = np.dtype(dt)
    if d.kind == 'b':
        v = [1, 0, 0, 1, 1, 0, 1, 0] * 3
    elif d.kind in 'iu':
        info = np.iinfo(d)
        v = [int(info.max), 3, 0, int(info.min), 3, 1, 2, 0, 7, 7, 1, int(info.max) - 1, 0, 5, 3, 2,
             1, 1, int(info.min), 4, 0, 6, 2, 9]
    elif d.kind == 'f':
        nan, inf = float('nan'), float('inf')
        v = [3.5, nan, 1.0, -inf, 2.0, 1.0, inf, 0.0, nan, -2.5, 7.0, 1.0, 0.0, 2.0, -1.0, nan,
             5.0, 3.5, -2.5, 4.0, inf, 6.0, 0.0, 1.0]
    else:
        nan, inf = float('nan'), float('inf')
        v = [complex(1, 2), complex(nan, 0), complex(1, -1), complex(0, nan), complex(1, 2), complex(-inf, 0),
             complex(nan, nan), complex(0, 0), complex(2, 0), complex(1, nan), complex(nan, -1), complex(0, 3),
             complex(1, -1), complex(0, 0), complex(-1, 5), complex(3, 3), complex(2, 0), complex(nan, 0),
             complex(0, 1), complex(1, 2), complex(inf, 1), complex(0, nan), complex(-1, 5), complex(4, 0)]
    return np.array(v).astype(dt).reshape(3, 8)


def enc(a):
    a = np.asarray(a)
    return {'dtype': a.dtype.name, 'shape': list(a.shape), 'hex': np.ascontiguousarray(a).tobytes().hex()}


def unique_axis(a):
    """unique along each axis of arrays with repeated rows, columns and planes (return_index makes NumPy sort stably).
    NumPy compares the slices as structured elements: a slice holding a NaN equals no other."""
    rows = a[[0, 2, 0, 1, 2, 0, 1]]
    cols = a[:, [3, 1, 3, 0, 1, 5, 3]]
    cube = a.reshape(3, 2, 4)[[1, 0, 1]][:, :, [2, 0, 2, 1]]
    cases = [(rows, 0), (rows, -2), (cols, 1), (cols, -1), (cube, 0), (cube, 1), (cube, 2), (a[:, :0], 0), (a[:0], 1)]
    return [{'axis': ax, 'a': enc(x),
             'out': [enc(r) for r in np.unique(x, return_index=True, return_inverse=True, return_counts=True, axis=ax)]}
            for x, ax in cases]


lines = []
for dt in DTYPES:
    a = data(dt)
    zeros = np.array([0.0, -0.0, 1.0, -0.0, 0.0, np.nan, -1.0, np.nan]).astype(dt)
    lines.append({
        'dtype': dt,
        'a': enc(a),
        'sort_last': enc(np.sort(a)),
        'sort_0': enc(np.sort(a, axis=0)),
        'sort_none': enc(np.sort(a, axis=None)),
        'argsort_last': enc(np.argsort(a, kind='stable')),
        'argsort_0': enc(np.argsort(a, axis=0, kind='stable')),
        'argsort_none': enc(np.argsort(a, axis=None, kind='stable')),
        'zeros': enc(zeros),
        'argsort_zeros': enc(np.argsort(zeros, kind='stable')),
        'unique': [enc(r) for r in np.unique(a, return_index=True, return_inverse=True, return_counts=True)],
        'unique_axis': unique_axis(a),
        'nonzero': [enc(r) for r in np.nonzero(a)],
        'argwhere': enc(np.argwhere(a)),
        'flatnonzero': enc(np.flatnonzero(a)),
        'count_none': int(np.count_nonzero(a)),
        'count_0': enc(np.count_nonzero(a, axis=0)),
        'count_1': enc(np.count_nonzero(a, axis=1)),
        'count_01': int(np.count_nonzero(a, axis=(0, 1))),
    })

with open('sorting.jsonl', 'w') as f:
    for line in lines:
        f.write(json.dumps(line) + '\n')
