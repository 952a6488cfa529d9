"""Documents that leave the box as files: Markdown rendered to PDF, and files written without a half state."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from scribe.errors import ConfigError


def markdown_pdf(text: str, *, title: str) -> bytes:
    """A one-column PDF of simple Markdown (``#``/``##`` headings, ``---`` rules, ``\\f`` page breaks).

    Core fonts only: characters outside Latin-1 become '?'.
    """
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    doc = FPDF(format="A4")
    doc.set_title(title)
    doc.set_creator("scribe")
    doc.set_auto_page_break(True, margin=15)
    doc.add_page()
    for line in text.splitlines():
        if line == "\f":
            doc.add_page()
            continue
        clean = line.encode("latin-1", "replace").decode("latin-1")
        if line.startswith("# "):
            doc.set_font("Helvetica", "B", 16)
            clean = clean[2:]
        elif line.startswith("## "):
            doc.set_font("Helvetica", "B", 12)
            clean = clean[3:]
        else:
            doc.set_font("Helvetica", "", 10)
        if clean.strip() == "---":
            doc.ln(2)
            continue
        doc.multi_cell(0, 6, clean or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(doc.output())


def reserve(path: Path) -> Path:
    """A private temp file next to ``path`` (0600, O_EXCL); refuses when ``path`` already exists."""
    if path.exists():
        raise ConfigError(f"{path} exists; choose another output file")
    if not path.parent.is_dir():
        raise ConfigError(f"{path.parent} is not a directory")
    tmp = path.with_name(f".{path.name}.partial-{secrets.token_hex(6)}")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return tmp


def write_reserved(tmp: Path, data: bytes) -> None:
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def publish(tmp: Path, path: Path) -> None:
    """Move a written temp file into place; never over an existing file."""
    os.link(tmp, path)
    os.unlink(tmp)


__all__ = ["markdown_pdf", "publish", "reserve", "write_reserved"]
