"""The site's "text version" copied as plain text: one page or several glued together.

Each page opens with the section word (`Events`) and closes with `Text version`; the header
is title, lead, date, time and place, one a line. See docs/shapes/text_version.md.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..kinds import Kind
from ..lexer import Token
from ..models import Event
from .base import FOOTER_FIELDS, HEADER_FIELDS, TAG_FIELDS, Shape
from .writing import text_version_page


class TextVersion(Shape):
    """The site's text version: detected by its section word or page end, or by a date line
    among the first lines (a page copied without its furniture)."""

    name = "text_version"
    carried = frozenset({"language", "sections", "captions"}) | HEADER_FIELDS | TAG_FIELDS | FOOTER_FIELDS

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        if Kind.SECTION_WORD in kinds or Kind.PAGE_END in kinds:
            return True
        for token in top:  # title and lead lines, then a date
            if token.kind is Kind.DATE:
                return True
            if token.kind not in (Kind.TEXT, Kind.LABEL):
                return False
        return False

    def render(self, events: Iterable[Event], *, glued: bool = False) -> str:
        return render_text_version(events, glued=glued)


def render_text_version(events: Iterable[Event], *, glued: bool = False) -> str:
    """The site's text version, one page per event.

    With `glued=True` each page end runs into the next page's section word
    (`Text versionEvents`), as when several pages are copied in one go.
    """
    pages = ["\n".join(text_version_page(event)) for event in events]
    if glued:
        return "".join(pages) + "\n" if pages else ""
    return "\n".join(pages) + "\n" if pages else ""


TEXT_VERSION = TextVersion()
