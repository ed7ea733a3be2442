"""Coverage-guided fuzzing of `kremlin_parse.parse` with atheris.

Each input is fed three ways: as bytes (decoding included), as text, and wrapped in a page
of the site's HTML. What may come out: a Document whose leaf spans account for every
non-blank character (the nothing-lost property), or one of the refusals the library
documents (NotTextError for bytes that are not text, UnsafeMarkupError for a feed with a
DTD). Anything else is a crash that atheris reports with the input that caused it.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=1800 -rss_limit_mb=4096

The corpus directory is seeded with the test fixtures by `python fuzz/fuzz_parse.py --seed
fuzz/corpus`; atheris adds the inputs that reach new code.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import kremlin_parse
    from kremlin_parse import NotTextError, UnsafeMarkupError

FIXTURES = Path(__file__).parent.parent / "tests" / "fixtures"
_PAGE = '<html><body><article class="read__in hentry"><div class="entry-content">{}</div></article></body></html>'


def check(document: kremlin_parse.Document) -> None:
    """Every non-blank character is held by exactly one leaf span (as tests/conftest.py)."""
    text = document.text
    position = 0
    for name, span in sorted(document.leaf_spans(), key=lambda item: (item[1].start, item[1].end)):
        if not 0 <= span.start <= span.end <= len(text) or span.start < position:
            raise AssertionError(f"{name} span {span} overlaps or leaves the text")
        if text[position:span.start].strip():
            raise AssertionError(f"unaccounted text before {name}: {text[position:span.start][:80]!r}")
        position = span.end
    if text[position:].strip():
        raise AssertionError(f"unaccounted text at the end: {text[position:][:80]!r}")


def test_one_input(data: bytes) -> None:
    """The fuzz target: parse the input as bytes, as text and inside HTML."""
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    for given in (data, text, _PAGE.format(text)):
        try:
            check(kremlin_parse.parse(given))
        except (NotTextError, UnsafeMarkupError):
            pass


def seed(corpus: Path) -> None:
    """Copy the fixtures into the corpus directory as its first inputs."""
    corpus.mkdir(parents=True, exist_ok=True)
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".txt", ".html", ".xml"):
            shutil.copy(path, corpus / path.name)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        seed(Path(sys.argv[2]))
    else:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
