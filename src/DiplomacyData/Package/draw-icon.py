#!/usr/bin/env python3
"""Draws icon.png, the packages' icon (128x128 RGBA): two parties, linked, on a dark-blue tile.

Standard library only, so that anyone can redraw it: `python3 draw-icon.py` writes icon.png beside this file.
Edges are smoothed by sampling each pixel 4x4 times.
"""
import os
import struct
import zlib

SIZE, SAMPLES = 128, 4
TILE, PARTY, LINK = (22, 52, 96), (250, 250, 245), (232, 176, 52)


def inside_tile(x, y):
    # A square with corners rounded by a radius of 22.
    r, lo, hi = 22.0, 0.0, float(SIZE)
    cx = min(max(x, lo + r), hi - r)
    cy = min(max(y, lo + r), hi - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def colour(x, y):
    if not inside_tile(x, y):
        return None
    for centre in (38.0, 90.0):
        if (x - centre) ** 2 + (y - 64.0) ** 2 <= 22.0 ** 2:
            return PARTY
    if 38.0 <= x <= 90.0 and abs(y - 64.0) <= 6.0:
        return LINK
    return TILE


def pixel(px, py):
    r = g = b = a = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if c is not None:
                r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
    if a == 0:
        return (0, 0, 0, 0)
    return (r // a, g // a, b // a, 255 * a // (SAMPLES * SAMPLES))


def png(rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png(rows))
