#!/usr/bin/python3
"""Writes the golden files for tests/NumBridge.Tests/Math from the reference NumPy.

Run with Debian's NumPy 1.24 (/usr/bin/python3 make_golden.py in this folder). NumPy 1.24's legacy promotion differs
from NumPy 2, so every result here is computed under np._set_promotion_state('weak'), which is NEP 50 (NumPy 2's rules).

promotion.jsonl: for every pair of the 14 dtypes, promote_types and can_cast (safe, same_kind); for every dtype, the
result_type with a weak Python int, float and complex.
ufuncs.jsonl: every ufunc on every dtype, on values that include nan, inf, -0.0, integer extremes and zero divisors;
each line holds the inputs, the result dtype and values, or the error type and message.
"""
import json
import warnings

import numpy as np

np._set_promotion_state('weak')
warnings.simplefilter('ignore')

DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']


def enc(v):
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.complexfloating, complex)):
        return [repr(float(v.real)), repr(float(v.imag))]
    if isinstance(v, (np.floating, float)):
        return repr(float(v))
    return str(int(v))


def values(dt):
    d = np.dtype(dt)
    if d.kind == 'b':
        return [False, True, True, False, True], [False, False, True, True, True]
    if d.kind in 'iu':
        info = np.iinfo(d)
        lo, hi = int(info.min), int(info.max)
        if d.kind == 'i':
            x1 = [0, 1, -1, hi, lo, 7, -7, 100, 3, -3, lo, 5]
            x2 = [1, 2, -1, 1, 1, 2, 2, 0, -2, 0, -1, 3]
        else:
            x1 = [0, 1, hi, 7, 200, 3, hi // 2 + 1, 10, 5, 0]
            x2 = [1, 2, 1, 2, 0, 5, 2, 3, 255 if hi > 255 else 1, 0]
        return x1, x2
    if d.kind == 'f':
        inf, nan = float('inf'), float('nan')
        x1 = [0.0, -0.0, 1.5, -2.5, inf, -inf, nan, 1e-5, 3.0, -7.0, 0.5, 2.5, 100.0, -1.0, 7.0, 0.0, 65504.0]
        x2 = [1.0, 2.0, -0.0, 0.0, 2.0, inf, 1.0, 3.0, 0.0, 2.0, -0.5, 2.0, 3.0, inf, -inf, 0.0, 2.0]
        return x1, x2
    inf, nan = float('inf'), float('nan')
    x1 = [1 + 2j, -1.5 + 0.5j, 0j, complex(inf, 0), complex(nan, 1), 3 - 4j, 2 + 0j, -0.5 - 0.5j]
    x2 = [2 - 1j, 0.5 + 0.5j, 1 + 0j, 1 + 1j, 1 + 0j, 3 - 4j, 2 + 0j, 1 + 2j]
    return x1, x2


BINARY = ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power', 'minimum', 'maximum',
          'bitwise_and', 'bitwise_or', 'bitwise_xor', 'equal', 'not_equal', 'less', 'less_equal', 'greater',
          'greater_equal', 'logical_and', 'logical_or', 'logical_xor']
UNARY = ['negative', 'absolute', 'sqrt', 'square', 'exp', 'log', 'log1p', 'sin', 'cos', 'tanh', 'floor', 'ceil',
         'invert', 'logical_not', 'isnan', 'isfinite']


def record(out, **fields):
    try:
        r = fields.pop('call')()
        fields['out_dtype'] = str(r.dtype)
        fields['out'] = [enc(v) for v in r.ravel()]
        fields['out_hex'] = np.ascontiguousarray(r).tobytes().hex()
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        fields['error'] = type(e).__name__
        fields['message'] = str(e)
    out.write(json.dumps(fields) + '\n')


with open('promotion.jsonl', 'w') as f:
    for a in DTYPES:
        for b in DTYPES:
            f.write(json.dumps({'a': a, 'b': b, 'promote_types': str(np.promote_types(a, b)),
                                'safe': bool(np.can_cast(a, b, 'safe')),
                                'same_kind': bool(np.can_cast(a, b, 'same_kind'))}) + '\n')
    for a in DTYPES:
        f.write(json.dumps({'a': a, 'weak_int': str(np.result_type(np.dtype(a), 1)),
                            'weak_float': str(np.result_type(np.dtype(a), 1.0)),
                            'weak_complex': str(np.result_type(np.dtype(a), 1j))}) + '\n')

with open('ufuncs.jsonl', 'w') as f:
    for dt in DTYPES:
        x1, x2 = values(dt)
        a = np.array(x1, dtype=dt)
        b = np.array(x2, dtype=dt)
        for name in BINARY:
            y = b
            if name == 'power' and np.dtype(dt).kind == 'i':
                y = np.abs(b.astype(np.int64)).astype(dt) % 5
            record(f, ufunc=name, dtype=dt, x1=[enc(v) for v in a], x2=[enc(v) for v in y],
                   x1_hex=a.tobytes().hex(), x2_hex=y.tobytes().hex(), call=lambda: getattr(np, name)(a, y))
        for name in UNARY:
            record(f, ufunc=name, dtype=dt, x1=[enc(v) for v in a], x1_hex=a.tobytes().hex(),
                   call=lambda: getattr(np, name)(a))
        for decimals in (0, 1, 2, -1):
            record(f, ufunc='round', decimals=decimals, dtype=dt, x1=[enc(v) for v in a], x1_hex=a.tobytes().hex(),
                   call=lambda: np.round(a, decimals))
        if np.dtype(dt).kind != 'c':
            record(f, ufunc='clip', dtype=dt, x1=[enc(v) for v in a], x2=[enc(v) for v in b],
                   x1_hex=a.tobytes().hex(), x2_hex=b.tobytes().hex(), call=lambda: np.clip(a, np.minimum(b, a[::-1]), np.maximum(b, a[::-1])))
        cond = np.array([i % 3 == 0 for i in range(len(a))])
        record(f, ufunc='where', dtype=dt, x1=[enc(v) for v in a], x2=[enc(v) for v in b],
               x1_hex=a.tobytes().hex(), x2_hex=b.tobytes().hex(), call=lambda: np.where(cond, a, b))
