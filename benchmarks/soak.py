"""A seeded soak: random actions over every view for a while, watching memory and warnings.

``python benchmarks/soak.py [--minutes 10] [--seed 1] [--interval-ms 20]``

A real main window (``QT_QPA_PLATFORM=offscreen`` unless set, settings in a
temporary folder) gets one random action every ``--interval-ms``: switching
views; lookups in every lookup view of the registry with offline inputs only
(localhost, numeric addresses, service and protocol names; a view whose
inputs this script does not know is only switched to, never looked up); and
in the Client/Server view starting and stopping the server (loopback only:
the opt-in stays unticked, so a wildcard is refused), connecting and
disconnecting the client, sending, replying, closing connections, toggling
greeting and echo, and bursts of plain loopback sockets.

It asserts nothing.  It prints the resident memory every minute, then every
warning, error and traceback seen (a logging handler, Qt's messages routed
into logging, ``sys.excepthook`` and ``threading.excepthook``), and the
memory growth per minute once both logs of the Client/Server view have
reached their row limit.  Not part of CI.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import random
import socket
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

#: Offline inputs of the lookup views this script knows, by view and input name.
INPUTS: dict[str, dict[str, list[str]]] = {
    "hostTab": {"hostInput": ["localhost", "127.0.0.1", "127.1", "", "<b>x</b>"]},
    "reverseTab": {"addressInput": ["127.0.0.1", "not an address", ""], "portInput": ["", "80"]},
    "protoServiceTab": {
        "protocolInput": ["tcp", "udp", "icmp", "TCP", "nosuchproto"],
        "serviceInput": ["http", "ssh", "80", "domain", "nosuchservice"],
        "databaseSearch": ["", "tcp", "http", "ssh"],
    },
    "addrinfoTab": {
        "hostInput": ["localhost", "127.0.0.1", "::1", "", "::ffff:127.0.0.1"],
        "portInput": ["", "0", "80", "http", "ssh", "99999"],
    },
}
MESSAGES = ["hello", "ünïcødé ✓", "x" * 2000, "<h1>BIG</h1>", "\x1b[2J", ""]
#: Offscreen Qt cannot do this; it says so once per window and it is harmless.
IGNORED_QT = ("This plugin does not support propagateSizeHints",)


def rss_mib() -> float:
    """Return this process's resident memory now, in MiB (0 where unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Seen(logging.Handler):
    """Every warning, error and traceback, counted by message."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: collections.Counter[str] = collections.Counter()
        self.ignored = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if any(text in message for text in IGNORED_QT):
            self.ignored += 1
            return
        detail = (
            f"\n{''.join(traceback.format_exception(*record.exc_info))}" if record.exc_info else ""
        )
        self.counts[f"{record.levelname} {record.name}: {message}{detail}"] += 1

    def exception(self, where: str, exc: BaseException) -> None:
        self.counts[f"TRACEBACK ({where}):\n{''.join(traceback.format_exception(exc))}"] += 1

    def install(self) -> None:
        logging.getLogger().addHandler(self)
        logging.captureWarnings(True)
        warnings.simplefilter("default")
        sys.excepthook = lambda kind, exc, tb: self.exception("excepthook", exc)
        threading.excepthook = lambda args: self.exception("thread", args.exc_value or Exception())


class Soak:
    """Picks and performs one random action per tick."""

    def __init__(self, window: Any, rng: random.Random) -> None:
        from netexplorer.ui.client_server import ClientServerTab

        self.window = window
        self.rng = rng
        self.cs = window.view(ClientServerTab)
        self.done: collections.Counter[str] = collections.Counter()
        self.actions: list[tuple[int, Callable[[], None]]] = [
            (3, self.switch_view), (10, self.look_up), (1, self.abandon),
            (2, self.start_server), (1, self.stop_server), (3, self.connect_client),
            (1, self.disconnect_client), (12, self.send), (2, self.reply),
            (1, self.close_connection), (2, self.toggle_options), (4, self.burst),
        ]  # fmt: skip

    def tick(self) -> None:
        weights = [weight for weight, _ in self.actions]
        (_, action), = self.rng.choices(self.actions, weights)  # fmt: skip
        self.done[action.__name__] += 1
        action()

    def child(self, page: Any, kind: Any, name: str) -> Any:
        return page.findChild(kind, name)

    def switch_view(self) -> None:
        self.window.tabs.setCurrentIndex(self.rng.randrange(self.window.tabs.count()))

    def look_up(self) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

        spec, page = self.rng.choice(self.window.views)
        known = INPUTS.get(spec.name)
        button = self.child(page, QPushButton, "lookupButton")
        if known is None or button is None:
            return  # a view this script cannot drive offline: switching to it is all
        for edit in page.findChildren(QLineEdit):
            if edit.objectName() in known:
                edit.setText(self.rng.choice(known[edit.objectName()]))
        for combo in page.findChildren(QComboBox):
            combo.setCurrentIndex(self.rng.randrange(combo.count()))
        for box in page.findChildren(QCheckBox):
            if box.objectName().startswith(("AI_", "NI_")) and self.rng.random() < 0.2:
                box.setChecked(not box.isChecked())
        self.window.show_view(page)
        button.click()

    def abandon(self) -> None:
        from PySide6.QtWidgets import QPushButton

        _, page = self.rng.choice(self.window.views)
        button = self.child(page, QPushButton, "abandonButton")
        if button is not None and button.isEnabled():
            button.click()

    def start_server(self) -> None:
        pane = self.cs.server_pane
        pane.all_interfaces_check.setChecked(False)  # never beyond loopback
        if self.cs.transport_combo.isEnabled():
            self.cs.transport_combo.setCurrentIndex(self.rng.randrange(2))
        hosts = ["127.0.0.1", "::1", "localhost", "::ffff:127.0.0.1", "0.0.0.0", ""]
        pane.host_input.setText(self.rng.choice(hosts))
        pane.port_input.setText("0")
        pane.start_button.click()

    def stop_server(self) -> None:
        self.cs.server_pane.stop_button.click()

    def connect_client(self) -> None:
        pane, listening = self.cs.client_pane, self.cs.server.listening
        pane.udp_connect_check.setChecked(self.rng.random() < 0.5)
        pane.host_input.setText(str(listening.address) if listening else "127.0.0.1")
        pane.port_input.setText(str(listening.port) if listening else self.rng.choice(["1", "0"]))
        pane.connect_button.click()

    def disconnect_client(self) -> None:
        self.cs.client_pane.disconnect_button.click()

    def send(self) -> None:
        """Send a run of messages, as a student pressing Enter repeatedly would."""
        pane = self.cs.client_pane
        for _ in range(self.rng.randint(1, 20)):
            pane.message_input.setText(self.rng.choice(MESSAGES))
            pane.send_button.click()

    def reply(self) -> None:
        pane = self.cs.server_pane
        if pane.connections_model.rowCount():
            pane.connections_view.selectRow(self.rng.randrange(pane.connections_model.rowCount()))
            pane.reply_input.setText(self.rng.choice(MESSAGES))
            pane.reply_button.click()

    def close_connection(self) -> None:
        pane = self.cs.server_pane
        if pane.connections_model.rowCount():
            pane.connections_view.selectRow(self.rng.randrange(pane.connections_model.rowCount()))
            pane.close_connection_button.click()

    def toggle_options(self) -> None:
        pane = self.cs.server_pane
        box = self.rng.choice([pane.greeting_check, pane.echo_check])
        box.setChecked(not box.isChecked())

    def burst(self) -> None:
        """A few plain loopback sockets talking to the server, the way students' scripts do."""
        listening = self.cs.server.listening
        if listening is None:
            return
        address = listening.sockaddr
        kind = socket.SOCK_STREAM if listening.type == "SOCK_STREAM" else socket.SOCK_DGRAM
        family = socket.AF_INET6 if listening.family == "AF_INET6" else socket.AF_INET
        for _ in range(self.rng.randint(1, 5)):
            with socket.socket(family, kind) as s:
                s.settimeout(1.0)
                try:
                    if kind == socket.SOCK_STREAM:
                        s.connect(address)
                        s.sendall(os.urandom(self.rng.randint(1, 3000)))
                    else:
                        s.sendto(os.urandom(self.rng.randint(1, 1200)), address)
                except OSError:
                    self.done["burst refused"] += 1


