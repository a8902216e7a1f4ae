#!/usr/bin/python3
"""Writes reductions.jsonl for tests/NumBridge.Tests/Reductions from the reference NumPy.

Run with Debian's NumPy 1.24 (/usr/bin/python3 make_golden.py in this folder), under np._set_promotion_state('weak')
(NEP 50, NumPy 2's rules). Each line is one call: the input (bytes in hex, or a seeded LCG both sides compute exactly),
its view (np.asfortranarray, then an index such as '::-1, 1:', then a transpose), the function and its keywords, and
the result dtype, shape and bytes (a SHA-256 of them above 2 KiB), or the error type and message.
"""
import hashlib
import json
import warnings

import numpy as np

np._set_promotion_state('weak')
warnings.simplefilter('ignore')

DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']
MASK64 = (1 << 64) - 1


def lcg(seed, n, dtype):
    """u in [0, 1) from a 64-bit LCG, mapped to (u * 2 - 1) * 1000 in float64, then cast (exact on both sides)."""
    s = seed
    out = np.empty(n, np.float64)
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) & MASK64
        out[i] = ((s >> 11) * 2.0 ** -53 * 2.0 - 1.0) * 1000.0
    return out.astype(dtype)


def small(dt):
    d = np.dtype(dt)
    if d.kind == 'b':
        return np.array([True, False, True, True, False, True, False, False, True, True, True, False], dt)
    if d.kind in 'iu':
        info = np.iinfo(d)
        v = [3, 1, 7, 0, 2, int(info.max), 5, 1, int(info.min) if d.kind == 'i' else 9, 4, 6, 2]
        return np.array(v, dt)
    if d.kind == 'f':
        return np.array([1.5, -2.25, 3.0, 0.5, -0.0, 7.0, 2.0, -1.0, 4.5, 0.25, 6.0, -3.5], dt)
    return np.array([1 + 2j, -1.5 + 0.5j, 3 - 1j, 0.5j, 2 + 2j, -1 - 1j, 4 + 0j, 0.25 - 3j, 1 + 1j, 2 - 2j, -3 + 1j, 5j], dt)


def where_mask(spec):
    """The where= mask of a case: explicit bits ('1' selects), or runs of `keep` selected in every `period` elements
    (flat index in C order), reshaped to spec['shape'] and cast to spec.get('dtype', 'bool')."""
    shape = tuple(spec['shape'])
    if 'bits' in spec:
        flat = np.array([c == '1' for c in spec['bits']], bool)
    else:
        flat = np.arange(int(np.prod(shape))) % spec['period'] < spec['keep']
    return flat.reshape(shape).astype(spec.get('dtype', 'bool'))


def call(name, v, kw):
    f = getattr(np, name)
    kw = dict(kw)
    if 'where' in kw:
        kw['where'] = where_mask(kw['where'])
    return f(v, **kw)


lines = []


def case(name, base, view, kw, data=None, lcg_seed=None):
    a = base
    if view.get('fortran'):
        a = np.asfortranarray(a)
    if view.get('index'):
        a = eval('a[' + view['index'] + ']')
    if view.get('transpose'):
        a = a.T
    kwj = {k: (list(v) if isinstance(v, tuple) else (np.dtype(v).name if k == 'dtype' else v)) for k, v in kw.items()}
    rec = {'func': name, 'dtype': base.dtype.name, 'shape': list(base.shape), 'view': view, 'kw': kwj}
    if lcg_seed is not None:
        rec['lcg'] = lcg_seed
    else:
        rec['hex'] = base.tobytes().hex()
    try:
        r = np.asarray(call(name, a, kw))
        rec['out_dtype'] = r.dtype.name
        rec['out_shape'] = list(r.shape)
        raw = np.ascontiguousarray(r).tobytes()
        if len(raw) > 2048:
            rec['out_sha256'] = hashlib.sha256(raw).hexdigest()  # large results: exact, as a digest
        else:
            rec['out_hex'] = raw.hex()
    except Exception as e:  # noqa: BLE001
        rec['error'] = type(e).__name__  # AxisError, ValueError, TypeError or OverflowError
        rec['message'] = str(e)
    lines.append(json.dumps(rec))


UFUNC_REDUCTIONS = ['sum', 'prod', 'mean', 'var', 'std', 'min', 'max', 'any', 'all']
# 1. Every dtype, every function, every axis form.
for dt in DTYPES:
    base = small(dt).reshape(3, 4)
    for name in UFUNC_REDUCTIONS:
        for axis in [None, 0, 1, -1, (0, 1), (1,)]:
            case(name, base, {}, {'axis': axis})
        case(name, base, {}, {'axis': 0, 'keepdims': True})
    for name in ['argmin', 'argmax', 'cumsum']:
        for axis in [None, 0, 1, -1]:
            case(name, base, {}, {'axis': axis})
    for name in ['var', 'std']:
        case(name, base, {}, {'axis': 1, 'ddof': 1})
    case('sum', base, {}, {'dtype': 'float64'})
    case('sum', base, {}, {'axis': 0, 'dtype': 'int8'})
    case('cumsum', base, {}, {'dtype': 'float32'})
    case('mean', base, {}, {'axis': 1, 'dtype': 'float32'})

