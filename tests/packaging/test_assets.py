"""Packaging assets: icons, the .desktop file, build.spec and the CI scripts."""

from __future__ import annotations

import ast
import configparser
import os
import re
import runpy
import struct
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "resources"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_runtime_icon_is_found_through_importlib_resources() -> None:
    icon = resources.files("netexplorer") / "resources" / "icon.png"
    assert png_size(icon.read_bytes()) == (256, 256)


def test_linux_icon_is_a_256_px_png() -> None:
    assert png_size((RES / "netexplorer.png").read_bytes()) == (256, 256)


def test_ico_holds_16_to_256_px_pngs() -> None:
    data = (RES / "netexplorer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        assert png_size(image) == (width or 256, height or 256)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_icns_chunks_are_pngs_of_the_declared_size() -> None:
    data = (RES / "netexplorer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    seen = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        seen[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert offset == len(data)
    for kind, size in expected.items():
        assert seen[kind] == size


def test_icons_are_rendered_from_the_committed_svg() -> None:
    svg = (RES / "icon.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert 'viewBox="0 0 256 256"' in svg
    assert (RES / "netexplorer.png").read_bytes() == (
        resources.files("netexplorer") / "resources" / "icon.png"
    ).read_bytes()


def test_desktop_file_launches_the_bundle_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(RES / "netexplorer.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].endswith("/netexplorer")
    assert entry["Icon"] == "netexplorer"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "netexplorer"
    assert entry["Categories"].endswith(";")


def spec_source() -> str:
    return (ROOT / "build.spec").read_text(encoding="utf-8")


def test_build_spec_is_python_and_reads_the_package_version() -> None:
    source = spec_source()
    ast.parse(source, "build.spec")
    pattern = re.search(r'r"""(\^__version__.*?)"""', source)
    assert pattern is not None
    init = (ROOT / "netexplorer" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(pattern.group(1), init, re.MULTILINE)
    import netexplorer

    assert match is not None
    assert match.group(1) == netexplorer.__version__


def test_build_spec_keeps_what_the_app_uses_and_drops_the_rest() -> None:
    source = spec_source()
    namespace: dict[str, object] = {"SPECPATH": str(ROOT)}
    # Run the spec's pattern table alone: everything before the Analysis call.
    head = source.split("a = Analysis(")[0]
    head = head.replace("from PyInstaller.depend.bindepend import get_imports", "")
    exec(compile(head, "build.spec", "exec"), namespace)
    keep = namespace["keep"]
    assert callable(keep)
    kept = [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",  # QtGui links it on Linux
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/QtWidgets.abi3.so",
        "netexplorer/resources/icon.png",
        "netexplorer/resources/exercises/lecture.netexplorer.json",  # Help → Lecture exercise
    ]
    dropped = [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6\\Qt6Network.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qt_fr.qm",
    ]
    kept.append("netexplorer/resources/translations/netexplorer_de.qm")  # the app's own
    for dest in kept:
        assert keep((dest, "src", "BINARY")), f"{dest} must stay in the bundle"
    for dest in dropped:
        assert not keep((dest, "src", "BINARY")), f"{dest} should be left out"


def test_ci_scripts_are_executable() -> None:
    smoke = ROOT / ".ci" / "frozen-smoke"
    assert os.access(smoke, os.X_OK)
    assert smoke.read_text(encoding="utf-8").startswith("#!/usr/bin/env python3\n")


def test_runtime_hook_picks_xcb_only_when_nothing_is_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hook = str(RES / "rthook_platform.py")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    runpy.run_path(hook)
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    runpy.run_path(hook)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert "rthook_platform.py" in spec_source()
