"""Find every translatable message in netexplorer's source, the way the code calls Qt.

``pyside6-lupdate`` only sees literal contexts and literal strings.  The code
also translates through small wrappers (``_tr(text)`` calling
``QCoreApplication.translate("Context", text)``) and marks core strings with
``QT_TRANSLATE_NOOP(CONTEXT, "…")`` where ``CONTEXT`` is a constant.  This
``ast`` pass follows those forms, so the translation files list every message.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

#: Names bound to a context in the core (``from netexplorer.core.text import CONTEXT``).
IMPORTED_CONTEXTS = {"netexplorer.core.text": {"CONTEXT": "netexplorer.core"}}


@dataclass(frozen=True, order=True)
class Message:
    """One translatable text: its context, English source, disambiguation, plural or not."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """Return the string a node stands for (a literal, a module constant, implicit concatenation)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _callee(call: ast.Call) -> str:
    """Return the called name: ``translate`` for ``QCoreApplication.translate``, or ``self.tr``."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return f"{owner}.{func.attr}"
    return ""


class _Module(ast.NodeVisitor):
    """Collect the messages of one module."""

    def __init__(self, tree: ast.Module) -> None:
        self.constants: dict[str, str] = {}
        self.wrappers: dict[str, tuple[str, bool]] = {}  # name -> (context, passes a count)
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self._read_module_level(tree)

    def _read_module_level(self, tree: ast.Module) -> None:
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in IMPORTED_CONTEXTS:
                for alias in node.names:
                    known = IMPORTED_CONTEXTS[node.module].get(alias.name)
                    if known is not None:
                        self.constants[alias.asname or alias.name] = known
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], _literal(node.value, {})
                if isinstance(target, ast.Name) and value is not None:
                    self.constants[target.id] = value
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.args.args:
                self._read_wrapper(node)

    def _read_wrapper(self, function: ast.FunctionDef) -> None:
        """Note a function that forwards its first parameter to ``translate("Context", …)``."""
        parameter = function.args.args[0].arg
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and _callee(call) == "QCoreApplication.translate"):
                continue
            context = _literal(call.args[0], self.constants) if call.args else None
            text = call.args[1] if len(call.args) > 1 else None
            if context is not None and isinstance(text, ast.Name) and text.id == parameter:
                self.wrappers[function.name] = (context, len(call.args) > 3)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        """Remember the class: ``self.tr`` translates under its name."""
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        """Collect a message from a translating call with a literal text."""
        name = _callee(node)
        args = node.args
        if name in ("self.tr", "cls.tr") and self.classes and args:
            self._add(self.classes[-1], args[0], args[1:2], len(args) > 2)
        elif name in ("QCoreApplication.translate", "QT_TRANSLATE_NOOP") and len(args) > 1:
            context = _literal(args[0], self.constants)
            if context is not None:
                self._add(context, args[1], args[2:3], len(args) > 3)
        elif name in self.wrappers and args:
            context, counts = self.wrappers[name]
            self._add(context, args[0], [], counts and len(args) > 1)
        self.generic_visit(node)

    def _add(self, context: str, text: ast.expr, comment: list[ast.expr], counted: bool) -> None:
        source = _literal(text, {})
        if source is None:
            return  # forwarding a variable: the message is collected where it is written
        disambiguation = _literal(comment[0], {}) if comment else ""
        numerus = counted or "%n" in source
        self.messages.append(Message(context, source, disambiguation or "", numerus))


def extract(files: list[Path]) -> list[Message]:
    """Return every distinct message of ``files``, in the order they first appear."""
    seen: dict[tuple[str, str, str], Message] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = _Module(tree)
        module.visit(tree)
        for message in module.messages:
            key = (message.context, message.source, message.comment)
            known = seen.get(key)
            if known is None or (message.numerus and not known.numerus):
                seen[key] = message
    return list(seen.values())
