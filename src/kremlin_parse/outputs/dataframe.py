"""The CSV tables as pandas DataFrames, with typed columns (the optional `pandas` extra).

The rows are those of `outputs.csv` (the same columns, ids and order), typed as a reader of
the table would want them rather than as `pandas.read_csv` guesses:

- counts and positions (`section`, `turn`, `sections`, `turns`, `persons_more`) are
  nullable integers (`Int64`), so a missing value does not turn a column into floats;
- `date` is a date: `datetime64[s]` at midnight, `NaT` where the event has none, so the
  `.dt` accessors work;
- every other column, ids included (`kremlin_id` is the site's number, an id and no
  amount), is pandas' `string` dtype, `<NA>` where empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..models import Document
from ..stream import EventSource
from .csv import TABLES, to_records

if TYPE_CHECKING:
    import pandas

#: The columns holding whole numbers; the others but `date` hold text.
INTEGER_COLUMNS = frozenset({"section", "turn", "sections", "turns", "persons_more"})
DATE_COLUMNS = frozenset({"date"})


def to_dataframe(documents: Document | Iterable[EventSource], table: str = "turns") -> pandas.DataFrame:
    """One table (`"turns"` or `"events"`) of the documents as a pandas DataFrame: the rows
    and columns of the CSV table, typed: counts and positions as nullable integers
    (`Int64`), `date` as `datetime64[s]` (`NaT` where unknown), every other column, ids
    included, as `string`.

    `documents` is a Document, or any iterable of Documents or EventStreams (from
    `parse_many`, `iter_events`). Needs pandas: `pip install 'kremlin_parse[pandas]'`.
    """
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'kremlin_parse[pandas]' (or pip install pandas)"
        ) from None
    records = to_records(documents, table)
    columns = TABLES[table]
    frame = pandas.DataFrame.from_records(records, columns=list(columns))
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in DATE_COLUMNS:
            frame[column] = pandas.to_datetime(frame[column], format="%Y-%m-%d").astype("datetime64[s]")
        else:
            frame[column] = frame[column].astype("string")
    return frame
