"""Which fixtures have reviewed golden files, and how a golden file is produced."""

from __future__ import annotations

import json
from pathlib import Path

import kremlin_parse
from kremlin_parse.export import document_to_dict

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
)


def golden_path(stem: str) -> Path:
    return GOLDEN / f"{stem}.json"


def current_parse(stem: str) -> str:
    """The parse of a fixture as the JSON text a golden file holds."""
    (path,) = [path for path in FIXTURE_FILES if path.stem == stem]
    document = kremlin_parse.parse(path.read_bytes(), source=path.name)
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=1) + "\n"
