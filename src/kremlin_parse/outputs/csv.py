"""Flat tables out of the models, as CSV: the form social scientists load into pandas or R
(`kremlin_parse.to_dataframe` builds the same tables as pandas DataFrames with typed columns).

Two tables, both one header row then one row per item (docs/outputs.md describes every
column):

- `turns`: one row per turn of speech, narration included (its speaker columns are empty);
  `text` is `Turn.text`, the turn's paragraphs joined by a blank line.
- `events`: one row per event: its header, counts of sections and turns, the distinct
  speakers and the tag lists.

**Event ids.** `event_id` is `<source>#<n>`: the document's source (`-` when it has none)
and the event's 1-based position in that document, e.g. `page.txt#2`. It is the key that
joins the two tables (and JSON Lines, which carries the same id), and it is unique within
one output. The site's own number, read from
the event's URL (`http://en.kremlin.ru/events/president/news/65178` and `kremlin.ru/d/65178`
both give `65178`), is *not* used as the key, because it is not unique: the same event is
often held by several files (a feed and a repost), and the English and Russian editions of
an event share one number. It is given in the `kremlin_id` column of the events table, for
finding the same event across files. `write_csv` keeps ids unique when two documents have
the same source (or none): the second is labelled `<source> (2)`, the third `<source> (3)`.

Indices (`event`, `section`, `turn`) are 1-based, as are line numbers in diagnostics.

**CSV dialect.** `write_csv` uses the csv module's default dialect: fields are quoted when
they hold a comma, a quote (doubled inside) or a line break, and rows end with `\\r\\n`, as
RFC 4180 asks; pandas, R and spreadsheets read that. Missing values are empty cells. Text
inside a cell keeps its own `\\n` line breaks (the blank line between paragraphs).
"""

from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator, TextIO

from ..models import Document, Speaker, Text, text_of
from ..ids import event_id, kremlin_id
from ..stream import EventSource

#: One row of a table: column name to cell; None is an empty cell.
Row = dict[str, str | int | None]

#: The columns of the turns table, in order.
TURN_COLUMNS: tuple[str, ...] = (
    "source", "event_id", "date", "title", "section", "turn",
    "speaker_label", "speaker_kind", "speaker_name", "speaker_role", "speaker_affiliation",
    "text", "speaker_person_id",
)

#: The columns of the events table, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "source", "event_id", "kremlin_id", "language", "date", "time", "title", "location",
    "summary", "url", "sections", "turns", "speakers", "topics", "persons", "persons_more",
    "geography",
)

TABLES: dict[str, tuple[str, ...]] = {"turns": TURN_COLUMNS, "events": EVENT_COLUMNS}

#: What joins several values in one cell.
LIST_SEPARATOR = "; "



def turn_rows(document: EventSource, source: str | None = None) -> Iterator[Row]:
    """One row per turn, keyed by `TURN_COLUMNS`, in document order.

    `document` is a Document or an EventStream. `source` labels the rows (the `source`
    column and the event-id prefix) instead of `document.source`; `write_csv` uses it to
    keep ids unique.
    """
    label = _label(document, source)
    for number, event in enumerate(document.events, start=1):
        key = event_id(label, number)
        date = event.date.value.isoformat() if event.date else None
        title = text_of(event.title)
        for section_number, section in enumerate(event.sections, start=1):
            for turn_number, turn in enumerate(section.turns, start=1):
                speaker = turn.speaker
                yield {
                    "source": label,
                    "event_id": key,
                    "date": date,
                    "title": title,
                    "section": section_number,
                    "turn": turn_number,
                    "speaker_label": speaker.label if speaker else None,
                    "speaker_kind": speaker.kind.value if speaker else None,
                    "speaker_name": speaker.name if speaker else None,
                    "speaker_role": speaker.role if speaker else None,
                    "speaker_affiliation": speaker.affiliation if speaker else None,
                    "text": turn.text,
                    "speaker_person_id": speaker.person_id if speaker else None,
                }


