"""Every output format, one module each, and the one registry of them, `FORMATS`, which both
`dumps`/`dump` and the command line's `--format` read.

| format | module | what |
|---|---|---|
| `json` | `outputs.json` | one document (a list of several), with a JSON Schema |
| `jsonl` | `outputs.json` | one event per line, with the file it came from |
| `csv` | `outputs.csv` | a table of turns, or of events (`table="events"`) |
| `tei` | `outputs.tei` | TEI XML in the style of ParlaMint, one document |
| `text`, `markdown` | `outputs.text` | clean readable text |

`outputs.dataframe` gives the CSV tables as pandas DataFrames (`kremlin_parse.to_dataframe`).

A new format is a module with a writer and one line in `FORMATS`.
"""

from __future__ import annotations

import io
from typing import Callable, Iterable, NamedTuple, TextIO

from ..models import Document
from ..stream import EventSource, EventStream
from . import csv, json, tei, text

#: What a writer gets: the documents (or EventStreams, for a format that goes event by
#: event), the stream to write to, and the options asked for.
Writer = Callable[[Iterable[EventSource], TextIO, "Options"], None]


class Options(NamedTuple):
    """What a call may ask of a format beyond the documents."""

    #: The CSV table: `turns` or `events`.
    table: str = "turns"
    #: One document was given rather than a collection: JSON writes an object, not a list.
    one: bool = False


class Pieces(NamedTuple):
    """How a format is written a document at a time, each document's part on its own (by
    the command line's worker processes, so that the parent only writes strings):
    `head`, then the `piece`s that are not None joined by `joint`, then `tail` is exactly what the
    format's writer writes for the same documents."""

    #: What comes before the first document (a CSV header row).
    head: Callable[[Options], str]
    #: One document's part, given the document, the options and its source label (the one
    #: `csv.SourceLabels` gives it among the others; only CSV uses it); None when the
    #: document adds nothing, not even a `joint`.
    piece: Callable[[Document, Options, "str | None"], "str | None"]
    #: What stands between two parts.
    joint: str = ""
    #: What comes after the last.
    tail: str = ""


class Format(NamedTuple):
    """One output format."""

    name: str
    #: What it is, in a few words (the command line's help shows it).
    description: str
    write: Writer
    #: The format is written event by event, so it reads an EventStream as well as a
    #: Document, and the command line streams large files into it.
    by_event: bool
    #: The tables it can write, for the `table` option; empty when it takes none.
    tables: tuple[str, ...] = ()
    #: How it is written a document at a time, when it can be (see `Pieces`).
    pieces: Pieces | None = None


def _write_tei(documents: Iterable[EventSource], stream: TextIO, options: Options) -> None:
    """The TEI of the one document given (nothing for none)."""
    listed = list(documents)
    if len(listed) > 1:
        raise ValueError(f"TEI holds one document; {len(listed)} were given: write each on its own "
                         "(`dumps(document, format='tei')`)")
    for document in listed:
        tei.write_tei(_whole(document, "tei"), stream)


def _whole(parse: EventSource, name: str) -> Document:
    if not isinstance(parse, Document):
        raise TypeError(f"format {name!r} needs whole Documents (parse_file, parse_many), "
                        f"not {type(parse).__name__}")
    return parse


FORMATS: dict[str, Format] = {format.name: format for format in (
    Format("json", "one document (a list of several), with a JSON Schema",
           lambda items, stream, options: json.write_json((_whole(item, "json") for item in items), stream,
                                                          one=options.one), by_event=False),
    Format("jsonl", "one event per line, with the file it came from",
           lambda items, stream, options: json.write_jsonl(items, stream), by_event=True,
           pieces=Pieces(lambda options: "", lambda document, options, label: json.jsonl_piece(document))),
    Format("csv", "a table of turns (or of events) for pandas or R",
           lambda items, stream, options: csv.write_csv(items, stream, table=options.table), by_event=True,
           tables=tuple(csv.TABLES),
           pieces=Pieces(lambda options: csv.header_row(options.table),
                         lambda document, options, label: csv.csv_piece(document, options.table, label))),
    Format("tei", "TEI XML in the style of ParlaMint, one document", _write_tei, by_event=False),
    Format("text", "clean readable text",
           lambda items, stream, options: text.write_text(items, stream), by_event=True,
           pieces=Pieces(lambda options: "", lambda document, options, label: text.text_piece(document),
                         joint=text.TEXT_JOINT, tail="\n")),
    Format("markdown", "clean readable text as Markdown",
           lambda items, stream, options: text.write_markdown(items, stream), by_event=True,
           pieces=Pieces(lambda options: "", lambda document, options, label: text.markdown_piece(document),
                         joint=text.MARKDOWN_JOINT, tail="\n")),
)}


def write_piece(format: str, options: Options, document: Document, label: str | None) -> str | None:
    """One document's part of `format` (see `Pieces`): what a worker process runs, so it is
    named by the format's name, which pickles."""
    return _pieces(format).piece(document, options, label)


def write_pieces(format: str, parts: Iterable[str | None], stream: TextIO, options: Options) -> None:
    """Write the parts of the documents (`write_piece`) in order, framed as the format's
    writer frames them."""
    pieces = _pieces(format)
    stream.write(pieces.head(options))
    first = True
    for part in parts:
        if part is not None:
            stream.write(part if first else pieces.joint + part)
            first = False
    stream.write(pieces.tail)


def dumps(documents: Document | EventStream | Iterable[EventSource], format: str = "json", *,
          table: str | None = None) -> str:
    """The documents written in `format` (one of `FORMATS`: json, jsonl, csv, tei, text,
    markdown), as the command line's `--format` writes them.

    `documents` is one Document, or an iterable of them (`parse_many(...)`); the formats that
    go event by event (jsonl, csv, text, markdown) also take EventStreams (`iter_events`).
    One Document gives JSON an object, several a list; TEI takes one at most. `table`
    (`"turns"`, the default, or `"events"`) chooses the CSV table. ValueError for an unknown
    format or a table the format does not have.
    """
    stream = io.StringIO(newline="")
    dump(documents, stream, format, table=table)
    return stream.getvalue()


def dump(documents: Document | EventStream | Iterable[EventSource], stream: TextIO | io.BufferedIOBase,
         format: str = "json", *, table: str | None = None) -> None:
    """Write `dumps(documents, format, table=table)` to an open stream, as it goes.

    A binary stream (`open(path, "wb")`) is written in UTF-8; a text stream is written as
    it is, and should be opened with `encoding="utf-8", newline=""` (CSV rows end with
    `\\r\\n`; without `newline=""` they would get another `\\r` on Windows).
    """
    chosen = _format(format)
    if table is not None and table not in chosen.tables:
        accepted = f"one of {', '.join(chosen.tables)}" if chosen.tables else "no table option"
        raise ValueError(f"table={table!r} does not go with format={format!r}, which takes {accepted}")
    one = isinstance(documents, (Document, EventStream))
    items: Iterable[EventSource] = [documents] if isinstance(documents, (Document, EventStream)) else documents
    options = Options(table=table or "turns", one=one)
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="")  # type: ignore[type-var]
        try:
            chosen.write(items, wrapper, options)
        finally:
            wrapper.flush()
            wrapper.detach()
        return
    chosen.write(items, stream, options)  # type: ignore[arg-type]


def _pieces(name: str) -> Pieces:
    pieces = _format(name).pieces
    if pieces is None:
        raise ValueError(f"format {name!r} is not written a document at a time")
    return pieces


def _format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}") from None
