"""Every view of the main window, in tab order.

The main window, ``--self-test``, shutdown, the screenshots script and the
tests all read :data:`VIEWS`; adding a view is one module defining a
:class:`~netexplorer.ui.view.ViewSpec` and one line here.
"""

from typing import Any

from netexplorer.ui import (
    addrinfo_tab,
    client_server,
    dns,
    host_tab,
    proto_service_tab,
    resolver_tab,
    reverse_tab,
)
from netexplorer.ui.view import ViewSpec

VIEWS: list[ViewSpec[Any]] = [
    host_tab.VIEW,
    reverse_tab.VIEW,
    proto_service_tab.VIEW,
    addrinfo_tab.VIEW,
    client_server.VIEW,
    dns.VIEW,
    resolver_tab.VIEW,
]
