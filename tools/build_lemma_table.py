"""Build the compact lemma tables shipped in tonelint/data/ from spacy-lookups-data (MIT licence).

Run once by a maintainer (`pip install spacy-lookups-data`, then `python tools/build_lemma_table.py nl`);
users never need spacy-lookups-data, which installs ~99 MB for every language.
Only forms whose lemma differs from the form are kept, sorted by their UTF-8 bytes so that
tonelint.lemmas can binary-search the file without loading it.
"""

import gzip
import json
import sys
from importlib.resources import files
from pathlib import Path


def build(language: str) -> Path:
    source = files("spacy_lookups_data") / "data" / f"{language}_lemma_lookup.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    rows = {(form.lower(), lemma.lower()) for form, lemma in table.items()}
    lines = sorted(
        (f"{form}\t{lemma}" for form, lemma in rows if form != lemma and "\t" not in form + lemma and "\n" not in form + lemma),
        key=lambda line: line.encode("utf-8"),
    )
    # keep one lemma per form (the first in byte order) so the search is unambiguous
    unique, seen = [], set()
    for line in lines:
        form = line.split("\t", 1)[0]
        if form not in seen:
            seen.add(form)
            unique.append(line)
    target = Path(__file__).resolve().parent.parent / "tonelint" / "data" / f"{language}_lemmas.tsv"
    target.write_text("\n".join(unique) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["nl"]:
        path = build(lang)
        print(path, path.stat().st_size)
