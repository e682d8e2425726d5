"""Reporters: turn a Report into text for people or JSON for editors and CI."""

from tonelint.report.json import render_json
from tonelint.report.text import render_statistics, render_text

__all__ = ["render_json", "render_text", "render_statistics"]
