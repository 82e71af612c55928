"""The Client/Server tab: a live TCP or UDP server and client on Python's socket module.

One module per part: :mod:`.tab` composes the :mod:`.server_pane` and the
:mod:`.client_pane` (both built on :mod:`.pane`); each pane shows its
engine's events in an :mod:`.event_log` and the server its
:mod:`.connections`; :mod:`.selftest_step` is its ``--self-test`` step and its
registry entry.
"""

from netexplorer.ui.client_server.selftest_step import VIEW
from netexplorer.ui.client_server.tab import ClientServerTab

__all__ = ["VIEW", "ClientServerTab"]
