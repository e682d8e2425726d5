"""examples/: every rule fires somewhere (preview rules too), and the drafts named *-good are clean."""

from pathlib import Path

from tonelint.api import lint_paths
from tonelint.engine import Overrides
from tonelint.packs import load_pack

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_examples_show_every_rule_and_good_drafts_are_clean():
    report = lint_paths([str(EXAMPLES)], overrides=Overrides(preview=True))
    assert not report.problems, report.problems
    drafts = list(EXAMPLES.glob("*.txt")) + list(EXAMPLES.glob("*.md"))
    assert len(drafts) >= 12 and report.drafts == len(drafts)
    fired = {finding.code for finding in report.findings}
    every = set(load_pack("nl"))
    assert fired == every, f"rules that never fire on examples/: {every - fired}"
    on_good = [(f.path, f.line, f.code) for f in report.findings if "-good." in f.path]
    assert on_good == []
    bad = {path.name for path in drafts if "-bad." in path.name}
    with_findings = {Path(f.path).name for f in report.findings}
    assert bad <= with_findings
