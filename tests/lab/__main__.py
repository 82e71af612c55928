"""Run a command inside the DNS lab: ``python -m tests.lab [OPTIONS] [--] [COMMAND...]``.

Examples::

    python -m tests.lab                              # a shell in the lab
    python -m tests.lab -- python -m netexplorer     # the app against the lab's DNS
    python -m tests.lab --rule delay:3 -- python benchmarks/responsiveness.py
    python -m tests.lab --rule one.lab.test=servfail --rule silent -- getent hosts one.lab.test

Unless ``--no-server`` is given, the lab DNS server runs in this launcher
process for as long as the command runs. The command's exit status is ours.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.lab import namespace


def parse_rule(text: str) -> tuple[str | None, str, float]:
    """Parse ``[NAME=]BEHAVIOUR[:DELAY]`` into (name, behaviour, delay)."""
    name: str | None = None
    if "=" in text:
        name, text = text.split("=", 1)
    behaviour, _, delay = text.partition(":")
    return name, behaviour.lower(), float(delay or 0)


def build_parser() -> argparse.ArgumentParser:
    """Return the launcher's argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.lab",
        description="Run a command inside the netexplorer DNS lab.",
    )
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-server", action="store_true", help="do not start the lab DNS server")
    parser.add_argument(
        "--timeout",
        type=int,
        default=namespace.DEFAULT_TIMEOUT,
        help="resolver timeout in seconds written to resolv.conf (default %(default)s)",
    )
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="[NAME=]BEHAVIOUR[:DELAY]",
        help="server behaviour: answer, delay:SECONDS, silent, servfail, nxdomain, truncate",
    )
    parser.add_argument("command", nargs=argparse.REMAINDER, help="command (default: a shell)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Enter the lab (re-running ourselves under ``unshare``) and run the command."""
    args = build_parser().parse_args(argv)
    command = list(args.command)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        command = [os.environ.get("SHELL", "/bin/sh")]
    rules = [parse_rule(r) for r in args.rule]

    if not args.inside:
        reason = namespace.unavailable_reason()
        if reason is not None:
            print(f"lab: {reason}", file=sys.stderr)
            return 2
        raw = sys.argv[1:] if argv is None else argv
        return subprocess.call(namespace.launcher_argv(list(raw)), env=namespace.launcher_env())

    from tests.lab.dnsserver import Behaviour, LabDNSServer

    with tempfile.TemporaryDirectory(prefix="netexplorer-lab-") as tmp:
        namespace.setup(Path(tmp), timeout=args.timeout)
        server = None
        if not args.no_server:
            server = LabDNSServer().start()
            for name, behaviour, delay in rules:
                server.set_behaviour(Behaviour(behaviour), name=name, delay=delay)
        try:
            return subprocess.call(command)
        except KeyboardInterrupt:
            return 130
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    sys.exit(main())