def event_rows(document: EventSource, source: str | None = None) -> Iterator[Row]:
    """One row per event, keyed by `EVENT_COLUMNS`, in document order.

    `source` is as for `turn_rows`, so the two tables of one document join on `event_id`.
    """
    label = _label(document, source)
    for number, event in enumerate(document.events, start=1):
        url = text_of(event.url)
        yield {
            "source": label,
            "event_id": event_id(label, number),
            "kremlin_id": kremlin_id(url),
            "language": event.language,
            "date": event.date.value.isoformat() if event.date else None,
            "time": event.time.value.strftime("%H:%M") if event.time else None,
            "title": text_of(event.title),
            "location": text_of(event.location),
            "summary": event.summary.text if event.summary else None,
            "url": url,
            "sections": len(event.sections),
            "turns": len(event.turns),
            "speakers": _join(_speaker_names(event.speakers)),
            "topics": _join_texts(event.topics),
            "persons": _join_texts(event.persons),
            "persons_more": event.persons_more.value if event.persons_more else None,
            "geography": _join_texts(event.geography),
        }


def write_csv(documents: Iterable[EventSource], stream: TextIO, table: str = "turns") -> None:
    """Write one table (`"turns"` or `"events"`) of all `documents` as CSV to `stream`, a row
    as soon as its event is read (Documents or EventStreams alike).

    The caller opens the stream, as text in UTF-8 with `newline=""` (the csv module's rule),
    e.g. `open("turns.csv", "w", encoding="utf-8", newline="")`; otherwise line breaks inside
    cells are translated on some platforms (`kremlin_parse.dump` takes care of it). A header
    row comes first, even when there are no rows. Rows end with `\\r\\n`. Documents with the
    same source label are told apart as `<source> (2)`, `<source> (3)`, … so that event ids
    stay unique.
    """
    writer = csv.DictWriter(stream, fieldnames=_columns(table))
    writer.writeheader()
    writer.writerows(_table_rows(documents, table))


def _columns(table: str) -> tuple[str, ...]:
    try:
        return TABLES[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}") from None


def _table_rows(documents: Iterable[EventSource], table: str) -> Iterator[Row]:
    """The rows of all documents, documents with the same source label told apart."""
    _columns(table)
    rows = turn_rows if table == "turns" else event_rows
    labels = SourceLabels()
    for document in documents:
        yield from rows(document, source=labels.next(document.source))


class SourceLabels:
    """The source labels of the documents of one table, in order: a label already used is
    told apart as `<source> (2)`, `<source> (3)`, … so that event ids stay unique."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def next(self, source: str | None) -> str | None:
        """The label of the next document, whose source is `source`."""
        label = source
        prefix = label or "-"
        count = 1
        while (label or "-") in self._used:
            count += 1
            label = f"{prefix} ({count})"
        self._used.add(label or "-")
        return label


def header_row(table: str) -> str:
    """The header row of `table` as `write_csv` writes it."""
    buffer = io.StringIO(newline="")
    csv.DictWriter(buffer, fieldnames=_columns(table)).writeheader()
    return buffer.getvalue()


def csv_piece(document: Document, table: str, label: str | None) -> str:
    """The rows of one document as `write_csv` writes them among others, labelled `label`
    (the one `SourceLabels` gave it), without the header row."""
    buffer = io.StringIO(newline="")
    rows = turn_rows if table == "turns" else event_rows
    csv.DictWriter(buffer, fieldnames=_columns(table)).writerows(rows(document, source=label))
    return buffer.getvalue()


def to_records(documents: Document | Iterable[EventSource], table: str = "turns") -> list[Row]:
    """The rows of one table of the documents as dictionaries (numbers as `int`, missing
    values as None), for `pandas.DataFrame.from_records`, Dask or Spark; the same rows, ids
    included, as `write_csv` writes. `kremlin_parse.to_dataframe` gives them typed."""
    if isinstance(documents, Document):
        documents = [documents]
    return list(_table_rows(documents, table))


def _label(document: EventSource, source: str | None) -> str | None:
    return source if source is not None else document.source


def _speaker_names(speakers: Iterable[Speaker]) -> list[str]:
    """Distinct resolved names in order of first appearance; generic labels have none."""
    names: dict[str, None] = {}
    for speaker in speakers:
        if speaker.name:
            names.setdefault(speaker.name, None)
    return list(names)


def _join(values: list[str]) -> str | None:
    return LIST_SEPARATOR.join(values) if values else None


def _join_texts(nodes: Iterable[Text]) -> str | None:
    return _join([node.text for node in nodes])
