"""The zip on a fresh machine: a minimal Debian 12 with only what any X11 desktop has.

Each test unpacks the cached root (see ``minbase.py``), unzips the bundle into
``/opt``, adds a user and runs the program inside. The X server runs inside the
root too; screenshots are taken from outside through its abstract socket and
left in ``build/frozen-tests/``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from netexplorer import preflight
from tests.frozen import minbase
from tests.frozen.support import OUT, clean_stderr, need
from tests.packaging import x11win

pytestmark = pytest.mark.slow

PROGRAM = "/opt/netexplorer/netexplorer"
STUDENT = 1000
HOME = "/home/student"
RUNTIME = f"/run/user/{STUDENT}"
#: Files of Qt's wayland platform (their paths hold this): a Wayland desktop has
#: the libraries they load (libwayland-client, libwayland-cursor), X11 need not.
WAYLAND = "wayland"


@pytest.fixture(scope="module")
def root_tarball() -> Path:
    """The cached minimal root (bootstrapped on first use: about a minute)."""
    problem = minbase.missing_tools()
    need(not problem, problem)
    return minbase.tarball()


def make_root(
    factory: pytest.TempPathFactory, tarball: Path, bundle_zip: Path, *remove: str
) -> Iterator[Path]:
    """Yield a root with the bundle in /opt and a user, after purging the packages ``remove``."""
    root = minbase.unpack(tarball, factory.mktemp("minbase") / "root")
    try:
        if remove:
            minbase.run(root, ["dpkg", "--purge", "--force-depends", *remove])
        minbase.checked(["unzip", "-q", str(bundle_zip), "-d", str(root / "opt")])
        minbase.run(root, ["useradd", "--create-home", "--uid", str(STUDENT), "student"])
        minbase.run(root, ["install", "-d", "-m", "700", "-o", "student", RUNTIME])
        yield root
    finally:
        shutil.rmtree(root.parent)


@pytest.fixture(scope="module")
def desktop_root(
    tmp_path_factory: pytest.TempPathFactory, root_tarball: Path, bundle_zip: Path
) -> Iterator[Path]:
    yield from make_root(tmp_path_factory, root_tarball, bundle_zip)


def student_env(**extra: str) -> dict[str, str]:
    return minbase.environment(HOME=HOME, XDG_RUNTIME_DIR=RUNTIME, **extra)


def run_program(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the program as the student, without a terminal (as a double-click does)."""
    return subprocess.run(
        minbase.argv(root, [PROGRAM, *args], user=STUDENT),
        env=student_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def logged(root: Path) -> str:
    """Return the program's log file in the student's data folder ('' if none)."""
    path = root / HOME.lstrip("/") / ".local/share/netexplorer/netexplorer.log"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def test_the_root_has_every_library_the_bundle_takes_from_the_system(desktop_root: Path) -> None:
    bundle = (desktop_root / PROGRAM.lstrip("/")).parent
    files = [
        "/" + str(path.relative_to(desktop_root))
        for path in sorted(bundle.rglob("*"))
        if path.is_file() and not path.is_symlink() and is_elf(path)
        if WAYLAND not in str(path.relative_to(bundle)).lower()
    ]
    script = 'for f; do echo "== $f"; ldd "$f" || exit 1; done'
    out = minbase.run(
        desktop_root,
        ["sh", "-c", script, "sh", *files],
        env={"LD_LIBRARY_PATH": str(Path(PROGRAM).parent / "_internal")},
    )
    current, not_found = "", []
    for line in out.splitlines():
        if line.startswith("== "):
            current = line[3:]
        elif "not found" in line:
            not_found.append(f"{current}: {line.strip()}")
    assert len(files) > 50
    assert not not_found, "libraries missing in a minimal Debian 12:\n" + "\n".join(not_found)


def test_self_test_passes_on_a_fresh_machine(desktop_root: Path) -> None:
    # No display, as over ssh: the program chooses the offscreen platform itself.
    proc = run_program(desktop_root, "--self-test")
    report = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert report["ok"] is True
    assert report["fonts"] >= 1
    assert report["qt_platform"] == "offscreen"
    clean_stderr("--self-test", proc.stderr)


def test_window_shows_real_text_on_a_fresh_machine(desktop_root: Path) -> None:
    """Shoot the window twice, the second time with all text set in DejaVu Serif.

    Only drawn glyphs change with the typeface: a window of empty glyph boxes,
    or of no text at all, would look the same both times.
    """
    serif = desktop_root / HOME.lstrip("/") / "serif.conf"
    serif.write_text(x11win.SERIF_FONTCONFIG, encoding="utf-8")
    shots = {"sans": OUT / "minbase-window.png", "serif": OUT / "minbase-window-serif.png"}
    command = minbase.argv(desktop_root, [PROGRAM], user=STUDENT)
    with (
        x11win.xvfb(prefix=minbase.argv(desktop_root, [])) as display,
        x11win.Display(display) as x,
    ):
        for name, path in shots.items():
            extra = {"FONTCONFIG_FILE": f"{HOME}/serif.conf"} if name == "serif" else {}
            code, stderr = x11win.shoot_window(
                display, x, command, student_env(DISPLAY=display, **extra), path
            )
            assert code == 0, f"closing the window: exit {code}\n{stderr}"
            clean_stderr(f"window ({name})", stderr)
    colours = x11win.image_stats(shots["sans"])[1]
    glyph_pixels = x11win.pixels_differing(shots["sans"], shots["serif"])
    print(f"{shots['sans'].name}: {colours} colours; {glyph_pixels} pixels change with the font")
    assert glyph_pixels >= x11win.MIN_GLYPH_PIXELS, (
        f"only {glyph_pixels} pixels change when the typeface does: no text was drawn"
    )


def test_the_menu_entry_installs_for_the_student(desktop_root: Path) -> None:
    folder = Path(PROGRAM).parent
    for name in ("netexplorer.desktop", "netexplorer.png", "install-menu-entry"):
        assert (desktop_root / folder.relative_to("/") / name).is_file(), f"{name} not in the zip"
    proc = subprocess.run(
        minbase.argv(desktop_root, [str(folder / "install-menu-entry")], user=STUDENT),
        env=student_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    entry = desktop_root / HOME.lstrip("/") / ".local/share/applications/netexplorer.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{PROGRAM}"' in lines
    assert f"TryExec={PROGRAM}" in lines
    assert f"Icon={folder}/netexplorer.png" in lines


@pytest.fixture(scope="module")
def root_without_libgl(
    tmp_path_factory: pytest.TempPathFactory, root_tarball: Path, bundle_zip: Path
) -> Iterator[Path]:
    yield from make_root(tmp_path_factory, root_tarball, bundle_zip, "libgl1")


@pytest.mark.parametrize("args", [[], ["--self-test"]], ids=["window", "self-test"])
def test_without_libgl1_the_program_names_the_package(
    root_without_libgl: Path, args: list[str]
) -> None:
    proc = run_program(root_without_libgl, *args)
    sentence = (
        "netexplorer cannot start: the system library libGL.so.1 is missing; "
        "install the package libgl1 (Debian, Ubuntu) or libglvnd-glx (Fedora)."
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == sentence + "\n", "one sentence, no traceback"
    assert sentence in logged(root_without_libgl), "no terminal: the log file has it too"


@pytest.fixture(scope="module")
def root_without_fonts(
    tmp_path_factory: pytest.TempPathFactory, root_tarball: Path, bundle_zip: Path
) -> Iterator[Path]:
    yield from make_root(tmp_path_factory, root_tarball, bundle_zip, "fonts-dejavu-core")


def test_without_fonts_the_window_says_so_and_the_self_test_fails(
    root_without_fonts: Path,
) -> None:
    with x11win.xvfb(prefix=minbase.argv(root_without_fonts, [])) as display:
        window = run_program(root_without_fonts, DISPLAY=display)
    assert window.returncode == 1
    assert preflight.NO_FONTS in window.stderr
    assert preflight.NO_FONTS in logged(root_without_fonts)
    selftest = run_program(root_without_fonts, "--self-test")
    report = json.loads(selftest.stdout)
    assert selftest.returncode == 1
    assert report["fonts"] == 0
    assert report["ok"] is False
    assert preflight.NO_FONTS in selftest.stderr
