"""What sources produce and the engine consumes: a draft reply, its context and its position map."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters (code points) of the line
    offset: int  # 0-based, in characters from the start of the decoded file (after a BOM)


class LineIndex:
    """Turns character offsets in a text into 1-based line/column (any of \\n, \\r\\n; \\r alone is text)."""

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        index = find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = find("\n", index + 1)
        self._starts = starts

    def position(self, offset: int) -> Position:
        line = bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1, offset)


@dataclass(frozen=True)
class Switch:
    """An inline switch: `<!-- tonelint: disable=TL302 -->`."""

    action: str  # disable | enable | disable-next-line
    rules: tuple[str, ...]  # codes or names as written; empty = all rules
    start: int  # offset of the comment in the file
    end: int
    line: int  # line of the comment's end (where it takes effect)


@dataclass
class Draft:
    """One reply to lint.

    `reply` has exactly the length of `text`: everything that is not the writer's prose (front matter,
    the quoted incoming message, code, URLs, comments, Markdown markers) is blanked with spaces, newlines
    kept. Offsets into `reply` are therefore offsets into the file, and positions stay exact.
    """

    path: str
    text: str
    reply: str
    incoming: str | None = None
    incoming_start: int | None = None  # where the incoming message stands in `text`, if it does
    language: str | None = None
    persona: str | None = None
    ignore: tuple[str, ...] = ()  # rules switched off for the whole draft (front matter)
    switches: list[Switch] = field(default_factory=list)
    # where the incoming message stands in the file: (offset in `incoming`, offset in `text`, length)
    incoming_segments: list[tuple[int, int, int]] = field(default_factory=list)
    row_id: str | None = None
    base_line: int = 0  # for batch rows: lines before the row's field
    _lines: LineIndex | None = None

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines

    def position(self, offset: int) -> Position:
        return self.lines.position(offset)

    def incoming_to_file(self, offset: int) -> int:
        """A character offset in the incoming message → the offset in the file where it stands.
        Without a mapping (front matter, --in-reply-to) everything points at the message's start."""
        for incoming_start, file_start, length in self.incoming_segments:
            if incoming_start <= offset <= incoming_start + length:
                return file_start + offset - incoming_start
        return self.incoming_start or 0


class InputError(Exception):
    """A problem with one input file; reported as `path: error: message`, exit code 2."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
