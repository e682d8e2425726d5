"""Batch inputs: `.jsonl` and `.csv` exports of conversations, one draft per row.

Each row has a reply (the draft), usually the message it answers, and optionally an id. The field
names are configurable (`[batch] message = …, reply = …, id = …`). Findings name the row (its id, or
its line) and their line is the line where the row starts; columns count characters within the reply
field (or the message field, for rules about the message).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from tonelint.draft import Draft, InputError, Position
from tonelint.hints import did_you_mean
from tonelint.sources import parse_draft

BATCH_SUFFIXES = {".jsonl", ".csv"}


@dataclass(frozen=True)
class FieldNames:
    message: str = "message"
    reply: str = "reply"
    id: str = "id"


class RowDraft(Draft):
    """A draft from one row: positions are the row's line and the column within the field."""

    row_line: int = 1

    def position(self, offset: int) -> Position:
        return Position(self.row_line, offset + 1, offset)


def read_batch(display: str, text: str, suffix: str, names: FieldNames):
    """(drafts, problems) for one batch file; a bad row is a problem, the other rows are still read."""
    rows = _jsonl_rows(display, text) if suffix == ".jsonl" else _csv_rows(display, text, names)
    drafts, problems = [], []
    for line, row in rows:
        if isinstance(row, InputError):
            problems.append(row)
            continue
        if names.reply not in row:
            problems.append(InputError(display, f"line {line}: no field '{names.reply}'"
                                                f"{did_you_mean(names.reply, [str(k) for k in row])}"))
            continue
        reply, message = row.get(names.reply), row.get(names.message)
        if not isinstance(reply, str) or (message is not None and not isinstance(message, str)):
            problems.append(InputError(display, f"line {line}: '{names.reply}' and '{names.message}' must be text"))
            continue
        parsed = parse_draft(display, reply, markdown=False)
        draft = RowDraft(**{field: getattr(parsed, field) for field in (
            "path", "text", "reply", "incoming", "incoming_start", "language", "persona", "ignore", "switches",
            "incoming_segments")})
        draft.row_line = line
        draft.row_id = str(row.get(names.id) if row.get(names.id) not in (None, "") else f"line {line}")
        if message and message.strip():
            draft.incoming = message
            draft.incoming_start = 0
            draft.incoming_segments = [(0, 0, len(message))]
        drafts.append(draft)
    return drafts, problems


def _jsonl_rows(display: str, text: str):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, InputError(display, f"line {number}: invalid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(row, dict):
            yield number, InputError(display, f"line {number}: expected a JSON object with the row's fields")
            continue
        yield number, row


def _csv_rows(display: str, text: str, names: FieldNames):
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    fields = reader.fieldnames or []
    if names.reply not in fields:
        yield 1, InputError(display, f"no column '{names.reply}'{did_you_mean(names.reply, fields)} "
                                     f"(columns: {', '.join(fields) or 'none'})")
        return
    line = reader.line_num + 1
    try:
        for row in reader:
            yield line, row
            line = reader.line_num + 1
    except csv.Error as error:
        yield reader.line_num, InputError(display, f"line {reader.line_num}: invalid CSV: {error}")
