"""The DNS lab: a private network namespace with a DNS server we control."""
