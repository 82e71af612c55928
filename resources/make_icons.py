"""Render ``resources/icon.svg`` into every icon file the app and its bundles use.

Run from anywhere: ``python resources/make_icons.py``. The outputs are committed,
so this is needed only after the SVG changes. It uses QtSvg from PySide6 and
writes ``.ico`` and ``.icns`` containers itself (both are simple lists of PNGs),
so no other image tool is needed.

Outputs:
    resources/netexplorer.ico    Windows executable icon (16-256 px)
    resources/netexplorer.icns   macOS bundle icon (16-1024 px)
    resources/netexplorer.png    Linux desktop-menu icon (256 px)
    netexplorer/resources/icon.png   run-time window icon (256 px)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SVG = HERE / "icon.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# icns chunk type -> pixel size; all chunks carry PNG data.
ICNS_CHUNKS = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """Render the SVG at ``size`` x ``size`` pixels and return PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot parse {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 accepts only str here although its stubs declare bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"cannot encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows .ico container (PNG entries, Vista+)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a macOS .icns container."""
    body = b""
    for kind, size in ICNS_CHUNKS:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write all icon files; return a process exit code."""
    # The platform plugin is chosen when the application object is created.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    sizes = set(ICO_SIZES) | {size for _, size in ICNS_CHUNKS}
    pngs = {size: render_png(SVG, size) for size in sorted(sizes)}
    outputs = {
        HERE / "netexplorer.ico": build_ico({s: pngs[s] for s in ICO_SIZES}),
        HERE / "netexplorer.icns": build_icns(pngs),
        HERE / "netexplorer.png": pngs[256],
        ROOT / "netexplorer" / "resources" / "icon.png": pngs[256],
    }
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data)} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
