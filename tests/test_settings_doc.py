"""Every SCRIBE_* setting is described, and the README's table is exactly what the fields generate."""

from __future__ import annotations

from pathlib import Path

from scribe.config import Settings, settings_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_has_a_description() -> None:
    missing = [name for name, info in Settings.model_fields.items() if not (info.description or "").strip()]
    assert missing == []


def test_readme_settings_table_is_generated_from_the_fields() -> None:
    text = README.read_text()
    block = text.split("<!-- settings:start -->", 1)[1].split("<!-- settings:end -->", 1)[0].strip()
    assert block == settings_table(), "regenerate the README table: see its ## Settings section"
