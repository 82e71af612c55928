#!/usr/bin/env python3
"""Set-up and everyday commands, needing nothing but Python 3.11+.

python3 tasks.py run     start netexplorer (creates .venv on first use)
python3 tasks.py test    lint, type-check, check the import contracts and run the tests
python3 tasks.py core-without-qt
                         run tests/unit/core where PySide6 and pytest-qt are not installed
python3 tasks.py dist    build dist/netexplorer/ and its zip for lab computers
                         (--onefile: also a single-file program in dist/onefile/)
"""

import hashlib
import os
import platform
import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MARKER = VENV / ".netexplorer-installed"
MIN_PYTHON = (3, 11, 1)


def venv_python() -> Path:
    """Return the virtual environment's interpreter."""
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def requirements(extras: tuple[str, ...]) -> list[str]:
    """Return the dependencies pyproject.toml declares, with those of ``extras``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted.extend(project["optional-dependencies"][extra])
    return wanted


def ensure_venv(*extras: str) -> Path:
    """Create .venv and install what the project needs (with ``extras``) when out of date.

    The project itself is not installed: commands run from the checkout, so
    what you edit is what runs.
    """
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"netexplorer needs Python {'.'.join(map(str, MIN_PYTHON))} or newer.")
    needed = requirements(extras)
    installed = set(MARKER.read_text().splitlines()) if MARKER.is_file() else set()
    if venv_python().is_file() and set(needed) <= installed:
        return venv_python()
    if not venv_python().is_file():
        print("Creating the virtual environment in .venv …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            sys.exit(
                f"Could not create .venv ({exc}). On Debian/Ubuntu install the venv module "
                "first: sudo apt-get install python3-venv"
            )
    print("Installing what netexplorer needs into .venv …", flush=True)
    python = str(venv_python())
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, *needed], check=True)
    MARKER.write_text("\n".join(sorted(installed | set(needed))))
    return venv_python()


def checkout_env(**extra: str) -> dict[str, str]:
    """Return the environment for commands that import netexplorer from the checkout."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


def run() -> int:
    """Start the application."""
    python = ensure_venv()
    command = [str(python), "-m", "netexplorer", *sys.argv[2:]]
    return subprocess.run(command, cwd=ROOT, env=checkout_env(), check=False).returncode


def test() -> int:
    """Run ruff, ruff format --check, mypy, lint-imports and pytest; stop at the first failure."""
    python = ensure_venv("test", "dev")
    # import-linter has no ``python -m`` entry point; its script sits beside the interpreter.
    lint_imports = python.with_name("lint-imports.exe" if os.name == "nt" else "lint-imports")
    env = checkout_env(QT_QPA_PLATFORM="offscreen")
    checks = [
        [str(python), "-m", "ruff", "check", "."],
        [str(python), "-m", "ruff", "format", "--check", "."],
        [str(python), "-m", "mypy"],
        [str(lint_imports), "--no-logo", "--no-cache"],  # the contracts in pyproject.toml
        [str(python), "-m", "pytest", *sys.argv[2:]],
    ]
    for command in checks:
        shown = command[1:] if command[0] == str(python) else [Path(command[0]).stem, *command[1:]]
        print("+", " ".join(shown), flush=True)
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            return code
    return 0


NO_QT_VENV = ROOT / "build" / "no-qt-venv"
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "pytest-qt"}


def distribution(requirement: str) -> str:
    """Return the normalized distribution name of a requirement (``PySide6-Essentials>=6``)."""
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def core_without_qt() -> int:
    """Run tests/unit/core in a virtual environment that has neither PySide6 nor pytest-qt.

    The environment is kept (``NETEXPLORER_NO_QT_VENV`` moves it) and rebuilt when the
    ``test`` extra changes.
    """
    where = Path(os.environ.get("NETEXPLORER_NO_QT_VENV", NO_QT_VENV))
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    marker = where / ".installed"
    needed = sorted(r for r in requirements(("test",)) if distribution(r) not in QT_DISTRIBUTIONS)
    if not (python.is_file() and marker.is_file() and marker.read_text() == "\n".join(needed)):
        print(f"Creating an environment without Qt in {where} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(where)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, *needed], check=True)
        marker.write_text("\n".join(needed))
    probe = "import importlib.util as u, sys; sys.exit(u.find_spec('PySide6') is not None)"
    if subprocess.run([str(python), "-c", probe], check=False).returncode != 0:
        sys.exit(f"{where} has PySide6 installed, so running the core there proves nothing.")
    command = [str(python), "-m", "pytest", "tests/unit/core", "-p", "no:pytest-qt", *sys.argv[2:]]
    print("+", " ".join(command[1:]), flush=True)
    return subprocess.run(command, cwd=ROOT, env=checkout_env(), check=False).returncode


BUILD_VENV = ROOT / "build" / "venv"
BUILD_REQUIREMENTS = ROOT / "requirements" / "build.txt"


def zip_folder(folder: Path, archive: Path) -> None:
    """Zip ``folder`` (as its own top-level entry), keeping symlinks and modes."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for directory, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(dirnames + filenames):
                path = Path(directory, name)
                arcname = path.relative_to(folder.parent).as_posix()
                if path.is_symlink():  # PyInstaller links libraries on Linux and macOS
                    info = zipfile.ZipInfo(arcname)
                    info.create_system = 3  # Unix, so external_attr holds the file type
                    info.external_attr = 0o120777 << 16
                    zf.writestr(info, os.readlink(path))
                elif path.is_file():
                    zf.write(path, arcname)


def dist() -> int:
    """Build the bundles with the pinned tools of requirements/build.txt."""
    python = BUILD_VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    marker = BUILD_VENV / ".installed"
    wanted = hashlib.sha256(BUILD_REQUIREMENTS.read_bytes()).hexdigest()
    if not (python.is_file() and marker.is_file() and marker.read_text() == wanted):
        # A separate environment: exactly one Qt binding and nothing but the pins.
        print("Creating the build environment in build/venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(BUILD_VENV)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "-r", str(BUILD_REQUIREMENTS)], check=True)
        marker.write_text(wanted)
    pyinstaller = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"]
    subprocess.run(pyinstaller, cwd=ROOT, check=True)
    from netexplorer import __version__  # noqa: PLC0415 - only the version, no Qt

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    archive = ROOT / "dist" / f"netexplorer-{__version__}-{system}-{machine}.zip"
    bundle = ROOT / "dist" / ("netexplorer.app" if sys.platform == "darwin" else "netexplorer")
    zip_folder(bundle, archive)
    print(f"Built {bundle.relative_to(ROOT)} and {archive.relative_to(ROOT)}", flush=True)
    if "--onefile" in sys.argv[2:]:
        env = {**os.environ, "NETEXPLORER_ONEFILE": "1"}
        where = ["--distpath", "dist/onefile", "--workpath", "build/onefile"]
        subprocess.run([*pyinstaller, *where], cwd=ROOT, env=env, check=True)
        print("Built the single-file program in dist/onefile/", flush=True)
    return 0


COMMANDS = {"run": run, "test": test, "core-without-qt": core_without_qt, "dist": dist}


def main() -> int:
    """Dispatch to a command."""
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
