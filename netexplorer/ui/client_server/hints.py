"""Mismatches between the two panes explained before and after they bite.

Before Connect: when this window's server runs and the client's host and
port would miss it, the client pane says why and offers the fix.  After a
refused connection: where this window's server listens instead.  After a
failed bind: a port below 1024, or which program holds the port (asked of
the system on the resolver pool: reading ``/proc`` may take a moment).  And
when a ``connect()``ed UDP client drops the server's datagram.
"""

import socket

from PySide6.QtCore import QObject, QTimer, Slot

from netexplorer.core import mismatch, platform, sockaddrs
from netexplorer.core.conversation import Conversation
from netexplorer.core.engine import (
    ClientState,
    Coordinates,
    Sockaddr,
    Transport,
    connect_lookup,
    is_wildcard,
    parse_endpoint,
)
from netexplorer.core.lookups import Lookup
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import AddrInfo, ExplainedError, Outcome
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP
from netexplorer.ui import settings
from netexplorer.ui.client_server.client_pane import ClientPane
from netexplorer.ui.client_server.server_pane import ServerPane
from netexplorer.ui.text import core_text
from netexplorer.ui.workers import Job, ResolverPool

#: How long the inputs must rest before the client's target is looked up again.
SETTLE_MS = 300

DROPPED = QT_TRANSLATE_NOOP(
    CONTEXT,
    "The server's datagram to {} came from {}, but this connect()ed UDP socket accepts "
    "datagrams only from {}: the system dropped it. Untick 'connect() first', or connect "
    "to the address the server answers from.",
)


def dual_stack(listening: Coordinates) -> bool:
    """Tell whether a server on IPv6's wildcard hears IPv4 too (the engine turns IPV6_V6ONLY off)."""
    return (
        listening.family == "AF_INET6"
        and is_wildcard(listening.address)
        and socket.has_dualstack_ipv6()
    )


def hint_text(hint: mismatch.Hint) -> str:
    """Return a hint in the user's language."""
    message = core_text(hint.message)
    return message.format(*hint.args) if hint.args else message


