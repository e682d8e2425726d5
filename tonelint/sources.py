"""Reading inputs into drafts: decoding, front matter, the quoted incoming message, prose masking."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from tonelint.draft import Draft, InputError, Switch
from tonelint.hints import did_you_mean
from tonelint.yamlio import YAMLError, describe_yaml_error, parse_yaml

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"}
DRAFT_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES

FRONT_MATTER_KEYS = ("in_reply_to", "language", "persona", "register", "channel", "tonelint")
SWITCH_ACTIONS = ("disable", "enable", "disable-next-line")

_NOT_NEWLINE = re.compile(r"[^\r\n]")
_QUOTE_LINE = re.compile(r"[ \t]{0,3}>[ \t]?(.*)")
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_SWITCH = re.compile(r"\s*tonelint\s*:\s*([A-Za-z-]+)\s*(?:=\s*)?(.*?)\s*$", re.S)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*\w")
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]*>")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(\[)[^\]\n]+(\]\([^)\n]*\))")
_LINK_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_HEADING_MARK = re.compile(r"^[ ]{0,3}#{1,6}(?=[ \t]|$)", re.M)
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])(?=[ \t])", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_\\])(?:\*{1,3}|_{1,3})(?=[^\s*_])|(?<=[^\s*_\\])(?:\*{1,3}|_{1,3})(?![\w*_])")


def decode(path: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(path, f"cannot decode as UTF-16: {error.reason}") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (it contains NUL bytes), not a text draft")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            path,
            f"cannot decode as UTF-8: invalid byte 0x{data[error.start]:02x} at line {line}, byte {column} "
            "(save the file as UTF-8)",
        ) from None


class _Mask:
    """The reply under construction: characters that are not prose become spaces, newlines stay."""

    def __init__(self, text: str):
        self.text = text
        self._current = text

    def blank(self, start: int, end: int) -> None:
        if start < end:
            current = self._current
            self._current = current[:start] + _NOT_NEWLINE.sub(" ", current[start:end]) + current[end:]

    def blank_lines(self, first: int, last: int, line_starts: list[int]) -> None:
        """Blank whole lines `first` (0-based) up to, not including, `last`."""
        end = line_starts[last] if last < len(line_starts) else len(self.text)
        self.blank(line_starts[first], end)

    def current(self) -> str:
        return self._current


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def read_draft(path: Path, display: str | None = None) -> Draft:
    display = display or str(path)
    data = read_bytes(path, display)
    return parse_draft(display, decode(display, data), markdown=path.suffix.lower() in MARKDOWN_SUFFIXES)


def read_bytes(path: Path, display: str) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(display, "is a directory") from None
    except FileNotFoundError:
        raise InputError(display, "no such file") from None
    except PermissionError:
        raise InputError(display, "permission denied") from None
    except OSError as error:
        raise InputError(display, f"cannot read: {error.strerror or error}") from None


def parse_draft(display: str, text: str, *, markdown: bool) -> Draft:
    mask = _Mask(text)
    starts = _line_starts(text)
    draft = Draft(path=display, text=text, reply="")
    first_body_line = 0
    if markdown:
        first_body_line = _front_matter(draft, mask, starts)
    _quoted_incoming(draft, mask, starts, first_body_line)
    _comments_and_switches(draft, mask)
    if markdown:
        _markdown_structure(mask, starts, first_body_line)
    _urls(mask)
    draft.reply = mask.current()
    return draft


def _front_matter(draft: Draft, mask: _Mask, starts: list[int]) -> int:
    """Parses YAML front matter between `---` lines; returns the first line after it (0-based)."""
    lines = draft.text.split("\n")
    if not lines or lines[0].rstrip("\r \t") != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r \t") in ("---", "..."):
            break
    else:
        raise InputError(draft.path, "front matter opened with '---' on line 1 is never closed")
    source = "\n".join(line.rstrip("\r") for line in lines[1:index])
    try:
        data = parse_yaml(source) if source.strip() else {}
    except YAMLError as error:
        raise InputError(draft.path, f"broken front matter: {describe_yaml_error(error, line_offset=1)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(draft.path, "broken front matter: expected 'key: value' lines")
    _apply_front_matter(draft, data)
    if draft.incoming is not None:
        _locate_in_reply_to(draft, starts, index)
    mask.blank_lines(0, index + 1, starts)
    return index + 1


_IN_REPLY_TO_LINE = re.compile(r"in_reply_to[ \t]*:[ \t]*(['\"]?)(.*?)\1[ \t]*\r?$")


def _locate_in_reply_to(draft: Draft, starts: list[int], closing_line: int) -> None:
    """Where the front matter's message stands: exactly, when it is written on the key's own line;
    otherwise at the key."""
    text = draft.text
    for line in range(1, closing_line):
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        match = _IN_REPLY_TO_LINE.match(text, starts[line], end)
        if match:
            draft.incoming_start = match.start(2)
            if match.group(2) == draft.incoming:
                draft.incoming_segments.append((0, match.start(2), len(draft.incoming)))
            return


def _apply_front_matter(draft: Draft, data: dict) -> None:
    def text_value(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise InputError(draft.path, f"front matter: '{key}' must be text")
        return str(value)

    draft.incoming = text_value("in_reply_to")
    draft.language = text_value("language")
    draft.persona = text_value("persona")
    register = text_value("register")
    if register is not None:
        if register not in ("formal", "informal"):
            raise InputError(draft.path, f"front matter: register must be 'formal' or 'informal', not '{register}'")
        draft.persona = draft.persona or register
    settings = data.get("tonelint")
    if settings is None:
        return
    if not isinstance(settings, dict):
        raise InputError(draft.path, "front matter: 'tonelint' must be a mapping such as {ignore: [TL302]}")
    for key in settings:
        if key != "ignore":
            raise InputError(draft.path, f"front matter: unknown key 'tonelint.{key}'{did_you_mean(str(key), ['ignore'])}")
    ignore = settings.get("ignore") or []
    if isinstance(ignore, str):
        ignore = [part for part in re.split(r"[,\s]+", ignore) if part]
    draft.ignore = tuple(str(item) for item in ignore)


def _quoted_incoming(draft: Draft, mask: _Mask, starts: list[int], first_line: int) -> None:
    """Leading `>` lines are the message the draft answers (like e-mail quoting)."""
    text = draft.text
    quoted: list[tuple[str, int]] = []  # (content, its offset in the file)
    first_quote = None
    line = first_line
    while line < len(starts):
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        content = text[starts[line]:end].rstrip("\r")
        match = _QUOTE_LINE.fullmatch(content)
        if match:
            if first_quote is None:
                first_quote = line
            quoted.append((match.group(1), starts[line] + match.start(1)))
        elif content.strip():
            break
        elif quoted:
            quoted.append(("", starts[line]))
        line += 1
    if first_quote is None:
        return
    mask.blank_lines(first_quote, line, starts)
    message = "\n".join(content for content, _ in quoted)
    if message.strip() and draft.incoming is None:
        draft.incoming = message
        draft.incoming_start = quoted[0][1]
        offset = 0
        for content, file_offset in quoted:
            draft.incoming_segments.append((offset, file_offset, len(content)))
            offset += len(content) + 1


def _comments_and_switches(draft: Draft, mask: _Mask) -> None:
    if "<!--" not in draft.text:
        return
    for match in _HTML_COMMENT.finditer(draft.text):
        mask.blank(match.start(), match.end())
        switch = _SWITCH.match(match.group(1))
        if not switch:
            continue
        action = switch.group(1).lower()
        if action not in SWITCH_ACTIONS:
            line = draft.text.count("\n", 0, match.start()) + 1
            raise InputError(
                draft.path, f"line {line}: unknown switch 'tonelint: {action}'{did_you_mean(action, SWITCH_ACTIONS)}"
            )
        rules = tuple(part for part in re.split(r"[,\s]+", switch.group(2)) if part)
        line = draft.text.count("\n", 0, match.end()) + 1
        draft.switches.append(Switch(action, rules, match.start(), match.end(), line))


def _markdown_structure(mask: _Mask, starts: list[int], first_line: int) -> None:
    from markdown_it import MarkdownIt  # only Markdown drafts pay for it

    parser = MarkdownIt("commonmark")
    for token in parser.parse(mask.current()):
        if token.map and token.type in ("fence", "code_block", "html_block", "hr"):
            mask.blank_lines(token.map[0], token.map[1], starts)
        elif token.map and token.type == "blockquote_open" and token.level == 0:
            mask.blank_lines(token.map[0], token.map[1], starts)
    current = mask.current()
    for pattern in (_INLINE_CODE, _AUTOLINK, _IMAGE, _LINK_DEFINITION, _HTML_TAG):
        for match in pattern.finditer(current):
            mask.blank(match.start(), match.end())
        current = mask.current()
    for match in _LINK.finditer(current):
        mask.blank(match.start(1), match.end(1))
        mask.blank(match.start(2), match.end(2))
    current = mask.current()
    for pattern in (_HEADING_MARK, _LIST_MARK, _EMPHASIS):
        for match in pattern.finditer(current):
            mask.blank(match.start(), match.end())


def _urls(mask: _Mask) -> None:
    current = mask.current()
    for pattern, sign in ((_URL, ("://", "www.")), (_EMAIL, ("@",))):
        if any(part in current for part in sign):  # most replies have neither
            for match in pattern.finditer(current):
                mask.blank(match.start(), match.end())

