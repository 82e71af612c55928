"""netexplorer: see how a computer turns names into addresses and addresses into sockets."""

from pathlib import Path

__version__ = "0.1.0"

#: The files shipped inside the package (icon, translations, exercises): a folder beside
#: this module in a checkout, an installed package and the frozen bundle alike.
RESOURCES = Path(__file__).resolve().parent / "resources"
