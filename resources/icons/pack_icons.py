#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs rendered PNGs into a Windows .ico and a macOS .icns (both may hold PNG payloads)."""
import struct
import sys
from pathlib import Path


def ico(png_dir: Path, out: Path) -> None:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    blobs = [(png_dir / str(s) / "pare.png").read_bytes() for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for size, blob in zip(sizes, blobs):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    out.write_bytes(header + entries + b"".join(blobs))


def icns(png_dir: Path, out: Path) -> None:
    # OSType per PNG payload: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
             (b"ic09", 512), (b"ic10", 1024)]
    body = b""
    for ostype, size in types:
        blob = (png_dir / str(size) / "pare.png").read_bytes()
        body += ostype + struct.pack(">I", 8 + len(blob)) + blob
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    png_dir, ico_out, icns_out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    ico(png_dir, ico_out)
    icns(png_dir, icns_out)
