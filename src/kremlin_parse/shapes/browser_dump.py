"""A whole page copied from the browser: the site's menus on top, the date and place on one
line below the title, the lead below that, and the date line repeated at the foot.
See docs/shapes/browser_dump.md."""

from __future__ import annotations

from typing import Iterable, Sequence

from ..header import HeaderRules
from ..kinds import Kind
from ..lexer import Token
from ..lexicon import vocabulary_of
from ..models import Event
from .base import HEADER_FIELDS, Shape
from .writing import one_line_date, section_blocks, spaced


class BrowserDump(Shape):
    """Detected by the site's chrome or breadcrumb as its first line."""

    name = "browser_dump"
    carried = frozenset({"language", "sections"}) | HEADER_FIELDS
    header_rules = HeaderRules(lead_after_date=True)
    repeats_dateline = True

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        return top[0].kind in (Kind.CHROME, Kind.BREADCRUMB)

    def render(self, events: Iterable[Event]) -> str:
        return render_browser_dump(events)


def render_browser_dump(events: Iterable[Event]) -> str:
    """A browser's copy of whole pages: site menus on top, blank lines between paragraphs,
    date and place on one line below the title, the lead below that, and the date line
    repeated at the very end. Tag blocks, captions and the footer are not carried."""
    pages = []
    for event in events:
        vocabulary = vocabulary_of(event.language)
        lines = list(vocabulary.dump_top)
        if event.title is not None:
            lines += [event.title.text, ""]
        date_line = one_line_date(event, vocabulary, ", ")
        if date_line:
            lines += [date_line, ""]
        if event.summary is not None:
            lines += [event.summary.text, ""]
        lines += spaced(section_blocks(event.sections))
        if date_line:
            lines.append(date_line)
        pages.append("\n".join(lines))
    return "\n\n".join(pages) + "\n" if pages else ""


BROWSER_DUMP = BrowserDump()
