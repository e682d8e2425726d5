"""Turning command-line paths into sources: walking folders, honouring excludes, reading stdin."""

from __future__ import annotations

import fnmatch
import os
import sys
from pathlib import Path

from tonelint.config import ConfigError, ConfigFinder
from tonelint.draft import InputError
from tonelint.engine import Problem, Source
from tonelint.batch import BATCH_SUFFIXES
from tonelint.sources import DRAFT_SUFFIXES, MARKDOWN_SUFFIXES, decode


def collect_sources(paths: list[str], finder: ConfigFinder, stdin_filename: str | None = None):
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for raw in paths:
        if raw == "-":
            display = stdin_filename or "<stdin>"
            try:
                text = decode(display, sys.stdin.buffer.read())
            except InputError as error:
                problems.append(Problem(error.path, error.message))
                continue
            config_path = Path(stdin_filename) if stdin_filename else None
            sources.append(Source(display, text=text, markdown=Path(display).suffix.lower() in MARKDOWN_SUFFIXES,
                                  config_path=config_path))
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                for file in _walk(path, finder):
                    if file.resolve() not in seen:
                        seen.add(file.resolve())
                        sources.append(Source(str(file), path=file))
            except ConfigError as error:
                problems.append(Problem.from_config_error(error, raw))
        elif path.exists():
            if path.resolve() not in seen:  # a file named explicitly is always checked
                seen.add(path.resolve())
                sources.append(Source(raw, path=path))
        else:
            problems.append(Problem(raw, "no such file or folder"))
    return sources, problems


def _walk(top: Path, finder: ConfigFinder):
    for directory, folders, files in os.walk(top):
        here = Path(directory)
        config = finder.for_path(here / "_")
        folders[:] = sorted(
            name for name in folders
            if not name.startswith(".") and not _excluded(here / name, config.exclude, config.root)
        )
        for name in sorted(files):
            file = here / name
            if file.suffix.lower() in DRAFT_SUFFIXES | BATCH_SUFFIXES and not name.startswith(".") \
                    and not _excluded(file, config.exclude, config.root):
                yield file


def _excluded(path: Path, patterns: list[str], root: Path) -> bool:
    try:
        relative = path.resolve().relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(relative, pattern)
        or fnmatch.fnmatch(relative, pattern.rstrip("/") + "/*")
        for pattern in patterns
    )
