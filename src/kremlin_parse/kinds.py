"""What a piece of the source is: one enumeration for the kinds of lines and of furniture.

The lexer gives every line a `Kind`; a line whose kind is furniture wherever it stands (a
menu, the page end) becomes a `Furniture` record of the same kind, and the header and body
stages make furniture of other kinds from what a line means in its place (a section break,
the label of a footer field, a repeated date line). One enumeration, so that a line kind and
the furniture it becomes are one name.
"""

from __future__ import annotations

import enum


class Kind(str, enum.Enum):
    """The kind of a line (as the lexer judges it on its own) or of a piece of furniture."""

    BLANK = "blank"
    SECTION_WORD = "section_word"
    PAGE_END = "page_end"
    SECTION_BREAK = "section_break"
    TAG_HEADING = "tag_heading"
    PUBLICATION_STATUS = "publication_status"
    FIELD_LABEL = "field_label"
    SEPARATOR = "separator"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    LICENCE = "licence"
    RELATED_NEWS = "related_news"
    ANNOUNCEMENT = "announcement"
    TOOLTIP = "tooltip"
    VIDEO_TITLE = "video_title"
    MORE_COUNTER = "more_counter"
    REPEATED_DATELINE = "repeated_dateline"
    STRAY = "stray"
    POST_METADATA = "post_metadata"
    DATELINE = "dateline"
    DECORATION = "decoration"
    VIDEO_TIMESTAMP = "video_timestamp"
    OTHER_SITE = "other_site"
    COMMENTARY = "commentary"
    PHOTO_CAPTION = "photo_caption"
    PULL_QUOTE = "pull_quote"
    RELATED_BOX = "related_box"
    REPEATED_LEAD = "repeated_lead"
    FIELD = "field"
    SOURCE_LINK = "source_link"
    AGENCY_DATE = "agency_date"
    ELISION = "elision"
    GALLERY_COUNTER = "gallery_counter"
    DATE = "date"
    TIMESTAMP = "timestamp"
    TIME = "time"
    LABEL = "label"
    TEXT = "text"


#: The kinds a `Furniture` record can have, in the order of the JSON schema.
FURNITURE_KINDS: tuple[Kind, ...] = (
    Kind.SECTION_WORD, Kind.PAGE_END, Kind.SECTION_BREAK, Kind.TAG_HEADING,
    Kind.PUBLICATION_STATUS, Kind.FIELD_LABEL, Kind.SEPARATOR, Kind.CHROME, Kind.BREADCRUMB,
    Kind.LICENCE, Kind.RELATED_NEWS, Kind.ANNOUNCEMENT, Kind.TOOLTIP, Kind.VIDEO_TITLE,
    Kind.MORE_COUNTER, Kind.REPEATED_DATELINE, Kind.STRAY, Kind.POST_METADATA, Kind.DATELINE,
    Kind.DECORATION, Kind.VIDEO_TIMESTAMP, Kind.OTHER_SITE,
    Kind.COMMENTARY, Kind.PHOTO_CAPTION, Kind.PULL_QUOTE, Kind.RELATED_BOX, Kind.REPEATED_LEAD,
)

#: Line kinds that are furniture wherever they stand: the line becomes a record of its kind.
ALWAYS_FURNITURE: frozenset[Kind] = frozenset({
    Kind.SECTION_WORD, Kind.PAGE_END, Kind.PUBLICATION_STATUS, Kind.CHROME, Kind.BREADCRUMB,
    Kind.LICENCE, Kind.RELATED_NEWS, Kind.ANNOUNCEMENT, Kind.TOOLTIP, Kind.VIDEO_TITLE,
    Kind.OTHER_SITE, Kind.PHOTO_CAPTION, Kind.PULL_QUOTE, Kind.RELATED_BOX, Kind.REPEATED_LEAD,
})
