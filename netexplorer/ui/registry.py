"""Every view of the main window, in tab order.

The main window, ``--self-test``, shutdown, the screenshots script and the
tests all read :data:`VIEWS`.  An entry names a view (its object name, tab
title and quick start page) and the module that builds it; the module is
imported only when the view is first needed, so start-up imports the first
view alone.  Adding a view is one module defining ``VIEW``, a
:class:`~netexplorer.ui.view.ViewParts`, and one entry here.
"""

from netexplorer.core.text import QT_TRANSLATE_NOOP
from netexplorer.ui.view import ViewSpec

VIEWS: list[ViewSpec] = [
    ViewSpec(
        "hostTab",
        QT_TRANSLATE_NOOP("MainWindow", "Host"),
        "netexplorer.ui.host_tab",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: socket.gethostbyname(host) beside "
            "socket.gethostbyname_ex(host): the one IPv4 address the first returns, "
            "and the name, aliases and every IPv4 address the second returns, with "
            "where the answer came from (hosts file or DNS). Try first: type "
            "localhost and press Enter, then press This host: it fills in "
            "socket.gethostname(), this computer's name, and looks it up, as the "
            "lecture does. Then try a name that does not exist and read the "
            "explanation of the error.",
        ),
    ),
    ViewSpec(
        "reverseTab",
        QT_TRANSLATE_NOOP("MainWindow", "Reverse"),
        "netexplorer.ui.reverse_tab",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: socket.gethostbyaddr(address) — the host name, aliases "
            "and addresses for an IP address — and socket.getnameinfo((address, "
            "port), flags), which also turns a port into a service name. Try first: "
            "127.0.0.1, then ::1, with port 80; tick NI_NUMERICHOST and see the "
            "name become the address again.",
        ),
    ),
    ViewSpec(
        "protoServiceTab",
        QT_TRANSLATE_NOOP("MainWindow", "Protocol/Service"),
        "netexplorer.ui.proto_service_tab",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: socket.getprotobyname(name) — the number of a protocol "
            "— and socket.getservbyname(name) or socket.getservbyport(port) — a "
            "service's port, or a port's service — read from this computer's "
            "protocols and services databases, which the table beside lets you "
            "search. Try first: protocol UDP (the lecture's example gives 17), then "
            "service www and port 80.",
        ),
    ),
    ViewSpec(
        "addrinfoTab",
        QT_TRANSLATE_NOOP("MainWindow", "getaddrinfo"),
        "netexplorer.ui.addrinfo_tab",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: socket.getaddrinfo(host, port, family, type, proto, "
            "flags), one row per 5-tuple (family, type, proto, canonname, sockaddr) "
            "in the order the call returned them, what each field means, and what "
            "changed since the previous answer. Try first: host empty (None), port "
            "smtp, type SOCK_STREAM, then tick AI_PASSIVE and see loopback "
            "addresses become wildcard ones. Compare variants runs the query once "
            "per flag and shows the answers side by side.",
        ),
    ),
    ViewSpec(
        "clientServerTab",
        QT_TRANSLATE_NOOP("MainWindow", "Client/Server"),
        "netexplorer.ui.client_server",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: a real server and a real client made of Python sockets: "
            "bind(), listen(), accept() and connect(), with getsockname() and "
            "getpeername() of each socket, every event in a log, and the equivalent "
            "Python script of each side. Try first: press Start (the server binds "
            "127.0.0.1 port 12345), then Connect, and compare the client's "
            "getpeername() with the server's getsockname(); send a message, then "
            "switch the transport to UDP.",
        ),
    ),
    ViewSpec(
        "dnsTab",
        QT_TRANSLATE_NOOP("MainWindow", "DNS records"),
        "netexplorer.ui.dns",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: the DNS records behind a name — A, AAAA, CNAME, MX and "
            "more — as a DNS server answers them, with the server, the flags and "
            "the time taken; beside getaddrinfo, which address came from which "
            "record. Try first: a name your network can resolve with type A, then "
            "AAAA; type an address to ask for its PTR record.",
        ),
    ),
    ViewSpec(
        "resolverTab",
        QT_TRANSLATE_NOOP("MainWindow", "This computer"),
        "netexplorer.ui.resolver_tab",
        quick_start=QT_TRANSLATE_NOOP(
            "QuickStart",
            "What it shows: what the system resolver works with before any name is "
            "looked up: this computer's name, its interface addresses, DNS servers "
            "and search domains, the hosts file and the lookup order, each with the "
            "file and line it came from. Try first: find the line of the hosts file "
            "that answers localhost, then look localhost up on the Host view.",
        ),
    ),
]
