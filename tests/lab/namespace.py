"""Enter and set up the lab: private network, mount and UTS namespaces.

The namespaces are made by the ``unshare`` program, never by ``os.unshare``
in this process: a mount namespace cannot be entered by a process that
already runs threads (Qt and pytest-qt start some), so the lab is always a
fresh child process. Inside it, :func:`setup` brings ``lo`` up, adds the
lab's local addresses, sets the host name and bind-mounts our own
``/etc/resolv.conf``, ``/etc/hosts`` and ``/etc/nsswitch.conf`` over the
real ones. The mounts are private to the namespace and vanish with it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.lab import zone

ENV_INSIDE = "NETEXPLORER_LAB"
"""Set to ``1`` in every process that runs inside the lab."""
ENV_RESOLV = "NETEXPLORER_LAB_RESOLV"
"""Path of the file mounted over ``/etc/resolv.conf`` (tests may rewrite it)."""

UNSHARE = ("unshare", "--net", "--mount", "--uts", "--propagation", "private")
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TIMEOUT = 1
"""Seconds glibc waits for each DNS reply (``options timeout:``)."""


def inside() -> bool:
    """Return whether this process runs inside the lab."""
    return os.environ.get(ENV_INSIDE) == "1"


def unavailable_reason() -> str | None:
    """Return why the lab cannot be entered here, or ``None`` if it can."""
    if not sys.platform.startswith("linux"):
        return f"the DNS lab needs Linux namespaces (platform is {sys.platform})"
    if os.geteuid() != 0:
        return "the DNS lab needs root to create network and mount namespaces"
    for tool in ("unshare", "ip", "mount", "hostname"):
        if shutil.which(tool) is None:
            return f"the DNS lab needs the '{tool}' program, which is not installed"
    try:
        import dns.version  # noqa: F401
    except ImportError:
        return "the DNS lab needs dnspython (install the 'test' extra)"
    try:
        probe = subprocess.run(
            [*UNSHARE, "--", "ip", "link", "set", "lo", "up"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"cannot run unshare: {exc}"
    if probe.returncode != 0:
        return f"unshare --net --mount --uts failed: {probe.stderr.strip() or probe.returncode}"
    return None


def launcher_argv(args: list[str]) -> list[str]:
    """Return the command that runs ``python -m tests.lab ARGS`` inside new namespaces."""
    return [*UNSHARE, "--", sys.executable, "-m", "tests.lab", "--inside", *args]


def launcher_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Return an environment in which ``tests.lab`` is importable from any directory."""
    env = dict(os.environ)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO_ROOT) + (os.pathsep + path if path else "")
    env.update(extra or {})
    return env


def resolv_conf_text(timeout: int = DEFAULT_TIMEOUT, attempts: int = 1) -> str:
    """Return the lab's resolv.conf: our server only, short timeouts, no search list."""
    return (
        "# netexplorer DNS lab\n"
        "nameserver 127.0.0.1\n"
        f"options timeout:{timeout} attempts:{attempts}\n"
    )


def write_resolv_conf(timeout: int = DEFAULT_TIMEOUT, attempts: int = 1) -> None:
    """Rewrite the mounted resolv.conf in place (glibc notices the change)."""
    path = Path(os.environ[ENV_RESOLV])
    path.write_text(resolv_conf_text(timeout, attempts))


def hosts_text() -> str:
    """Return the lab's hosts file: localhost and the fixed host name."""
    return (
        "127.0.0.1\tlocalhost\n"
        "::1\tlocalhost ip6-localhost ip6-loopback\n"
        f"{zone.HOST_ADDRESS}\t{zone.HOSTNAME}.lab.test {zone.HOSTNAME}\n"
    )


def nsswitch_text(original: str) -> str:
    """Return ``original`` with its ``hosts:`` line set to ``files dns``."""
    lines = [ln for ln in original.splitlines() if not ln.lstrip().startswith("hosts:")]
    lines.append("hosts:          files dns")
    return "\n".join(lines) + "\n"


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, text=True)


def setup(workdir: Path, timeout: int = DEFAULT_TIMEOUT) -> None:
    """Configure the namespaces this process is in (it must already be inside them)."""
    _run("ip", "link", "set", "lo", "up")
    for address in zone.LOCAL_ADDRESSES:
        if ":" in address:
            _run("ip", "-6", "addr", "add", f"{address}/128", "dev", "lo", "nodad")
        else:
            _run("ip", "addr", "add", f"{address}/32", "dev", "lo")
    _run("hostname", zone.HOSTNAME)
    files = {
        "/etc/resolv.conf": resolv_conf_text(timeout),
        "/etc/hosts": hosts_text(),
        "/etc/nsswitch.conf": nsswitch_text(_read("/etc/nsswitch.conf")),
    }
    for target, text in files.items():
        source = workdir / Path(target).name
        source.write_text(text)
        if not Path(target).exists():
            Path(target).touch()
        _run("mount", "--bind", str(source), target)
    os.environ[ENV_RESOLV] = str(workdir / "resolv.conf")
    os.environ[ENV_INSIDE] = "1"


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""
