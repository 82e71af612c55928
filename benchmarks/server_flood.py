"""Does the server pane keep up with a flood, and does the window stay responsive?

``python benchmarks/server_flood.py [--clients 50] [--messages 2000] [--diagram]``

Two servers are measured in the same run, each in a fresh process of its own
(so that peak memory is each one's own), against the same clients:

* **pane** — the Client/Server tab of a real main window
  (``QT_QPA_PLATFORM=offscreen`` unless set), started through its widgets on
  127.0.0.1 port 0 with Echo ticked (greeting off): the engine on ``QSocketNotifier``, the
  batched bounded log, the connections table, and the sequence diagram's data.  With
  ``--diagram`` the diagram is on screen and redrawn on its timer while the flood runs;
  without, the scripts are shown instead and the diagram is not drawn.
* **plain** — a minimal echo server on plain sockets and ``selectors``, no
  Qt, no log: what the hardware and the kernel allow.

The clients run in a separate process: ``--clients`` threads, each
connecting and sending ``--messages`` fixed-size messages with ``sendall``
as fast as it can, while a second thread per client reads the echo, then
``shutdown(SHUT_WR)``.  Every byte is counted on both sides, so a lost
message shows.  A 5 ms heartbeat (a ``QTimer`` in the pane, the select
timeout in the plain server) records the longest gap of the event loop.
Resident memory is read after warm-up (a fifth of the bytes received) and
at the end.  Target: no gap over 50 ms in the pane, nothing lost, memory flat
(RSS at the end within 20 MiB of RSS after warm-up).
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

HEARTBEAT_MS = 5
TARGET_GAP_MS = 50.0
TARGET_GROWTH_MIB = 20.0
WARM_UP = 0.2
TIMEOUT_S = 300.0
MESSAGE = "message {:06d} from client {:03d}\n"


def message(client: int, number: int) -> bytes:
    """Return one fixed-size message."""
    return MESSAGE.format(number, client).encode()


def rss_kib() -> int:
    """Return this process's resident memory now, in KiB (0 where unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_kib() -> int:
    """Return this process's peak resident memory, in KiB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


# The clients -------------------------------------------------------------------------------


def run_clients(port: int, clients: int, messages: int) -> dict[str, Any]:
    """Flood 127.0.0.1:``port`` from ``clients`` threads; return what was sent and echoed."""
    sent = [0] * clients
    echoed = [0] * clients
    errors: list[str] = []
    ready = threading.Barrier(clients + 1)

    def client(number: int) -> None:
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        except OSError as exc:
            errors.append(f"connect: {exc}")
            ready.wait()
            return

        def drain() -> None:
            try:
                while data := sock.recv(65536):
                    echoed[number] += len(data)
            except OSError as exc:
                errors.append(f"recv: {exc}")

        reader = threading.Thread(target=drain)
        reader.start()
        ready.wait()
        try:
            for n in range(messages):
                data = message(number, n)
                sock.sendall(data)
                sent[number] += len(data)
            sock.shutdown(socket.SHUT_WR)
        except OSError as exc:
            errors.append(f"send: {exc}")
        reader.join()
        sock.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()  # every client connected: the flood starts now
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return {
        "sent": sum(sent),
        "echoed": sum(echoed),
        "seconds": time.perf_counter() - start,
        "errors": errors[:5],
    }


def spawn_clients(port: int, args: argparse.Namespace) -> subprocess.Popen[str]:
    """Start the client process."""
    command = [sys.executable, __file__, "--role", "clients", "--port", str(port)]
    command += ["--clients", str(args.clients), "--messages", str(args.messages)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def client_report(process: subprocess.Popen[str]) -> dict[str, Any]:
    """Wait for the client process and return its figures."""
    out, _ = process.communicate(timeout=60)
    report: dict[str, Any] = json.loads(out)
    return report


# The pane ----------------------------------------------------------------------------------


def run_pane(args: argparse.Namespace) -> dict[str, Any]:
    """Flood the Client/Server tab of a real main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netexplorer.core.engine import Event, Kind
    from netexplorer.ui.client_server import ClientServerTab
    from netexplorer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    tab = window.view(ClientServerTab)
    window.show_view(tab)
    tab.below.setCurrentWidget(tab.sequence if args.diagram else tab.scripts)
    draws = watch_draws(tab.sequence.view)
    pane = tab.server_pane
    pane.echo_check.setChecked(True)
    pane.greeting_check.setChecked(False)  # the clients count only echoed bytes
    pane.port_input.setText("0")
    pane.start_button.click()
    loop = QEventLoop()
    while tab.server.listening is None:
        QTimer.singleShot(10, loop.quit)
        loop.exec()

    received_events = 0
    sink = tab.server.sink

    def counting(event: Event) -> None:
        nonlocal received_events
        if event.kind is Kind.RECEIVED:
            received_events += 1
        sink(event)

    tab.server.sink = counting
    expected = args.clients * sum(len(message(0, n)) for n in range(args.messages))

    gaps = {"longest": 0.0, "beats": 0}
    last = time.perf_counter()

    def beat() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps["longest"] = max(gaps["longest"], (now - last) * 1000)
        gaps["beats"] += 1
        last = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)

    def counted() -> tuple[int, int, int]:
        infos = pane.connections_model.infos()
        return (
            sum(info.received for info in infos),
            sum(info.sent for info in infos),
            sum(1 for info in infos if not info.open),
        )

    rss_before = rss_kib()
    rss_warm = 0
    clients = spawn_clients(tab.server.listening.port, args)
    start = time.perf_counter()
    heartbeat.start()
    last = time.perf_counter()
    deadline = start + TIMEOUT_S
    while time.perf_counter() < deadline:
        received, sent, closed = counted()
        if not rss_warm and received >= expected * WARM_UP:
            rss_warm = rss_kib()
        if closed == args.clients and received >= expected:
            break
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    elapsed = time.perf_counter() - start
    heartbeat.stop()
    report = client_report(clients)
    received, sent, closed = counted()
    figures = {
        "server": "pane",
        "seconds": elapsed,
        "bytes_expected": expected,
        "bytes_received": received,
        "bytes_echoed": sent,
        "client_sent": report["sent"],
        "client_echoed": report["echoed"],
        "flood_seconds": report["seconds"],
        "closed": closed,
        "recv_events": received_events,
        "log_events": pane.log.events,
        "not_shown": pane.log.dropped_total,
        "log_rows": pane.log.model.rowCount(),
        "longest_gap_ms": gaps["longest"],
        "heartbeats": gaps["beats"],
        "rss_before_kib": rss_before,
        "rss_warm_kib": rss_warm,
        "rss_end_kib": rss_kib(),
        "peak_rss_kib": peak_rss_kib(),
        "diagram": args.diagram,
        "draws": draws["count"],
        "longest_draw_ms": draws["longest"],
        "diagram_calls": len(tab.conversation.snapshot().steps),
        "diagram_lifelines": len(tab.conversation.snapshot().lifelines),
        "errors": report["errors"],
    }
    window.close()
    window.pool.shutdown(2000)
    del app
    return figures