def private_settings(folder: str) -> None:
    """Keep the soak's settings (window geometry) out of the real profile."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("netexplorer-soak")
    QCoreApplication.setApplicationName("netexplorer-soak")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def slope(points: list[tuple[float, float]]) -> float:
    """Return the least-squares slope of (x, y) points (0 for fewer than two)."""
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def run(
    args: argparse.Namespace, seen: Seen
) -> tuple[list[tuple[float, float]], float | None, Soak]:
    """Soak a main window for ``args.minutes``; return (minute, RSS) samples, when logs capped."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netexplorer.ui import qtlog
    from netexplorer.ui.client_server.event_log import LOG_LIMIT
    from netexplorer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    qtlog.install()
    window = MainWindow()
    window.show()
    soak = Soak(window, random.Random(args.seed))
    start = time.monotonic()
    samples: list[tuple[float, float]] = [(0.0, rss_mib())]
    capped: list[float] = []
    print(f"minute  0: RSS {samples[0][1]:6.1f} MiB", flush=True)

    def minute() -> None:
        at = (time.monotonic() - start) / 60
        logs = (soak.cs.server_pane.log.model.rowCount(), soak.cs.client_pane.log.model.rowCount())
        if not capped and min(logs) >= LOG_LIMIT:
            capped.append(at)
        samples.append((at, rss_mib()))
        print(f"minute {at:2.0f}: RSS {samples[-1][1]:6.1f} MiB; log rows {logs[0]:,} / "
              f"{logs[1]:,}; {sum(soak.done.values()):,} actions", flush=True)  # fmt: skip
        if at >= args.minutes - 0.01:
            app.quit()

    actions, clock = QTimer(), QTimer()
    actions.timeout.connect(soak.tick)
    clock.timeout.connect(minute)
    actions.start(args.interval_ms)
    clock.start(60_000)
    app.exec()
    actions.stop()
    clock.stop()
    window.close()
    window.pool.shutdown(5000)
    return samples, capped[0] if capped else None, soak


