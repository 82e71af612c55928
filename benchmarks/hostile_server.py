"""Does the server pane hold up under hostile peers, and does the window stay responsive?

``python benchmarks/hostile_server.py [--scenario NAME ...] [--json]``

Each scenario runs in a fresh process of its own (so that memory is that
scenario's alone): the Client/Server tab of a real main window
(``QT_QPA_PLATFORM=offscreen`` unless set), started through its widgets on
127.0.0.1 port 0 with the default limits, against an attacker process
(``benchmarks/attackers.py``) that talks to 127.0.0.1 only:

* **connections** — 1,000 TCP connections at once (100 kept, 900 told the server is full);
* **slowloris** — 300 connections sending one byte a second for 10 s;
* **nonreaders** — 100 clients of the echo server that send and never read;
* **udpflood** — 20,000 datagrams from 500 ports to the UDP echo server.

For each: the longest gap of the event loop (a 5 ms ``QTimer`` heartbeat)
while the attack runs, resident memory before the attack and when it has
done its worst, and how long Stop takes with the attackers still connected.
Targets: gap under 100 ms, RSS growth under 32 MiB, Stop under 1 s.  Both
processes raise their soft RLIMIT_NOFILE to 1,200 descriptors if it is
lower (the attacker holds 1,000 sockets); the figures say so.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from attackers import SCENARIOS, raise_descriptor_limit  # beside this script

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
ATTACKERS = Path(__file__).with_name("attackers.py")

HEARTBEAT_MS = 5
TARGET_GAP_MS = 100.0
TARGET_GROWTH_MIB = 32.0
TARGET_STOP_S = 1.0
ATTACK_LIMIT_S = 120.0


def rss_kib() -> int:
    """Return this process's resident memory now, in KiB (0 where unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Heartbeat:
    """A 5 ms timer that records the longest gap between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_ms = 0.0
        self.beats = 0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000)
        self.beats += 1
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def spin(ms: int) -> None:
    """Let the Qt event loop run for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def start_pane(scenario: str) -> tuple[Any, Any]:
    """Show a main window and start its server for ``scenario``; return the window and tab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from netexplorer.ui.client_server import ClientServerTab
    from netexplorer.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    tab = window.view(ClientServerTab)
    window.show_view(tab)
    pane = tab.server_pane
    if scenario == "udpflood":
        tab.transport_combo.setCurrentIndex(tab.transport_combo.findText("UDP"))
    pane.echo_check.setChecked(scenario in ("nonreaders", "udpflood"))
    pane.port_input.setText("0")
    pane.start_button.click()
    deadline = time.monotonic() + 10
    while tab.server.listening is None and time.monotonic() < deadline:
        spin(10)
    assert tab.server.listening is not None, pane.status_label.text()
    return window, tab


def wait_for_holding(attacker: subprocess.Popen[str], tab: Any) -> dict[str, int]:
    """Run the event loop until the attacker has done its worst; return the server's peaks."""
    assert attacker.stdout is not None
    peaks = {"open": 0, "queued_bytes": 0}
    deadline = time.monotonic() + ATTACK_LIMIT_S
    while time.monotonic() < deadline:
        spin(20)
        peaks["open"] = max(peaks["open"], tab.server.open_count)
        peaks["queued_bytes"] = max(peaks["queued_bytes"], tab.server.output_queued)
        ready, _, _ = select.select([attacker.stdout], [], [], 0)
        if ready and attacker.stdout.readline().strip() == "holding":
            return peaks
    attacker.kill()
    sys.exit("hostile_server: the attacker did not finish in time")


