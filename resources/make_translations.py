"""Regenerate the translations: ``python resources/make_translations.py``.

netexplorer's source strings are English with ``%n … (s)`` plurals ("%n byte(s)").
Qt picks the right form only through a translation, so the English one holds
just the plural messages, each filled in by rule: ``byte(s)`` becomes ``byte``
for one and ``bytes`` otherwise.  Every other language (Arabic) holds every
message: its ``.ts`` file keeps the translations already written, gains the
new messages as unfinished and loses those the code no longer has.  The
messages come from :mod:`messages`, which follows the code's own wrappers as
``pyside6-lupdate`` cannot.  The compiled files go into the package, where
the application loads them at start.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from messages import Message, extract

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "netexplorer" / "resources" / "translations"
TS_FILE = TS_DIR / "netexplorer_en.ts"
QM_FILE = QM_DIR / "netexplorer_en.qm"
#: The languages netexplorer ships besides English; each has a complete ``.ts`` file.
LANGUAGES = ("ar",)
#: How many plural forms Qt expects for a language.
PLURAL_FORMS = {"en": 2, "ar": 6}
PLURAL = re.compile(r"\((s|es)\)")

Translations = dict[tuple[str, str, str], list[str]]


def qt_tool(name: str, *args: str) -> None:
    """Run one of the Qt tools that ship with PySide6 (lrelease)."""
    code = f"import sys; sys.argv[1:] = {list(args)!r}; from PySide6.scripts.pyside_tool import {name}; {name}()"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def sources() -> list[Path]:
    """Return the package's Python files."""
    return sorted((ROOT / "netexplorer").rglob("*.py"))


def messages() -> list[Message]:
    """Return every translatable message of the package."""
    return extract(sources())


def english_forms(source: str) -> tuple[str, str]:
    """Return the singular and plural form of a ``(s)`` message."""
    return PLURAL.sub("", source), PLURAL.sub(r"\1", source)


def read(ts_file: Path) -> Translations:
    """Return the finished translations of a ``.ts`` file by (context, source, comment)."""
    found: Translations = {}
    if not ts_file.is_file():
        return found
    for context in ET.parse(ts_file).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = forms or [translation.text or ""]
    return found


def write(ts_file: Path, language: str, wanted: list[Message], known: Translations) -> int:
    """Write ``wanted`` with the ``known`` translations; return how many are unfinished."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    unfinished = 0
    for message in sorted(wanted, key=lambda m: m.context):
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        forms = known.get((message.context, message.source, message.comment))
        size = PLURAL_FORMS[language] if message.numerus else 1
        if forms is None or len(forms) != size:
            translation.set("type", "unfinished")
            unfinished += 1
            forms = [""] * size
        if message.numerus:
            element.set("numerus", "yes")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root)
    ts_file.write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n"
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return unfinished


def make(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> int:
    """Write and compile the English plural forms; return how many there are."""
    plurals = [message for message in messages() if message.numerus]
    known = {(m.context, m.source, m.comment): list(english_forms(m.source)) for m in plurals}
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    write(ts_file, "en", plurals, known)
    qt_tool("lrelease", str(ts_file), "-qm", str(qm_file))
    return len(plurals)


def make_language(language: str, ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> int:
    """Bring ``language``'s ``.ts`` file up to date and compile it; return how many are unfinished."""
    ts_file = ts_dir / f"netexplorer_{language}.ts"
    known = read(TS_DIR / f"netexplorer_{language}.ts")
    qm_dir.mkdir(parents=True, exist_ok=True)
    unfinished = write(ts_file, language, messages(), known)
    qt_tool("lrelease", str(ts_file), "-qm", str(qm_dir / f"netexplorer_{language}.qm"))
    return unfinished


if __name__ == "__main__":
    print(f"{make()} plural messages written to {QM_FILE.relative_to(ROOT)}")
    for code in LANGUAGES:
        print(f"{code}: {make_language(code)} messages still to translate")
