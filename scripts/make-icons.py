"""Draws Pith's toolbar icon (a page of text whose first lines are marked, on blue) as PNGs.
Run once by hand: python3 scripts/make-icons.py; the PNGs in public/icon/ are committed."""
import struct, zlib

BLUE, WHITE, GOLD = (31, 95, 191), (255, 255, 255), (255, 196, 61)

def pixel(x, y, n):
    u, v = (x + 0.5) / n, (y + 0.5) / n
    r = 0.18  # rounded corners of the tile
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    lines = [(0.24, 0.76, GOLD), (0.24, 0.62, GOLD), (0.24, 0.76, WHITE), (0.24, 0.70, WHITE), (0.24, 0.52, WHITE)]
    for i, (x0, x1, color) in enumerate(lines):
        top = 0.2 + i * 0.13
        if x0 <= u <= x1 and top <= v <= top + 0.075:
            return color + (255,)
    return BLUE + (255,)

def png(n):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, n)) for x in range(n)) for y in range(n))
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

for size in (16, 32, 48, 96, 128):
    with open(f'public/icon/{size}.png', 'wb') as f:
        f.write(png(size))
