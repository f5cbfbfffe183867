"""The committed translation files: complete, compiled from the .ts, in step with the
sources, and with every placeholder and accelerator kept (``make translations``)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "ree_desktop_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
LUPDATE = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
LRELEASE = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
needs_tools = pytest.mark.skipif(not (LUPDATE and LRELEASE), reason="PySide6 tools missing")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%n")
ACCELERATOR = re.compile(r"&(?=[^&\s;])")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def translated_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def listing(pairs) -> str:
    pairs = sorted(pairs)
    shown = "\n".join(f"  [{context}] {source!r}" for context, source in pairs[:25])
    return f"{len(pairs)} message(s):\n{shown}" + ("\n  …" if len(pairs) > 25 else "")


def test_every_message_of_the_ts_is_translated():
    """(a) No unfinished, vanished, obsolete or empty translation: fill them, then run
    `make translations`."""
    bad = [(context, source) for context, source, translation in messages(TS)
           if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete")
           or not all(text.strip() for text in translated_texts(translation))]
    assert not bad, "untranslated in " + TS.name + ": " + listing(bad)


@needs_tools
def test_the_committed_qm_is_the_ts_compiled(tmp_path):
    """(b) lrelease of the committed .ts gives the committed .qm, byte for byte (or, from
    another lrelease build, the same translation for every message)."""
    out = tmp_path / "check.qm"
    done = subprocess.run([LRELEASE, str(TS), "-qm", str(out)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    if out.read_bytes() == QM.read_bytes():
        return
    # Another lrelease build may lay the file out differently: compare what each .qm says.
    from PySide6.QtCore import QTranslator

    fresh, committed = QTranslator(), QTranslator()
    assert fresh.load(str(out)) and committed.load(str(QM))
    stale = [(context, source) for context, source, _ in messages(TS)
             if fresh.translate(context, source) != committed.translate(context, source)]
    assert not stale, "the .qm is stale: run `make translations` and commit both files; " \
        + listing(stale)


@needs_tools
def test_every_wrapped_string_of_the_sources_is_in_the_ts(tmp_path):
    """(c) lupdate over every module finds no message the committed .ts lacks."""
    sources = sorted(str(p) for p in (ROOT / "ree_desktop").rglob("*.py")
                     if "__pycache__" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run([LUPDATE, *sources, "-locations", "none", "-ts", str(fresh)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    extracted = {(context, source) for context, source, _ in messages(fresh)}
    assert len(extracted) > 50  # lupdate really read the sources
    committed = {(context, source) for context, source, _ in messages(TS)}
    missing = extracted - committed
    assert not missing, "not in the .ts (run `make translations`): " + listing(missing)
    nameless = {pair for pair in extracted if not pair[0]}
    assert not nameless, ("messages without a context (use self.tr in a class or "
                          "QCoreApplication.translate('Context', …)): " + listing(nameless))


def test_placeholders_and_accelerators_match_between_source_and_translation():
    """(d) ``{name}``, ``%1`` and ``&`` accelerators survive translation."""
    bad = []
    for context, source, translation in messages(TS):
        if translation is None or translation.get("type") == "unfinished":
            continue
        for text in translated_texts(translation):
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append((context, f"{source} → {text} (placeholders)"))
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                bad.append((context, f"{source} → {text} (accelerator)"))
    assert not bad, listing(bad)


def test_the_checks_catch_what_they_are_for(tmp_path):
    """The checks above fail on a broken file (they are not vacuous)."""
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>X</name>"
        "<message><source>{n} sources</source><translation>来源</translation></message>"
        "<message><source>&amp;File</source><translation>文件</translation></message>"
        '<message><source>Later</source><translation type="unfinished"></translation></message>'
        "</context></TS>", encoding="utf-8")
    found = messages(broken)
    assert [t.get("type") for _, _, t in found] == [None, None, "unfinished"]
    (_, source, translation), (_, file_source, file_translation) = found[:2]
    assert PLACEHOLDER.findall(source) == ["{n}"] and not PLACEHOLDER.findall(translation.text)
    assert ACCELERATOR.search(file_source) and not ACCELERATOR.search(file_translation.text)
    assert not ACCELERATOR.search("Demand & trends")
