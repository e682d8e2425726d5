"""Speed benchmark: `python benchmarks/bench.py [--drafts 2000] [--preview]`.

Reports, on a generated corpus of draft/message pairs:
  - drafts per second for tonelint (read, parse, analyse, all rules, JSON report; warm process)
  - drafts per second for the bare spaCy pipeline (blank nl + sentencizer) on the same reply texts;
    with --preview (the reply-aware rules too, which read the incoming message) on the replies and
    the messages, since then both are analysed
  - their ratio
  - peak memory of `tonelint check` over the whole corpus (a separate process)
  - wall time of `tonelint check` on one file from a cold start (median of several runs)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_txt, generate  # noqa: E402


def bare_pipeline():
    """The bare spaCy pipeline tonelint builds on: blank nl, sentencizer, spaCy's own lookup lemmatizer
    (loaded with tonelint's lemma table, as spacy-lookups-data would load its own)."""
    import spacy
    from spacy.lookups import Lookups

    from tonelint.lemmas import SortedTable

    table = {}
    data = SortedTable.for_language("nl")._data.decode("utf-8")
    for line in data.splitlines():
        form, _, lemma = line.partition("\t")
        table[form] = lemma
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", table)
    lemmatizer.initialize(lookups=lookups)
    return nlp


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7, help="rounds of timing; the best of each counts")
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--preview", action="store_true", help="run the preview rules as well")
    args = parser.parse_args()

    import spacy

    from tonelint.engine import Linter, Overrides, Source
    from tonelint.report.json import render_json
    from tonelint.sources import parse_draft

    pairs = generate(args.drafts)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for number, (message, reply) in enumerate(pairs):
            (corpus / f"draft-{number:05d}.txt").write_text(as_txt(message, reply), encoding="utf-8")
        files = sorted(corpus.iterdir())
        drafts = [parse_draft(str(path), path.read_text(encoding="utf-8"), markdown=False) for path in files]
        replies = [draft.reply for draft in drafts]
        # with the reply-aware rules, spaCy has the incoming messages to analyse as well
        texts = replies + [draft.incoming for draft in drafts if draft.incoming] if args.preview else replies

        bare = bare_pipeline()
        list(bare.pipe(replies[:50]))
        blank = spacy.blank("nl")
        blank.add_pipe("sentencizer")
        list(blank.pipe(replies[:50]))
        linter = Linter(overrides=Overrides(preview=args.preview))
        linter.lint([Source(str(files[0]), path=files[0])])  # build pipelines and rules once
        findings = []

        def run_tonelint():
            report = linter.lint([Source(str(path), path=path) for path in files])
            render_json(report)
            findings[:] = report.findings

        # rounds alternate between the contenders, so a busy moment on the machine hits both alike;
        # the best round of each counts
        bare_times, blank_times, tonelint_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(best_of(1, lambda: list(bare.pipe(texts, batch_size=64))))
            blank_times.append(best_of(1, lambda: list(blank.pipe(texts, batch_size=64))))
            tonelint_times.append(best_of(1, run_tonelint))
        bare_seconds, blank_seconds, tonelint_seconds = min(bare_times), min(blank_times), min(tonelint_times)

        command = [sys.executable, "-m", "tonelint", "check", "--format", "json", str(corpus)]
        command += ["--preview"] if args.preview else []
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        one = files[0]
        cold = []
        for _ in range(args.cold_runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tonelint", "check", str(one)] + (["--preview"] if args.preview else []),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)
            cold.append(time.perf_counter() - start)

    count = len(files)
    tonelint_rate = count / tonelint_seconds
    bare_rate = count / bare_seconds
    print(f"rules:                     {'released and preview' if args.preview else 'released (default)'}")
    print(f"corpus:                    {count} drafts, {sum(len(r.split()) for r in replies) / count:.0f} words/reply "
          f"on average, {len(findings)} findings")
    print(f"tonelint:                  {tonelint_rate:8.0f} drafts/s  ({tonelint_seconds:.2f} s)")
    blank_rate = count / blank_seconds
    print(f"bare spaCy pipeline:       {bare_rate:8.0f} drafts/s  ({bare_seconds:.2f} s; blank nl, sentencizer, "
          f"lookup lemmatizer{'; replies and messages' if args.preview else ''})")
    print(f"ratio tonelint / bare:     {tonelint_rate / bare_rate:8.1%}   (target ≥ 30%)")
    print(f"(tokenizer + sentencizer:  {blank_rate:8.0f} drafts/s, no lemmas; tonelint is "
          f"{tonelint_rate / blank_rate:.1%} of that)")
    print(f"peak memory, whole corpus: {peak_mb:8.0f} MB        (target < 400 MB)")
    print(f"cold start, one file:      {statistics.median(cold):8.2f} s median, {min(cold):.2f} s best "
          f"(target ≤ 1.2 s)")
    print(f"machine:                   {os.cpu_count()} cores, Python {sys.version.split()[0]}, spaCy {spacy.__version__}")


if __name__ == "__main__":
    main()
