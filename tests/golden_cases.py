"""Which fixtures have reviewed golden files, and how each golden file is produced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import kremlin_parse
from kremlin_parse import Document, dumps
from kremlin_parse.outputs.json import export_document

from conftest import FIXTURE_FILES, GOLDEN

#: Fixtures whose expected parse has been reviewed line by line against the source.
GOLDEN_FIXTURES = (
    "000_213688eab3130147", "001_08d851294f153d6b", "002_16830d1d99dc7d5d", "003_a5b7c7eb1accd0c2",
    "004_d9c1a50a51d85bc2", "005_forum_repost", "006_html_meeting_with_speakers",
    "007_html_tags_and_see_also", "008_html_news_item", "009_atom_feed_three_entries",
    "010_atom_feed_news", "011_atom_feed_transcript", "012_blog_repost",
    "013_forum_text_version_pages", "014_ru_flattened_sobyanin_meeting",
    "015_ru_flattened_press_answers", "016_ru_flattened_announcement",
    "017_ru_text_version_press_answers", "018_ru_text_version_news", "019_ru_browser_dump_meeting",
    "020_ru_browser_dump_news", "021_ru_html_meeting", "022_ru_html_news",
    "023_html_meeting_as_served", "024_html_discussion_as_served",
    "025_html_working_meeting_as_served", "026_html_announcement", "027_atom_feed_as_served",
)


#: Every output format but JSON, by the suffix of its golden file: what `dumps` gives.
OUTPUTS: dict[str, Callable[[Document], str]] = {
    ".jsonl": lambda document: dumps(document, "jsonl"),
    ".turns.csv": lambda document: dumps(document, "csv", table="turns"),
    ".events.csv": lambda document: dumps(document, "csv", table="events"),
    ".tei.xml": lambda document: dumps(document, "tei"),
    ".txt": lambda document: dumps(document, "text"),
    ".md": lambda document: dumps(document, "markdown"),
}
#: Fixtures whose output in every format has been reviewed: the seeds of the text version.
OUTPUT_FIXTURES = ("000_213688eab3130147", "001_08d851294f153d6b")
#: Every golden file: (fixture, suffix); `.json` is the parse, the others the outputs.
GOLDEN_CASES = [(stem, ".json") for stem in GOLDEN_FIXTURES] + [
    (stem, suffix) for stem in OUTPUT_FIXTURES for suffix in OUTPUTS
]


def golden_path(stem: str, suffix: str = ".json") -> Path:
    return GOLDEN / (stem + suffix) if suffix == ".json" else GOLDEN / "outputs" / (stem + suffix)


def current_output(stem: str, suffix: str = ".json") -> str:
    """The text a golden file holds, made from the current parse of its fixture."""
    (path,) = [path for path in FIXTURE_FILES if path.stem == stem]
    document = kremlin_parse.parse(path.read_bytes(), source=path.name)
    if suffix == ".json":
        return json.dumps(export_document(document), ensure_ascii=False, indent=1) + "\n"
    return OUTPUTS[suffix](document)
