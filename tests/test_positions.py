"""Every finding points at the exact characters in the original file, whatever surrounds them."""

import codecs

import pytest

from tonelint.api import lint_paths
from tonelint.engine import Overrides

ONLY_STIFF = Overrides(select=["stiff-word"])


def findings_for(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    report = lint_paths([str(path)], overrides=ONLY_STIFF)
    assert not report.problems, report.problems
    return report.findings


def only(findings):
    assert len(findings) == 1, [(f.message, f.line, f.column) for f in findings]
    return findings[0]


CASES = {
    "quoted incoming message": (
        "draft.txt",
        "> Wanneer komt mijn pas?\n> Ik wacht al weken.\n\nHoi Kim, we sturen hem middels de post. ^EK\n",
        4, 24,
    ),
    "front matter": (
        "draft.md",
        "---\nin_reply_to: \"Wanneer komt mijn pas?\"\npersona: warm\n---\n\nHoi Kim, we sturen hem middels de post. ^EK\n",
        6, 24,
    ),
    "CRLF line endings": (
        "draft.txt",
        "> Wanneer komt mijn pas?\r\n\r\nHoi Kim,\r\nwe sturen hem middels de post.\r\n^EK\r\n",
        4, 15,
    ),
    "tabs": ("draft.txt", "Hoi Kim,\n\t\twe sturen hem middels de post. ^EK\n", 2, 17),
    "emoji": ("draft.txt", "Hoi Kim 👋🏽,\n🙂 we sturen hem middels de post. ^EK\n", 2, 17),
    "non-ASCII": ("draft.txt", "Hé Zoë, ça va? Wij sturen hem middels de post. ^EK\n", 1, 31),
    "markdown structure": (
        "draft.md",
        "# Antwoord\n\n```\nmiddels code\n```\n\nZie `middels` en [de site](https://x.nl/middels).\n\n"
        "- **We** sturen hem middels de post. ^EK\n",
        9, 21,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_position_is_exact(tmp_path, name):
    filename, text, line, column = CASES[name]
    finding = only(findings_for(tmp_path, filename, text.encode("utf-8")))
    assert (finding.line, finding.column) == (line, column)
    assert (finding.end_line, finding.end_column) == (line, column + len("middels"))
    assert text[finding.offset:finding.offset + finding.length] == "middels"
    assert finding.fix.replacement == "met" and finding.fix.offset == finding.offset


def test_byte_order_mark_is_not_a_column(tmp_path):
    text = "Hoi Kim, we sturen hem middels de post. ^EK\n"
    finding = only(findings_for(tmp_path, "bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")))
    assert (finding.line, finding.column, finding.offset) == (1, 24, 23)


def test_utf16_with_bom(tmp_path):
    text = "Hoi Kim, we sturen hem middels de post. ^EK\n"
    finding = only(findings_for(tmp_path, "utf16.txt", text.encode("utf-16")))
    assert (finding.line, finding.column) == (1, 24)


def test_multi_line_finding_has_end_on_later_line(tmp_path):
    text = "Hoi Kim, we sturen hem ten\nbehoeve van je aanvraag op. ^EK\n"
    finding = only(findings_for(tmp_path, "wrap.txt", text.encode()))
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (1, 24, 2, 12)
    assert text[finding.offset:finding.offset + finding.length] == "ten\nbehoeve van"
