#!/usr/bin/python3
"""Writes the golden file for tests/NumBridge.Tests/LinearAlgebra from the reference NumPy.

Run with Debian's NumPy 1.24 (/usr/bin/python3 make_golden.py in this folder), under np._set_promotion_state('weak')
(NEP 50, NumPy 2's promotion).

products.jsonl: matmul and dot on every dtype and on mixed dtypes, for every shape rule (1-D, 2-D, stacks that
broadcast, dot's N-D by M-D); each line holds both operands (dtype, shape, bytes), the result dtype, shape and bytes,
or the error type and message. Values are small integers, so every sum is exact and results compare bit for bit;
"random" lines hold uniform [0, 1) floats, compared within rounding.
"""
import json
import warnings

import numpy as np

np._set_promotion_state('weak')
warnings.simplefilter('ignore')

DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']


def operand(shape, dt, seed):
    rng = np.random.default_rng(seed)
    size = int(np.prod(shape))
    d = np.dtype(dt)
    if d.kind == 'b':
        v = rng.integers(0, 2, size).astype(bool)
    elif d.kind == 'u':
        v = rng.integers(0, 7, size)
    elif d.kind == 'c':
        v = rng.integers(-3, 4, size) + 1j * rng.integers(-3, 4, size)
    else:
        v = rng.integers(-3, 4, size)
    return np.asarray(v).astype(dt).reshape(shape)


def enc(a):
    return {'dtype': a.dtype.name, 'shape': list(a.shape), 'hex': np.ascontiguousarray(a).tobytes().hex()}


def case(op, a, b, **extra):
    line = {'op': op, 'a': enc(a), 'b': enc(b)}
    line.update(extra)
    try:
        r = np.asarray(np.matmul(a, b) if op == 'matmul' else np.dot(a, b))
        line['out'] = enc(r)
    except Exception as e:  # noqa: BLE001 - the error is the golden value
        line['error'] = type(e).__name__
        line['message'] = str(e)
    return line


SHAPES = [
    ((3, 4), (4, 5)), ((4,), (4,)), ((3, 4), (4,)), ((4,), (4, 5)), ((2, 3, 4), (2, 4, 5)), ((2, 1, 3, 4), (3, 4, 2)),
    ((3, 4), (2, 4, 5)), ((5,), (2, 5, 3)), ((2, 3, 5), (5,)), ((0, 4), (4, 3)), ((3, 0), (0, 2)), ((7, 9), (9, 17)),
]
DOT_SHAPES = [
    ((3, 4), (4, 5)), ((4,), (4,)), ((3, 4), (4,)), ((4,), (4, 5)), ((2, 3, 4), (5, 4, 6)), ((2, 3, 4), (4,)),
    ((4,), (2, 4, 3)), ((), (2, 3)), ((2, 3), ()), ((0, 3), (3, 2)),
]
ERRORS = [
    ('matmul', (2, 3), (2, 3)), ('matmul', (2, 3), (2,)), ('matmul', (3,), (2, 3)), ('matmul', (), (2, 3)),
    ('matmul', (2, 3), ()), ('matmul', (2, 2, 3), (3, 3, 4)), ('matmul', (2, 2, 2, 3), (3, 3, 4)),
    ('dot', (2, 3), (2, 3)), ('dot', (3,), (2,)), ('dot', (2, 3, 4), (5, 3)), ('dot', (4,), (5, 3)),
]

lines = []
seed = 0
for dt in DTYPES:
    for sa, sb in SHAPES:
        seed += 1
        lines.append(case('matmul', operand(sa, dt, seed), operand(sb, dt, seed + 1000)))
    for sa, sb in DOT_SHAPES:
        seed += 1
        lines.append(case('dot', operand(sa, dt, seed), operand(sb, dt, seed + 1000)))
for da, db in [('int8', 'float32'), ('uint8', 'int8'), ('bool', 'int16'), ('float16', 'float32'), ('int64', 'float64'),
               ('uint64', 'int64'), ('float32', 'complex64'), ('int32', 'complex128'), ('uint16', 'float16')]:
    seed += 1
    lines.append(case('matmul', operand((3, 4), da, seed), operand((4, 2), db, seed + 1000)))
    lines.append(case('dot', operand((2, 3, 4), da, seed), operand((4, 2), db, seed + 1000)))
# Integer products wrap around.
lines.append(case('matmul', np.array([[100, 120], [-128, 127]], np.int8), np.array([[100, 3], [127, -128]], np.int8)))
lines.append(case('matmul', np.array([[60000, 2]], np.uint16), np.array([[60000], [40000]], np.uint16)))
for op, sa, sb in ERRORS:
    lines.append(case(op, np.ones(sa), np.ones(sb)))
rng = np.random.default_rng(7)
for dt in ['float32', 'float64']:
    for sa, sb in [((37, 50), (50, 41)), ((300,), (300, 7)), ((5, 300), (300,)), ((3, 20, 30), (30, 19))]:
        a = rng.random(sa).astype(dt)
        b = rng.random(sb).astype(dt)
        lines.append(case('matmul', a, b, random=True))
        lines.append(case('dot', a, b, random=True))

with open('products.jsonl', 'w') as f:
    for line in lines:
        f.write(json.dumps(line) + '\n')
