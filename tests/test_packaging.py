"""What the wheel carries: the package, its LICENSE and its metadata; and the helper
scripts that README names fail with a message, not a traceback."""

from __future__ import annotations

import email
import subprocess
import sys
import zipfile
from pathlib import Path

import kremlin_parse

ROOT = Path(__file__).parent.parent


def test_the_wheel_carries_the_licence_and_the_metadata(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", str(tmp_path)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = f"kremlin_parse-{kremlin_parse.__version__}.dist-info"
        licence = archive.read(f"{info}/licenses/LICENSE").decode("utf-8")
        metadata = email.message_from_bytes(archive.read(f"{info}/METADATA"))
    assert licence.startswith("MIT License") and licence == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "kremlin_parse/outputs/csv.py" in names and "kremlin_parse/schema/document.schema.json" in names
    assert metadata["Version"] == kremlin_parse.__version__
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("Project-URL") and metadata["Keywords"]
    classifiers = metadata.get_all("Classifier")
    assert "Typing :: Typed" in classifiers and "Topic :: Text Processing :: Linguistic" in classifiers
    assert "Provides-Extra: pandas" in str(metadata)


def test_the_corpus_script_names_a_missing_corpus_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "ru-2025-flattened.csv"
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus_headers.py"), str(missing)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(missing) in result.stderr and "give its path" in result.stderr
