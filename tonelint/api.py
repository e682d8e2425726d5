"""Using tonelint from Python: lint a text or files and get the findings."""

from __future__ import annotations

from pathlib import Path

from tonelint.config import Config, ConfigFinder
from tonelint.engine import Linter, Overrides, Report, Source
from tonelint.sources import MARKDOWN_SUFFIXES


def lint_text(text: str, *, filename: str = "draft.txt", config: Config | None = None,
              overrides: Overrides | None = None, linter: Linter | None = None) -> Report:
    """Lint one draft given as text. `filename` picks the format (.txt or .md) and names it in findings."""
    linter = linter or Linter(ConfigFinder.fixed(config or Config()), overrides)
    markdown = Path(filename).suffix.lower() in MARKDOWN_SUFFIXES
    return linter.lint([Source(filename, text=text, markdown=markdown)])


def lint_paths(paths: list[str], *, config_path: Path | None = None, overrides: Overrides | None = None) -> Report:
    """Lint files and folders as `tonelint check` does."""
    from tonelint.files import collect_sources

    finder = ConfigFinder(config_path)
    sources, problems = collect_sources(paths, finder)
    report = Linter(finder, overrides).lint(sources)
    report.problems[:0] = problems
    return report
