"""Packaging assets: icons, the .desktop file, build.spec and the CI scripts."""

from __future__ import annotations

import ast
import configparser
import os
import re
import runpy
import shutil
import struct
import subprocess
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


def test_build_spec_names_publisher_and_oldest_macos() -> None:
    source = spec_source()
    assert '"CompanyName": PUBLISHER' in source
    assert '"LegalCopyright": COPYRIGHT' in source
    assert '"LSMinimumSystemVersion": MACOS_MINIMUM' in source
    assert 'MACOS_MINIMUM = "13.0"' in source, "the PySide6 wheels are tagged macosx_13_0"


def spec_head() -> dict[str, object]:
    """Run the spec's tables and functions alone (everything before the Analysis call)."""
    namespace: dict[str, object] = {"SPECPATH": str(ROOT)}
    head = spec_source().split("a = Analysis(")[0]
    head = head.replace("from PyInstaller.depend.bindepend import get_imports", "")
    exec(compile(head, "build.spec", "exec"), namespace)
    return namespace


def test_build_spec_keeps_what_the_app_uses_and_drops_the_rest() -> None:
    namespace = spec_head()
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
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libbradient.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",  # QSvgGenerator saves the sequence diagram
        "PySide6/QtSvg.abi3.so",
        "netexplorer/resources/icon.png",
        "PySide6/Qt/translations/qtbase_ar.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "netexplorer/resources/exercises/lecture.netexplorer.json",  # Help → Lecture exercise
    ]
    dropped = [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6SvgWidgets.so.6",
        "PySide6\\Qt6Network.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/lib/libQt6WaylandCompositor.so.6",
        "PySide6/Qt/lib/libQt6WaylandEglCompositorHwIntegration.so.6",
        "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
        "PySide6/Qt/plugins/wayland-shell-integration/libqt-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qt_fr.qm",
        "PySide6/Qt/translations/qtbase_ar_EG.qm",
        "PySide6/Qt/translations/qt_ar.qm",
    ]
    kept.append("netexplorer/resources/translations/netexplorer_de.qm")  # the app's own
    for dest in kept:
        assert keep((dest, "src", "BINARY")), f"{dest} must stay in the bundle"
    for dest in dropped:
        assert not keep((dest, "src", "BINARY")), f"{dest} should be left out"
    from_system = namespace["from_system"]
    assert callable(from_system)
    for name in ["libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1", "libz.so.1", "libX11.so.6"]:
        assert from_system((name, "src", "BINARY")), f"{name} comes from the system"
    for name in [
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libglib-2.0.so.0",
        "libbz2.so.1.0",
    ]:
        assert not from_system((name, "src", "BINARY")), f"{name} stays in the bundle"


def test_ci_scripts_are_executable() -> None:
    smoke = ROOT / ".ci" / "frozen-smoke"
    assert os.access(smoke, os.X_OK)
    assert smoke.read_text(encoding="utf-8").startswith("#!/usr/bin/env python3\n")
    assert os.access(RES / "install-menu-entry", os.X_OK)


@pytest.mark.parametrize(
    ("display", "wayland_display", "expected"),
    [
        (":0", "", "xcb"),
        (":0", "wayland-0", "xcb"),  # XWayland: the platform tested most
        ("", "wayland-0", "wayland"),
        ("", "", "xcb"),  # no display at all: the program explains
    ],
)
def test_runtime_hook_picks_the_platform_of_the_session(
    monkeypatch: pytest.MonkeyPatch, display: str, wayland_display: str, expected: str
) -> None:
    hook = str(RES / "rthook_platform.py")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.setenv("WAYLAND_DISPLAY", wayland_display)
    runpy.run_path(hook)
    assert os.environ["QT_QPA_PLATFORM"] == expected
    assert "rthook_platform.py" in spec_source()


def test_runtime_hook_leaves_a_chosen_platform_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    runpy.run_path(str(RES / "rthook_platform.py"))
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_install_menu_entry_points_at_the_unpacked_program(tmp_path: Path) -> None:
    folder = tmp_path / "lab programs" / "netexplorer"
    folder.mkdir(parents=True)
    for name in ("install-menu-entry", "netexplorer.desktop", "netexplorer.png"):
        shutil.copy2(RES / name, folder / name)
    (folder / "netexplorer").write_text("#!/bin/sh\n")
    (folder / "netexplorer").chmod(0o755)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home")}
    script = str(folder / "install-menu-entry")
    subprocess.run([script], env=env, check=True, capture_output=True, timeout=30)
    entry_file = tmp_path / "home" / ".local" / "share" / "applications" / "netexplorer.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry_file, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == f'"{folder}/netexplorer"', "quoted: the path has a space"
    assert entry["TryExec"] == f"{folder}/netexplorer"
    assert entry["Icon"] == f"{folder}/netexplorer.png"
    assert entry["Name"] == "netexplorer"
    subprocess.run([script, "--remove"], env=env, check=True, capture_output=True, timeout=30)
    assert not entry_file.exists()


def test_install_menu_entry_refuses_a_folder_an_entry_cannot_name(tmp_path: Path) -> None:
    folder = tmp_path / "100%"
    folder.mkdir()
    shutil.copy2(RES / "install-menu-entry", folder)
    proc = subprocess.run(
        [str(folder / "install-menu-entry")],
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 1
    assert "cannot name this folder" in proc.stderr


def test_build_spec_bundles_every_view_of_the_registry() -> None:
    """Views are imported by name when first shown: the spec lists them as hidden imports."""
    from netexplorer.ui import registry

    assert "hiddenimports=view_modules()," in spec_source()
    view_modules = spec_head()["view_modules"]
    assert callable(view_modules)
    assert view_modules() == [spec.module for spec in registry.VIEWS]
