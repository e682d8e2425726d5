"""The installed package (a wheel, not the source tree) carries every rule pack and data file,
and the pre-commit hook works through the real pre-commit."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODES = ["TL301", "TL302", "TL303", "TL304", "TL401", "TL402", "TL403", "TL404", "TL405"]

pytestmark = pytest.mark.slow


def test_wheel_install_finds_every_rule(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(ROOT / "examples", elsewhere / "examples")
    env = {**os.environ, "PYTHONPATH": str(target)}

    def tonelint(*args):
        return subprocess.run([sys.executable, "-m", "tonelint", *args], cwd=elsewhere, env=env,
                              capture_output=True, text=True)

    located = subprocess.run([sys.executable, "-c", "import tonelint; print(tonelint.__file__)"],
                             cwd=elsewhere, env=env, capture_output=True, text=True)
    assert located.stdout.startswith(str(target)), located.stdout  # the wheel, not the checkout
    assert (target / "tonelint" / "rules" / "nl" / "TL302-passive-voice.yaml").is_file()
    assert (target / "tonelint" / "data" / "nl_lemmas.tsv").is_file()
    assert (target / "tonelint" / "schema" / "report.schema.json").is_file()

    listing = tonelint("rules")
    assert listing.returncode == 0, listing.stderr
    for code in CODES:
        assert f"  {code}  " in listing.stdout

    checked = tonelint("check", "examples", "--statistics")
    assert checked.returncode == 1, checked.stderr
    for code in CODES:
        assert f"  {code}  " in checked.stdout, f"{code} did not fire on examples/"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_hook_fails_on_bad_and_passes_on_good(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    git(content, "init", "-q")
    git(content, "config", "user.email", "webcare@example.invalid")
    git(content, "config", "user.name", "Webcare")
    (content / "goed.txt").write_text(
        "> Waarom is mijn container niet geleegd?\n\nHoi Kim, wat vervelend! De wagen kon je straat niet in door "
        "een verhuiswagen. Morgen komen we terug. Groet, Sanne\n", encoding="utf-8")
    (content / "fout.md").write_text(
        "Uw melding is doorgestuurd naar de betreffende afdeling.\n\nMet vriendelijke groet,\nDe klantenservice\n",
        encoding="utf-8")
    git(content, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}

    def try_repo(*files):
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "tonelint", "--files", *files],
            cwd=content, env=env, capture_output=True, text=True, timeout=1200,
        )

    bad = try_repo("fout.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "fout.md:1:12: TL302 passive-voice" in bad.stdout
    good = try_repo("goed.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
