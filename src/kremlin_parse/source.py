"""Turn what the user hands us (str, bytes or a path) into normalised text.

Every span of the parse points into the normalised text, which the Document keeps.
Normalising: newlines of every kind become `\\n`, non-breaking and other odd spaces become a
plain space, zero-width characters and byte-order marks go.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs
import regex

from .errors import NotTextError

_LINE_BREAKS = "\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_ODD_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: What each character that normalising changes becomes.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    *((c, "\n") for c in _LINE_BREAKS), *((c, " ") for c in _ODD_SPACES), *((c, "") for c in _ZERO_WIDTH)
)
#: Any character that normalising changes: one search tells a short text it has none.
_ODD_CHARACTERS = re.compile("[" + re.escape(_LINE_BREAKS + _ODD_SPACES + _ZERO_WIDTH) + "]")
#: Two or more CP1251 Cyrillic letters in a row: Russian words in the Windows code page.
_CYRILLIC_CP1251_WORDS = regex.compile(rb"[\xc0-\xff\xa8\xb8]{2,}")
_HIGH_BYTES = regex.compile(rb"[\x80-\xff]")

TextInput = str | bytes | bytearray | memoryview
#: Up to this many characters a text is searched for what to normalise in one pass (a line
#: of a page's markup); a longer one is scanned for each character in turn, which costs less
#: per character (`str.__contains__`).
_SHORT_TEXT = 120


@attrs.frozen(slots=True)
class Source:
    """Normalised text, the encoding it was decoded from, and a note if decoding was lossy."""

    text: str
    encoding: str
    decode_note: str | None = None


def normalise(text: str) -> str:
    """Unify newlines and spaces, drop zero-width characters.

    Only the characters present are replaced, each by one `str.replace`: a search for a
    character that is absent costs a fast scan, so a text with nothing to normalise costs
    little and one full of the site's non-breaking spaces not much more (a character map
    through `str.translate` cost some 70 ns a character as soon as one was present). For a
    short text, one search for any of them (`_ODD_CHARACTERS`) is cheaper still."""
    if len(text) <= _SHORT_TEXT and _ODD_CHARACTERS.search(text) is None:
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for character, replacement in _REPLACEMENTS:
        if character in text:
            text = text.replace(character, replacement)
    return text


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or CP1251.

    Returns the text, the encoding used and, when bytes had to be replaced, a note saying so.
    Raises NotTextError for bytes that are not text at all.
    """
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as error:  # cut short, or a lone surrogate
            return data.decode("utf-16", errors="replace"), "utf-16", _replaced_note("UTF-16", error.start)
    nul = data.find(b"\x00")
    if nul != -1:
        raise NotTextError("NUL byte", nul)
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    data = data[bom:]
    encoding = "utf-8-sig" if bom else "utf-8"
    try:
        return data.decode("utf-8"), encoding, None
    except UnicodeDecodeError as error:
        first_bad = bom + error.start  # an offset into the bytes as given, BOM and all
    if _looks_like_cp1251(data):
        try:
            return data.decode("cp1251"), "cp1251", None
        except UnicodeDecodeError as error:  # 0x98, the one byte CP1251 leaves undefined
            return data.decode("cp1251", errors="replace"), "cp1251", _replaced_note("Windows-1251", bom + error.start)
    return data.decode("utf-8", errors="replace"), encoding, _replaced_note("UTF-8", first_bad)


def _replaced_note(encoding: str, first_bad: int) -> str:
    return f"invalid {encoding} (first bad byte at offset {first_bad}); undecodable bytes were replaced with U+FFFD"


def _looks_like_cp1251(data: bytes) -> bool:
    """Most high bytes form words of CP1251 Cyrillic letters (Russian in the Windows code
    page), unlike a stray Latin-1 `é` in English text."""
    high = len(_HIGH_BYTES.findall(data))
    in_words = sum(len(word) for word in _CYRILLIC_CP1251_WORDS.findall(data))
    return high > 0 and in_words >= 0.8 * high


def load(data: TextInput) -> Source:
    """Build a Source from text or bytes."""
    if isinstance(data, str):
        return Source(normalise(data), "str")
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, encoding, note = decode(bytes(data))
        return Source(normalise(text), encoding, note)
    raise TypeError(
        f"parse() takes str or bytes, not {type(data).__name__}; use parse_file() for a path"
    )


def read_path(path: str | os.PathLike[str]) -> Source:
    """Read and decode a file."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"parse_file() takes a path, not {type(path).__name__}")
    return load(Path(path).read_bytes())
