"""netexplorer: see how a computer turns names into addresses and addresses into sockets."""

__version__ = "0.1.0"