class Hints(QObject):
    """Watches both panes and shows the hints of :mod:`netexplorer.core.mismatch`."""

    def __init__(
        self,
        pool: ResolverPool,
        server: ServerPane,
        client: ClientPane,
        conversation: Conversation,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool, self.server, self.client = pool, server, client
        self.conversation = conversation
        self.target_job: Job[Outcome[tuple[AddrInfo, ...]]] | None = None
        self.owner_job: Job[tuple[platform.PortOwner, ...] | None] | None = None
        self._listening: Sockaddr | None = None
        self._client_was = ClientState.IDLE
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check_target)
        client.host_input.textChanged.connect(self.schedule)
        client.port_input.textChanged.connect(self.schedule)
        server.stateChanged.connect(self._server_state)
        server.resolved.connect(self._server_started)
        client.stateChanged.connect(self._client_state)

    @Slot()
    def schedule(self) -> None:
        """Look at the client's target again once the inputs rest (the old hint is stale now)."""
        self._abandon_target()  # its answer would be about the old inputs
        self.client.show_hint("")
        self.timer.start()

    @Slot()
    def _server_state(self) -> None:
        listening = self.server.server.listening
        sockaddr = listening.sockaddr if listening else None
        if sockaddr != self._listening:  # not on every refresh of a busy server
            self._listening = sockaddr
            self.schedule()

    # Before Connect ---------------------------------------------------------------------------

    @Slot()
    def check_target(self) -> None:
        """Resolve the client's target on the pool if this window's server runs."""
        self._abandon_target()
        if self._listening is None or self.client.client.state is not ClientState.IDLE:
            if self._listening is None:
                self.client.show_hint("")
            return
        try:
            endpoint = parse_endpoint(self.client.host_input.text(), self.client.port_input.text())
        except InvalidInput:
            self.client.show_hint("")
            return
        lookup: Lookup[tuple[AddrInfo, ...]] = connect_lookup(endpoint, self.server.transport)
        host = endpoint.host or "None"
        self.target_job = self.pool.submit(lookup.run, settings.lookup_deadline_ms()).then(
            lambda outcome: self._targets(host, outcome), self._no_targets, self._no_targets
        )

    def _targets(self, host: str, outcome: Outcome[tuple[AddrInfo, ...]]) -> None:
        self.target_job = None
        listening = self.server.server.listening
        if outcome.value is None or listening is None:
            self.client.show_hint("")
            return
        hint = mismatch.target_hint(
            host,
            [info.sockaddr for info in outcome.value],
            listening.sockaddr,
            udp=self.server.transport is Transport.UDP,
            dual_stack=dual_stack(listening),
        )
        self.show(hint)

    def _no_targets(self, _: object = None) -> None:
        self.target_job = None  # the Connect button will say why, if pressed

    def show(self, hint: mismatch.Hint | None) -> None:
        """Show a hint in the client pane (None: clear it)."""
        if hint is None:
            self.client.show_hint("")
        else:
            self.client.show_hint(hint_text(hint), hint.fix)

    def connect_here(self, target: Sockaddr) -> None:
        """Warn when "Connect client here" points where no server of this window listens."""
        listening = self.server.server.listening
        if listening is None:
            self.show(mismatch.no_server_hint(target))
        else:
            self.show(mismatch.target_hint("", [target], listening.sockaddr, udp=False))

    # After a refusal, a failed bind, a dropped datagram ----------------------------------------

    @Slot()
    def _client_state(self) -> None:
        state, error = self.client.client.state, self.client.client.last_error
        if state is ClientState.CONNECTED and self._client_was is not ClientState.CONNECTED:
            self.client.show_hint("")  # what it said of an earlier attempt is past now
        self._client_was = state
        if state is not ClientState.IDLE or error is None:
            return
        listening = self.server.server.listening
        if error.name == "ECONNREFUSED" and self.client.targets and listening is not None:
            hint = mismatch.refused_hint(self.client.targets[0], listening.sockaddr)
            if hint is not None:
                self.show(hint)

    @Slot()
    def _server_started(self) -> None:
        error, tried = self.server.server.last_error, self.server.tried
        if self.server.server.running or error is None or tried is None:
            return
        port = int(tried[1])
        if error.name != "EADDRINUSE":
            self._bind_hint(error, port, None)
            return
        udp = self.server.transport is Transport.UDP
        self.owner_job = self.pool.submit(lambda: platform.port_owners(port, udp=udp), 5000).then(
            lambda owners: self._bind_hint(error, port, owners),
            lambda _: self._bind_hint(error, port, None),
            lambda _: self._bind_hint(error, port, None),
        )

    def _bind_hint(
        self, error: ExplainedError, port: int, owners: tuple[platform.PortOwner, ...] | None
    ) -> None:
        self.owner_job = None
        hint = mismatch.bind_hint(error, port, owners, posix=platform.SYSTEM != "windows")
        self.server.show_hint(hint_text(hint) if hint else "")

    def dropped_text(self) -> list[str]:
        """Return a sentence per datagram a connect()ed UDP socket dropped since last asked."""
        return [
            core_text(DROPPED).format(
                sockaddrs.host_port(*sockaddrs.key(drop.destination)),
                sockaddrs.host_port(*drop.source),
                sockaddrs.host_port(*sockaddrs.key(drop.expected)),
            )
            for drop in self.conversation.take_drops()
        ]

    # Closing ---------------------------------------------------------------------------------

    def _abandon_target(self) -> None:
        if self.target_job is not None:
            self.pool.abandon(self.target_job)
            self.target_job = None

    def shutdown(self) -> None:
        """Stop the timer and every lookup under way."""
        self.timer.stop()
        self._abandon_target()
        if self.owner_job is not None:
            self.pool.abandon(self.owner_job)
            self.owner_job = None
