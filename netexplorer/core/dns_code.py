"""Python code that repeats a DNS query with dnspython, runnable as pasted."""

from netexplorer.core.dns_records import DnsQuery


def python_code(query: DnsQuery) -> str:
    """Return a script that sends ``query`` as netexplorer does and prints the answer."""
    lines = ["import dns.flags", "import dns.message", "import dns.query"]
    if query.server is None:
        lines.append("import dns.resolver")
    if query.reverse_of:
        lines += ["import dns.reversename", ""]
        lines.append(f"name = dns.reversename.from_address({query.reverse_of!r})")
    else:
        lines += ["", f"name = {query.qname!r}"]
    lines.append(f"query = dns.message.make_query(name, {query.rdtype!r})")
    if not query.recursion:
        lines.append("query.flags &= ~dns.flags.RD  # recursion not desired")
    if query.server is None:
        lines += [
            "resolver = dns.resolver.Resolver()  # this computer's DNS settings",
            "server = resolver.nameservers[0]  # netexplorer tries the next if one is silent",
            "port = resolver.port",
        ]
    else:
        lines += [f"server = {query.server.address!r}", f"port = {query.server.port}"]
    timeout = f"{query.timeout:g}"
    if query.tcp:
        lines.append(f"response = dns.query.tcp(query, server, timeout={timeout}, port=port)")
    else:
        lines.append(
            "response, used_tcp = dns.query.udp_with_fallback("
            f"query, server, timeout={timeout}, port=port)"
        )
        lines.append("print('retried over TCP:', used_tcp)")
    lines.append("print(response)")
    return "\n".join(lines) + "\n"