def watch_draws(view: Any) -> dict[str, float]:
    """Count the diagram's redraws and time the longest (replacing its ``draw_now``)."""
    figures = {"count": 0, "longest": 0.0}
    draw_now = view.draw_now

    def timed() -> None:
        begin = time.perf_counter()
        draw_now()
        figures["count"] += 1
        figures["longest"] = max(figures["longest"], (time.perf_counter() - begin) * 1000)

    view.draw_now = timed
    return figures


# The plain echo server -----------------------------------------------------------------------


def run_plain(args: argparse.Namespace) -> dict[str, Any]:
    """Flood a minimal selectors echo server with the same clients."""
    selector = selectors.DefaultSelector()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1024)
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ)
    expected = args.clients * sum(len(message(0, n)) for n in range(args.messages))
    totals = {"received": 0, "echoed": 0, "closed": 0, "recv_events": 0}
    pending: dict[socket.socket, bytearray] = {}

    def close(conn: socket.socket) -> None:
        selector.unregister(conn)
        pending.pop(conn, None)
        conn.close()
        totals["closed"] += 1

    def flush(conn: socket.socket) -> None:
        out = pending[conn]
        try:
            sent = conn.send(out)
        except BlockingIOError:
            sent = 0
        except OSError:
            close(conn)
            return
        del out[:sent]
        totals["echoed"] += sent
        selector.modify(conn, selectors.EVENT_READ | (selectors.EVENT_WRITE if out else 0))

    rss_before = rss_kib()
    rss_warm = 0
    clients = spawn_clients(listener.getsockname()[1], args)
    start = last = time.perf_counter()
    next_beat = last + HEARTBEAT_MS / 1000
    longest = 0.0
    beats = 0
    while totals["closed"] < args.clients or totals["received"] < expected:
        now = time.perf_counter()
        if now - start > TIMEOUT_S:
            break
        if not rss_warm and totals["received"] >= expected * WARM_UP:
            rss_warm = rss_kib()
        for key, mask in selector.select(max(0.0, next_beat - now)):
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            if sock is listener:
                while True:
                    try:
                        conn, _ = listener.accept()
                    except BlockingIOError:
                        break
                    conn.setblocking(False)
                    pending[conn] = bytearray()
                    selector.register(conn, selectors.EVENT_READ)
                continue
            if mask & selectors.EVENT_WRITE and sock in pending:
                flush(sock)
            if mask & selectors.EVENT_READ and sock in pending:
                try:
                    data = sock.recv(65536)
                except OSError:
                    close(sock)
                    continue
                if not data:
                    close(sock)
                    continue
                totals["received"] += len(data)
                totals["recv_events"] += 1
                pending[sock] += data
                flush(sock)
        now = time.perf_counter()
        if now >= next_beat:
            longest = max(longest, (now - last) * 1000)
            beats += 1
            last = now
            next_beat = now + HEARTBEAT_MS / 1000
    elapsed = time.perf_counter() - start
    report = client_report(clients)
    listener.close()
    selector.close()
    return {
        "server": "plain",
        "seconds": elapsed,
        "bytes_expected": expected,
        "bytes_received": totals["received"],
        "bytes_echoed": totals["echoed"],
        "client_sent": report["sent"],
        "client_echoed": report["echoed"],
        "flood_seconds": report["seconds"],
        "closed": totals["closed"],
        "recv_events": totals["recv_events"],
        "log_events": 0,
        "not_shown": 0,
        "log_rows": 0,
        "longest_gap_ms": longest,
        "heartbeats": beats,
        "rss_before_kib": rss_before,
        "rss_warm_kib": rss_warm,
        "rss_end_kib": rss_kib(),
        "peak_rss_kib": peak_rss_kib(),
        "errors": report["errors"],
    }


