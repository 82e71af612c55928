#!/usr/bin/env python3
"""Set-up and everyday commands, needing nothing but Python 3.11+.

python3 tasks.py run     start netexplorer (creates .venv on first use)
python3 tasks.py test    lint, type-check and run the whole test suite
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MARKER = VENV / ".netexplorer-installed"
MIN_PYTHON = (3, 11, 1)


def venv_python() -> Path:
    """Return the virtual environment's interpreter."""
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_venv(extras: str) -> Path:
    """Create .venv and install the project (with ``extras``) when out of date."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"netexplorer needs Python {'.'.join(map(str, MIN_PYTHON))} or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if MARKER.is_file() and MARKER.read_text() == wanted and venv_python().is_file():
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
    python = str(venv_python())
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([*pip, "-e", target], check=True, cwd=ROOT)
    MARKER.write_text(wanted)
    return venv_python()


def run() -> int:
    """Start the application."""
    python = ensure_venv("")
    return subprocess.run([str(python), "-m", "netexplorer", *sys.argv[2:]], check=False).returncode


def test() -> int:
    """Run ruff, ruff format --check, mypy and pytest, stopping at the first failure."""
    python = str(ensure_venv("test,dev"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    checks = [
        [python, "-m", "ruff", "check", "."],
        [python, "-m", "ruff", "format", "--check", "."],
        [python, "-m", "mypy"],
        [python, "-m", "pytest", *sys.argv[2:]],
    ]
    for command in checks:
        print("+", " ".join(command[1:]), flush=True)
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            return code
    return 0


COMMANDS = {"run": run, "test": test}


def main() -> int:
    """Dispatch to a command."""
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
