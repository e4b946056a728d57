"""The door every input goes through: bytes → str, and any str → NFC with plain line ends.

Text pasted from some editors stores "é" as "e" + a combining accent (NFD): a meta description
then counts 9 more characters and a title 66 more pixels. ``at_the_door`` normalises every input
(body, title, meta description, keyphrase, slug, synonyms) once, so nothing downstream meets NFD.
"""

from __future__ import annotations

import unicodedata

from seo_kit.errors import InputError

__all__ = ["at_the_door", "decode"]

_ENCODINGS = ("cp1252", "latin-1")  # Windows newsroom exports first; latin-1 decodes anything


def at_the_door(text: str | None) -> str | None:
    """NFC, a leading BOM removed and CRLF/CR turned into LF; None stays None."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise InputError(f"expected a str, not {type(text).__name__}: decode it first "
                         "(seo_kit.text.decode)")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def decode(raw: bytes, *, name: str = "the file") -> tuple[str, str | None]:
    """(text, note): UTF-8 (BOM allowed), else CP1252, else Latin-1 with a note saying so; the
    text has been through ``at_the_door``. InputError for binary data (NUL bytes) and for text
    that is mostly control characters."""
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name} holds NUL bytes: it is binary (a .docx, .pdf or image?), not "
                         "text; export it as .txt, .md or .html first")
    note = None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        for encoding in _ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            note = (f"{name} is not UTF-8: decoded as {encoding.upper()}; check the accents, "
                    "and save it as UTF-8 to silence this note")
            break
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > 0.01 * len(sample):
        raise InputError(f"{name} does not look like text (mostly control characters); export "
                         "it as .txt, .md or .html")
    return at_the_door(text), note
