"""Render the PNG app icons (same design as public/icons/icon.svg) without any image library:
a rounded dark-green square, a light ring and a yellow centre, anti-aliased by supersampling.
Run: python3 web/scripts/make-icons.py (writes web/public/icons/*.png)."""
import math, os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "public", "icons")
BG, RING, CORE, CLEAR = (0x1B, 0x4D, 0x3E), (0xF4, 0xF1, 0xE8), (0xF2, 0xC1, 0x4E), None


def colour_at(x, y, size, maskable):
    # Coordinates in the 512-unit design space.
    u, v = x * 512 / size, y * 512 / size
    if maskable:
        # Maskable icons fill the square; the content is shrunk into the 80 % safe zone.
        inside = True
        u, v = 256 + (u - 256) / 0.8, 256 + (v - 256) / 0.8
    else:
        r = 96
        cx = min(max(u, r), 512 - r)
        cy = min(max(v, r), 512 - r)
        inside = (u - cx) ** 2 + (v - cy) ** 2 <= r * r
    if not inside:
        return CLEAR
    d = math.hypot(u - 256, v - 256)
    if d <= 52:
        return CORE
    if 128 <= d <= 172:
        return RING
    return BG


def render(size, maskable=False, ss=3):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = colour_at(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss, size, maskable)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False),
                             ("icon-maskable-512.png", 512, True)]:
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(render(size, maskable))
    print("wrote", name)