# 2. Layouts: transposed, F-ordered, strided, reversed, offset, against the same data.
VIEWS = [{}, {'transpose': True}, {'fortran': True}, {'index': ':, ::2'}, {'index': '::-1, ::-3'},
         {'index': '1:, 2:'}, {'index': ':, :5'}, {'fortran': True, 'index': '::2, 1:'}]
for dt in ['float32', 'float64', 'int32', 'float16', 'complex64']:
    base = lcg(7, 6 * 11, dt).reshape(6, 11)
    for view in VIEWS:
        for name in ['sum', 'mean', 'var', 'min', 'max', 'argmax', 'argmin', 'cumsum', 'prod']:
            for axis in [None, 0, 1]:
                case(name, base, view, {'axis': axis}, lcg_seed=7)

# 3. Bit-exact float sums: 1-D lengths across every pairwise and chunk edge, and 2-D reductions over each axis.
for dt in ['float32', 'float64']:
    for n in list(range(1, 20)) + [127, 128, 129, 255, 256, 257, 1000, 8191, 8192, 8193, 20000, 100003]:
        base = lcg(n, n, dt)
        case('sum', base, {}, {}, lcg_seed=n)
        if n in (129, 8193, 100003):
            case('mean', base, {}, {}, lcg_seed=n)
            case('std', base, {}, {}, lcg_seed=n)
            case('sum', base, {'index': '::3'}, {}, lcg_seed=n)
            case('sum', base, {'index': '::-1'}, {}, lcg_seed=n)
    for shape in [(300, 513), (7, 20000), (20000, 7), (3, 40, 1000)]:
        size = int(np.prod(shape))
        base = lcg(size, size, dt).reshape(shape)
        for axis in [None, 0, -1, 1]:
            case('sum', base, {}, {'axis': axis}, lcg_seed=size)
            case('mean', base, {}, {'axis': axis}, lcg_seed=size)
        case('var', base, {}, {'axis': -1}, lcg_seed=size)
        case('sum', base, {'index': ':, ::2'}, {}, lcg_seed=size)
        case('sum', base, {'index': ':, 1:'}, {}, lcg_seed=size)
        case('sum', base, {'transpose': True}, {'axis': 0}, lcg_seed=size)
        case('sum', base, {'fortran': True}, {'axis': 0}, lcg_seed=size)
    base = lcg(5, 30000, 'float16')
    case('sum', base, {}, {}, lcg_seed=5)
    case('mean', base, {}, {}, lcg_seed=5)
    case('mean', base.reshape(100, 300), {}, {'axis': 1}, lcg_seed=5)

# 4. NaN, empty arrays and errors.
nan = float('nan')
for dt in ['float32', 'float64', 'complex128']:
    base = np.array([1.0, nan, 5.0, nan, -2.0], dt)
    for name in ['min', 'max', 'argmin', 'argmax', 'sum', 'mean']:
        case(name, base, {}, {})
case('argmax', np.array([-0.0, 0.0, -0.0]), {}, {})
case('argmin', np.array([0.0, -0.0, 3.0]), {}, {})
case('min', np.array([0.0, -0.0]), {}, {})
for name in ['sum', 'prod', 'mean', 'min', 'max', 'argmax', 'argmin', 'any', 'all', 'cumsum']:
    case(name, np.zeros((0, 3)), {}, {})
    case(name, np.zeros((0, 3)), {}, {'axis': 1})
    case(name, np.zeros((3, 0)), {}, {'axis': 1})
case('sum', np.ones((2, 2)), {}, {'axis': 2})
case('sum', np.ones((2, 2)), {}, {'axis': -3})
case('sum', np.ones((2, 2)), {}, {'axis': (0, -2)})
case('argmax', np.ones((2, 2)), {}, {'axis': 2})
case('cumsum', np.ones((2, 2)), {}, {'axis': -3})