def run_server(scenario: str) -> dict[str, Any]:
    """Attack the pane's server with ``scenario``; return the figures."""
    descriptors = raise_descriptor_limit()
    window, tab = start_pane(scenario)
    spin(300)
    from netexplorer.core.engine import Kind

    received = {"events": 0, "received": 0}
    sink = tab.server.sink

    def counting(event: Any) -> None:
        received["events"] += 1
        received["received"] += event.kind is Kind.RECEIVED
        sink(event)

    tab.server.sink = counting
    heartbeat = Heartbeat()
    rss_before = rss_kib()
    command = [sys.executable, str(ATTACKERS), scenario, str(tab.server.listening.port)]
    attacker = subprocess.Popen(
        command, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    heartbeat.start()
    started = time.perf_counter()
    peaks = wait_for_holding(attacker, tab)
    attack_s = time.perf_counter() - started
    heartbeat.stop()
    rss_after = rss_kib()
    before_stop = time.perf_counter()
    tab.server_pane.stop_button.click()
    stop_s = time.perf_counter() - before_stop
    out, _ = attacker.communicate("stopped\n", timeout=60)
    figures = {
        "scenario": scenario,
        "attack_s": attack_s,
        "longest_gap_ms": heartbeat.longest_ms,
        "heartbeats": heartbeat.beats,
        "rss_before_kib": rss_before,
        "rss_after_kib": rss_after,
        "stop_s": stop_s,
        "server_events": received["events"],
        "server_receives": received["received"],
        "log_rows": tab.server_pane.log.model.rowCount(),
        "peak_open": peaks["open"],
        "peak_queued_bytes": peaks["queued_bytes"],
        "internal_error": tab.server.internal_error is not None,
        "descriptors": descriptors,
        "attacker": json.loads(out.strip().splitlines()[-1]),
    }
    window.close()
    window.pool.shutdown(2000)
    return figures


def measure(scenario: str) -> dict[str, Any]:
    """Run one scenario in a fresh process and return its figures."""
    command = [sys.executable, __file__, "--role", "server", "--scenario", scenario]
    out = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if out.returncode != 0:
        sys.exit(f"hostile_server: the {scenario} run failed:\n{out.stderr}")
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def verdicts(f: dict[str, Any]) -> dict[str, bool]:
    """Say which targets a scenario met."""
    growth = (f["rss_after_kib"] - f["rss_before_kib"]) / 1024
    return {
        "gap": f["longest_gap_ms"] < TARGET_GAP_MS,
        "rss": growth < TARGET_GROWTH_MIB,
        "stop": f["stop_s"] < TARGET_STOP_S,
        "no internal error": not f["internal_error"],
    }


def table(results: list[dict[str, Any]]) -> str:
    """Return the figures, one column per scenario."""
    rows: list[tuple[str, ...]] = [("", *(f["scenario"] for f in results))]

    def row(label: str, value: Any) -> None:
        rows.append((label, *(str(value(f)) for f in results)))

    row("attack duration, s", lambda f: f"{f['attack_s']:.1f}")
    row("longest event-loop gap, ms", lambda f: f"{f['longest_gap_ms']:.1f}")
    row("RSS before, MiB", lambda f: f"{f['rss_before_kib'] / 1024:.1f}")
    row("RSS after, MiB", lambda f: f"{f['rss_after_kib'] / 1024:.1f}")
    row("RSS growth, MiB", lambda f: f"{(f['rss_after_kib'] - f['rss_before_kib']) / 1024:+.1f}")
    row("Stop, ms", lambda f: f"{f['stop_s'] * 1000:.1f}")
    row("server events", lambda f: f"{f['server_events']:,}")
    row("  of which recv()/recvfrom()", lambda f: f"{f['server_receives']:,}")
    row("peak open connections/peers", lambda f: f["peak_open"])
    row("peak bytes queued for clients", lambda f: f"{f['peak_queued_bytes']:,}")
    width = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                               enumerate(zip(r, width, strict=True))) for r in rows)  # fmt: skip


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument(
        "--scenario", action="append", choices=sorted(SCENARIOS), help="(default: all four)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--role", choices=["main", "server"], default="main")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Run the scenarios and print the figures; 1 if a target was missed."""
    args = parse_args(argv)
    scenarios = args.scenario or list(SCENARIOS)
    if args.role == "server":
        print(json.dumps(run_server(scenarios[0])))
        return 0
    results = [measure(scenario) for scenario in scenarios]
    print(
        f"hostile_server: Python {sys.version.split()[0]}, {sys.platform}, "
        f"{os.cpu_count()} CPU(s); {results[0]['descriptors']}\n"
    )
    print(table(results))
    print()
    for f in results:
        print(f"{f['scenario']}: attacker saw {json.dumps(f['attacker'])}")
    missed = [
        f"{f['scenario']} {name}" for f in results for name, ok in verdicts(f).items() if not ok
    ]
    print(
        f"\ntargets: gap < {TARGET_GAP_MS:.0f} ms, RSS growth < {TARGET_GROWTH_MIB:.0f} MiB, "
        f"Stop < {TARGET_STOP_S:.0f} s: " + ("MISSED: " + ", ".join(missed) if missed else "met")
    )
    if args.json:
        print(json.dumps(results, indent=2))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
