"""The DNS records view: dnspython's answer, record by record, beside getaddrinfo's.

:mod:`.tab` is the view, :mod:`.model` its table models, :mod:`.compare_panel`
the "Compare with getaddrinfo" panel and :mod:`.selftest_step` its
``--self-test`` step.
"""

from netexplorer.ui.dns.tab import VIEW, DnsTab

__all__ = ["VIEW", "DnsTab"]
