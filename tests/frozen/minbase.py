"""A minimal Debian 12 root, bootstrapped once per package list and cached.

``debootstrap --variant=minbase`` gives the smallest Debian that apt can
manage; on top of it go only what any X11 desktop has (:data:`PACKAGES`). The
result is kept as a tarball under ``/var/cache/netexplorer/`` named after the
recipe, so later runs on the same machine unpack it in seconds, and a fresh
machine bootstraps it by itself from the configured Debian mirror.

Commands run inside a root through ``unshare --mount`` and ``chroot``, with
``/proc`` and ``/dev`` mounted for them only: the mounts vanish with the
command. The process ids are the host's, so an X window's ``_NET_WM_PID`` can
be matched from outside.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

SUITE = "bookworm"
#: What any X11 desktop has: OpenGL, EGL, fontconfig with a font, an X server
#: (Xvfb here) with xauth; and what every installed Debian has but minbase
#: leaves out: netbase (/etc/services, /etc/protocols) and, below, /etc/hosts.
PACKAGES = ("libgl1", "libegl1", "libfontconfig1", "fonts-dejavu-core", "xvfb", "xauth", "netbase")
HOSTS = "127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n"
CACHE = Path(os.environ.get("NETEXPLORER_CACHE", "/var/cache/netexplorer"))
DEFAULT_MIRROR = "http://deb.debian.org/debian"
SOURCES = (Path("/etc/apt/sources.list.d/debian.sources"), Path("/etc/apt/sources.list"))
#: The environment of every command inside a root.
ROOT_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/root",
}
BOOTSTRAP_TIMEOUT = 20 * 60


def missing_tools() -> str:
    """Return why roots cannot be made or entered here, or '' if they can."""
    if os.geteuid() != 0:
        return "making and entering a Debian root needs root (chroot, mount)"
    tools = ["debootstrap", "unshare", "chroot", "tar", "zstd", "unzip"]
    missing = [tool for tool in tools if shutil.which(tool) is None]
    return f"missing {', '.join(missing)} (apt-get install them)" if missing else ""


def mirror() -> str:
    """Return the Debian mirror apt is configured with here, or deb.debian.org."""
    for path in SOURCES:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in re.finditer(r"(?:URIs:|^deb)\s+(\S+/debian)/?\s", text, re.MULTILINE):
                return match.group(1)
    return DEFAULT_MIRROR


def recipe() -> dict[str, object]:
    """Return everything the root is made from; its hash names the cached tarball."""
    return {"suite": SUITE, "variant": "minbase", "packages": sorted(PACKAGES), "hosts": HOSTS}


def tarball() -> Path:
    """Return the cached root tarball, bootstrapping it first if there is none."""
    key = hashlib.sha256(json.dumps(recipe(), sort_keys=True).encode()).hexdigest()[:16]
    path = CACHE / f"debian-{SUITE}-minbase-{key}.tar.zst"
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second run waits for the first one's bootstrap
        if not path.is_file():
            bootstrap(path)
    return path


def bootstrap(path: Path) -> None:
    """Bootstrap the root, install :data:`PACKAGES`, and pack it into ``path``."""
    with tempfile.TemporaryDirectory(prefix="minbase-", dir=CACHE) as tmp:
        root = Path(tmp, "root")
        checked(["debootstrap", "--variant=minbase", SUITE, str(root), mirror()])
        install = (
            "apt-get update -qq && "
            f"apt-get install -y -qq --no-install-recommends {' '.join(PACKAGES)} && "
            "apt-get clean && rm -rf /var/lib/apt/lists/*"
        )
        run(root, ["sh", "-c", install], env={"DEBIAN_FRONTEND": "noninteractive"})
        (root / "etc" / "hosts").write_text(HOSTS, encoding="utf-8")
        partial = Path(tmp, path.name)
        checked(["tar", "--zstd", "-C", str(root), "-cf", str(partial), "."])
        partial.rename(path)


def unpack(archive: Path, dest: Path) -> Path:
    """Unpack a root tarball into ``dest``; return ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    checked(["tar", "--zstd", "-C", str(dest), "-xf", str(archive)])
    return dest


def checked(command: Sequence[str], env: dict[str, str] | None = None) -> str:
    """Run a host command; return its output, or fail showing it."""
    proc = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=BOOTSTRAP_TIMEOUT,
        check=False,
    )
    if proc.returncode != 0:
        raise AssertionError(
            f"{' '.join(command)}\nexited {proc.returncode}:\n{proc.stdout}{proc.stderr}"
        )
    return proc.stdout


def argv(root: Path, command: Sequence[str], user: int | None = None) -> list[str]:
    """Return the host command that runs ``command`` inside ``root`` (as ``user`` if given).

    Every step ``exec``s the next, so the started process becomes ``command``.
    """
    userspec = [] if user is None else [f"--userspec={user}:{user}"]
    script = 'mount -t proc proc "$0/proc" && mount --rbind /dev "$0/dev" && exec chroot "$@"'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(root),
            *userspec, str(root), *command]  # fmt: skip


def environment(**extra: str) -> dict[str, str]:
    """Return the environment for a command in a root: :data:`ROOT_ENV` with ``extra``."""
    return {**ROOT_ENV, **extra}


def run(root: Path, command: Sequence[str], env: dict[str, str] | None = None) -> str:
    """Run ``command`` as root inside ``root``; return its output, or fail showing it."""
    return checked(argv(root, command), environment(**(env or {})))