# 5. initial= and where= (NumPy 1.24: sum, prod, min, max take both; mean, var, std, any, all take where only).
#    The mask is one of the case's keywords: {'shape', 'bits'} or {'shape', 'period', 'keep'} (see where_mask).
INITIAL = ['sum', 'prod', 'min', 'max']
for dt in DTYPES:
    base = small(dt).reshape(3, 4)
    full = {'shape': [3, 4], 'bits': '101101110010'}
    row = {'shape': [4], 'bits': '1011'}
    column = {'shape': [3, 1], 'bits': '101'}
    for name in UFUNC_REDUCTIONS:
        for axis in [None, 0, 1]:
            kw = {'axis': axis, 'where': full}
            if name in ('min', 'max'):
                kw['initial'] = 2
            case(name, base, {}, kw)
        case(name, base, {}, {'axis': 1, 'where': row, 'keepdims': True, **({'initial': 3} if name in INITIAL else {})})
        case(name, base, {}, {'axis': 0, 'where': column, **({'initial': 3} if name in INITIAL else {})})
    for name in INITIAL:
        for axis in [None, 0, 1]:
            case(name, base, {}, {'axis': axis, 'initial': 5})
    case('min', base, {}, {'axis': 1, 'where': full})
    case('max', base, {}, {'where': full})
    case('sum', base, {}, {'axis': 1, 'initial': 7, 'dtype': 'float32', 'where': full})
    case('mean', base, {}, {'axis': 0, 'dtype': 'float32', 'where': full})
    case('var', base, {}, {'axis': 1, 'ddof': 1, 'where': full})
    case('std', base, {}, {'axis': 1, 'ddof': 3, 'where': full})
# Empty selections: the identity, initial, NaN for mean; an empty axis with initial.
none = {'shape': [3, 4], 'bits': '000000000000'}
for name in UFUNC_REDUCTIONS:
    case(name, lcg(3, 12, 'float64').reshape(3, 4), {}, {'axis': 1, 'where': none, **({'initial': 1.5} if name in INITIAL else {})})
for name in INITIAL:
    case(name, np.zeros((0, 3)), {}, {'axis': 0, 'initial': -4.0})
    case(name, np.zeros((0, 3), np.int32), {}, {'initial': 9})
# Layouts with a mask laid out in C order of the view (same data, same answer).
for dt in ['float32', 'float64', 'int32', 'float16', 'complex64']:
    base = lcg(7, 6 * 11, dt).reshape(6, 11)
    for view in VIEWS:
        shape = list(eval('np.empty((6, 11))[' + view.get('index', ':') + ']').shape)
        if view.get('transpose'):
            shape = shape[::-1]
        mask = {'shape': shape, 'period': 7, 'keep': 5}
        for name in ['sum', 'mean', 'var', 'max', 'prod']:
            for axis in [None, 0, 1]:
                case(name, base, view, {'axis': axis, 'where': mask, **({'initial': -1} if name == 'max' else {})}, lcg_seed=7)
# Bit-exact float sums: runs of selected elements long and short, across the pairwise and 8192-element chunk edges.
for dt in ['float32', 'float64']:
    for n, period, keep in [(1000, 3, 2), (20000, 317, 300), (20000, 9000, 8500), (100003, 1000, 999), (100003, 20, 9)]:
        base = lcg(n, n, dt)
        mask = {'shape': [n], 'period': period, 'keep': keep}
        case('sum', base, {}, {'where': mask}, lcg_seed=n)
        case('sum', base, {}, {'where': mask, 'initial': 0.1}, lcg_seed=n)
        case('mean', base, {}, {'where': mask}, lcg_seed=n)
    for shape in [(300, 513), (7, 20000), (20000, 7)]:
        size = int(np.prod(shape))
        base = lcg(size, size, dt).reshape(shape)
        mask = {'shape': list(shape), 'period': 101, 'keep': 90}
        for axis in [None, 0, -1]:
            case('sum', base, {}, {'axis': axis, 'where': mask}, lcg_seed=size)
            case('sum', base, {}, {'axis': axis, 'initial': 0.5}, lcg_seed=size)
        case('var', base, {}, {'axis': -1, 'where': mask}, lcg_seed=size)
        case('sum', base, {}, {'axis': -1, 'where': {'shape': [shape[1]], 'period': 13, 'keep': 11}}, lcg_seed=size)
# Errors.
ones = np.ones((2, 3))
case('sum', ones, {}, {'where': {'shape': [2], 'bits': '10'}})
case('mean', ones, {}, {'where': {'shape': [2], 'bits': '10'}})
case('any', ones, {}, {'where': {'shape': [1, 2, 3], 'bits': '101010'}})
case('sum', ones, {}, {'where': {'shape': [3], 'bits': '101', 'dtype': 'int64'}})
case('std', ones, {}, {'where': {'shape': [3], 'bits': '101', 'dtype': 'int64'}})
case('max', ones, {}, {'axis': 0, 'where': {'shape': [3], 'bits': '101'}})
case('sum', np.array([1, 2], np.uint8), {}, {'initial': -1})
case('min', np.array([1, 2], np.uint8), {}, {'initial': 300})
case('min', np.array([1, 2], np.uint8), {}, {'initial': 3.5})

with open('reductions.jsonl', 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'cases')