# Putting it together ---------------------------------------------------------------------------


def measure(role: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one server role in a fresh process and return its figures."""
    command = [sys.executable, __file__, "--role", role]
    command += ["--clients", str(args.clients), "--messages", str(args.messages)]
    command += ["--diagram"] if args.diagram else []
    out = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if out.returncode != 0:
        sys.exit(f"server_flood: the {role} run failed:\n{out.stderr}")
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def table(pane: dict[str, Any], plain: dict[str, Any], args: argparse.Namespace) -> str:
    """Return the figures side by side."""
    messages = args.clients * args.messages
    size = len(message(0, 0))

    def rate(f: dict[str, Any]) -> float:
        return float(f["bytes_received"] / size / f["flood_seconds"])

    rows = [
        ("messages sent by the clients", messages, messages, ""),
        ("bytes received / expected",
         f"{pane['bytes_received']}/{pane['bytes_expected']}",
         f"{plain['bytes_received']}/{plain['bytes_expected']}", ""),
        ("bytes echoed back to clients", pane["client_echoed"], plain["client_echoed"], ""),
        ("connections closed", pane["closed"], plain["closed"], ""),
        ("flood duration (first send to last echo), s", f"{pane['flood_seconds']:.2f}",
         f"{plain['flood_seconds']:.2f}", f"{pane['flood_seconds'] / plain['flood_seconds']:.2f}"),
        ("messages/s received and echoed", f"{rate(pane):,.0f}", f"{rate(plain):,.0f}",
         f"{rate(pane) / rate(plain):.2f}"),
        ("recv() calls", pane["recv_events"], plain["recv_events"], ""),
        ("log events (recv+send+…)/s",
         f"{pane['log_events'] / pane['flood_seconds']:,.0f}", "—", ""),
        ("  of which shown as rows / not shown",
         f"{pane['log_events'] - pane['not_shown']:,} / {pane['not_shown']:,}", "—", ""),
        ("log rows kept (bound 10,000)", pane["log_rows"], "—", ""),
        ("longest event-loop gap, ms", f"{pane['longest_gap_ms']:.1f}",
         f"{plain['longest_gap_ms']:.1f}", ""),
        ("heartbeats (5 ms)", pane["heartbeats"], plain["heartbeats"], ""),
        ("sequence diagram", "on screen" if pane["diagram"] else "not shown", "—", ""),
        ("  redraws / longest redraw, ms", f"{pane['draws']} / {pane['longest_draw_ms']:.1f}",
         "—", ""),
        ("  calls / lifelines kept (bounds 160 / 8)",
         f"{pane['diagram_calls']} / {pane['diagram_lifelines']}", "—", ""),
        ("RSS before the flood, MiB", f"{pane['rss_before_kib'] / 1024:.1f}",
         f"{plain['rss_before_kib'] / 1024:.1f}", ""),
        ("RSS after warm-up, MiB", f"{pane['rss_warm_kib'] / 1024:.1f}",
         f"{plain['rss_warm_kib'] / 1024:.1f}", ""),
        ("RSS at the end, MiB", f"{pane['rss_end_kib'] / 1024:.1f}",
         f"{plain['rss_end_kib'] / 1024:.1f}", ""),
        ("peak RSS, MiB", f"{pane['peak_rss_kib'] / 1024:.0f}",
         f"{plain['peak_rss_kib'] / 1024:.0f}", ""),
    ]  # fmt: skip
    width = max(len(str(r[0])) for r in rows)
    lines = [f"{'':{width}}  {'pane':>16}  {'plain':>16}  {'pane/plain':>10}"]
    lines += [f"{a:{width}}  {b!s:>16}  {c!s:>16}  {d:>10}" for a, b, c, d in rows]
    return "\n".join(lines)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--clients", type=int, default=50, help="clients (default %(default)s)")
    parser.add_argument(
        "--messages", type=int, default=2000, help="messages per client (default %(default)s)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument(
        "--diagram", action="store_true", help="show the sequence diagram during the flood"
    )
    parser.add_argument("--role", choices=["main", "pane", "plain", "clients"], default="main")
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures; 1 if a target was missed."""
    args = parse_args(argv)
    if args.role == "clients":
        print(json.dumps(run_clients(args.port, args.clients, args.messages)))
        return 0
    if args.role in ("pane", "plain"):
        run = run_pane if args.role == "pane" else run_plain
        print(json.dumps(run(args)))
        return 0
    pane = measure("pane", args)
    plain = measure("plain", args)
    print(
        f"server_flood: {args.clients} clients × {args.messages} messages of "
        f"{len(message(0, 0))} bytes, echoed back; Python {sys.version.split()[0]}, "
        f"{sys.platform}, {os.cpu_count()} CPU(s)\n"
    )
    print(table(pane, plain, args))
    if args.json:
        print(json.dumps({"pane": pane, "plain": plain}, indent=2))
    lost = any(
        f["bytes_received"] != f["bytes_expected"] or f["client_echoed"] != f["bytes_expected"]
        for f in (pane, plain)
    )
    slow = pane["longest_gap_ms"] > TARGET_GAP_MS
    growth = (pane["rss_end_kib"] - pane["rss_warm_kib"]) / 1024
    grew = growth > TARGET_GROWTH_MIB
    print(
        f"\ntarget: longest gap ≤ {TARGET_GAP_MS:.0f} ms: {'MISSED' if slow else 'met'}; "
        f"nothing lost: {'MISSED' if lost else 'met'}; "
        f"RSS growth after warm-up {growth:+.1f} MiB ≤ {TARGET_GROWTH_MIB:.0f}: "
        f"{'MISSED' if grew else 'met'}"
    )
    return 1 if lost or slow or grew else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