def report(
    samples: list[tuple[float, float]], capped: float | None, soak: Soak, seen: Seen
) -> None:
    """Print the growth per minute and everything seen."""
    print(f"\nactions: {dict(sorted(soak.done.items()))}")
    if capped is None:
        print("the Client/Server logs did not both reach their row limit: no steady state measured")
    else:
        steady = [(x, y) for x, y in samples if x >= capped]
        print(f"logs at their limit after {capped:.1f} min; RSS growth per minute since then: "
              f"{slope(steady):+.2f} MiB (least squares over {len(steady)} samples), "
              f"{steady[-1][1] - steady[0][1]:+.1f} MiB in all")  # fmt: skip
    print(f"RSS first/last: {samples[0][1]:.1f} / {samples[-1][1]:.1f} MiB")
    total = sum(seen.counts.values())
    print(f"warnings, errors and tracebacks seen: {total} ({len(seen.counts)} distinct); "
          f"ignored offscreen notices: {seen.ignored}")  # fmt: skip
    for message, count in seen.counts.most_common(20):
        print(f"--- {count}×\n{message}")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the soak's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--minutes", type=int, default=10, help="duration (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default %(default)s)")
    parser.add_argument(
        "--interval-ms", type=int, default=20, help="between actions (default %(default)s)"
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Soak, then print what was seen; the exit code is 0 whatever happened."""
    args = parse_args(argv)
    seen = Seen()
    seen.install()
    print(f"soak: {args.minutes} min, seed {args.seed}, one action every {args.interval_ms} ms; "
          f"Python {sys.version.split()[0]}, {sys.platform}", flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="netexplorer-soak-") as folder:
        private_settings(folder)
        samples, capped, soak = run(args, seen)
    report(samples, capped, soak, seen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
