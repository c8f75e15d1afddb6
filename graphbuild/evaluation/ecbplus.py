"""``graphbuild eval ecbplus DIR``: events and named participants found, and merged across
articles, against ECB+.

Each ECB+ document becomes an article (sentence 0 of an ``*ecbplus.xml`` file is the page's
URL, so it is left out; no document has a publication date) and the whole pipeline runs on
them, twice: all documents in one build, as a user would, and one build per topic. Only the
sentences listed in ``ECBplus_coreference_sentences.csv`` are scored:

- **event detection**: one of our event mentions is right when its trigger token lies inside a
  gold ``ACTION_*`` or ``NEG_ACTION_*`` mention; a gold mention is found when one of our
  triggers lies inside it. Recall is also given by the part of speech of the gold mention's
  head, from our spaCy pipeline's parse of the gold sentence;
- **cross-document event coreference**, gold clusters being ``CROSS_DOC_COREF`` instances,
  else ``INTRA_DOC_COREF`` chains, else singletons, and ours the merged events, with MUC,
  B-cubed, CEAF-e and their mean, the CoNLL F1, in three protocols:
  ``a`` over the gold mentions we found; ``a+`` over all gold mentions, the missed ones as
  singletons; ``b`` end to end (Cattan et al. 2021): our mentions against the gold ones,
  singletons removed from both. In ``b`` one of our mentions stands for the gold mention its
  trigger lies in (the first of ours there does; any other is a mention of its own);
- the same for two baselines on the same mentions: one cluster per head lemma (across all
  topics, and per topic) and every mention alone.

- **named participants**: the gold ``HUMAN_PART_*``, ``NON_HUMAN_PART*`` and ``LOC_*``
  mentions whose head (from our parse, as for events) is a proper noun. A gold one is found
  when one of our entity mentions shares a character with its head token ("Reid" of "actress
  Tara Reid"); one of ours is right when it shares a character with the head of a gold named
  participant. Ours that fall inside a gold participant but off any named head ("Malibu" in
  "a Malibu rehab center", "Reid" in "Reid's publicist Jack Ketsoyan") are left out of
  precision and counted apart: the annotation marks the whole participant, and a name
  inside it is neither right nor wrong. A head is a proper noun when our parser tags it so
  and it has a capital letter (the parsers tag a lower-case "rehab" a proper noun now and
  then).
  Everything else of ours in a scored sentence is wrong (ECB+ annotates the participants of
  its seminal events, so a name it leaves out weighs on precision: the figure is a floor);
- **cross-document entity coreference** over the named participants we found, gold clusters
  as for events and ours the linked entity of our mention on the head, with MUC, B-cubed,
  CEAF-e and the CoNLL F1, beside one cluster per name as written (folded) and every
  mention alone, in both settings.

Also counted: the merged events whose sources span two or more topics, and the largest ones.

>>> parse_topics("3,5,7-9")
[3, 5, 7, 8, 9]
"""

from __future__ import annotations

import csv
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from graphbuild.errors import BenchmarkDataError, OptionError
from graphbuild.evaluation.coref import clusters_of, scores
from graphbuild.evaluation.timex import meantime_text
from graphbuild.names import fold

__all__ = ["EcbReport", "evaluate_ecbplus", "parse_topics", "read_ecbplus"]

SENTENCES_FILE = "ECBplus_coreference_sentences.csv"
_DOCUMENT_NAME = re.compile(r"^(\d+)_\d+(ecb|ecbplus)\.xml$")
_EVENT_TAGS = ("ACTION_", "NEG_ACTION_")
_PARTICIPANT_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
SETTINGS = ("all at once", "per topic")
# The part-of-speech group of a gold head, by spaCy's universal tag; any other is "other".
POS_GROUPS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adjective"}
LARGEST = 5


@dataclass
class GoldEventMention:
    """An ``ACTION_*``/``NEG_ACTION_*`` mention: its tokens (ids), characters and cluster."""

    id: str
    tokens: frozenset[str]
    start: int
    end: int
    sentence: int
    cluster: str
    # The head's lemma and part-of-speech group, from our parse (see :func:`parse_heads`).
    lemma: str = ""
    pos: str = "other"


@dataclass
class GoldParticipant:
    """A ``HUMAN_PART_*``/``NON_HUMAN_PART*``/``LOC_*`` mention: its tokens, characters, tag
    and cluster, and (from our parse, see :func:`parse_heads`) its head's characters and
    whether the head is a proper noun."""

    id: str
    tokens: frozenset[str]
    start: int
    end: int
    sentence: int
    cluster: str
    tag: str
    head_start: int = -1
    head_end: int = -1
    proper: bool = False


@dataclass
class EcbDocument:
    """One ECB+ document as an article's text, with its gold event mentions in scored sentences."""

    name: str
    path: str
    topic: int
    text: str
    # Token id -> character span in ``text``; sentence number -> its first character.
    spans: dict[str, tuple[int, int]]
    sentence_starts: dict[int, int]
    scored: frozenset[int]
    mentions: list[GoldEventMention]
    participants: list[GoldParticipant] = field(default_factory=list)

    @cached_property
    def _sentence_index(self) -> tuple[list[int], list[int]]:
        numbers = sorted(self.sentence_starts, key=self.sentence_starts.__getitem__)
        return [self.sentence_starts[number] for number in numbers], numbers

    @cached_property
    def _token_index(self) -> tuple[list[int], list[str]]:
        ids = sorted(self.spans, key=self.spans.__getitem__)
        return [self.spans[token][0] for token in ids], ids

    def sentence_at(self, offset: int) -> int:
        """The number of the sentence that holds the character at ``offset``."""
        starts, numbers = self._sentence_index
        return numbers[max(bisect_right(starts, offset) - 1, 0)]

    def sentence_text(self, sentence: int) -> tuple[int, str]:
        """Where a sentence starts, and its text (sentences are lines)."""
        start = self.sentence_starts[sentence]
        end = self.text.find("\n", start)
        return start, self.text[start : end if end >= 0 else len(self.text)]

    def token_at(self, offset: int) -> str | None:
        """The id of the gold token that holds the character at ``offset``."""
        starts, ids = self._token_index
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.spans[ids[index]][1]:
            return ids[index]
        return None


@dataclass(frozen=True)
class OurMention:
    """One of our event mentions in a scored sentence: where its trigger is and its lemma."""

    article: str
    index: int
    trigger_start: int
    token: str | None
    lemma: str


@dataclass
class EcbReport:
    documents: int
    topics: list[int]
    detection: dict
    coreference: dict[str, dict[str, dict[str, dict[str, float]]]]
    merged: dict
    seconds: dict[str, float]
    skipped: list[str] = field(default_factory=list)
    participants: dict = field(default_factory=dict)
    entity_coreference: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "topics": self.topics,
            "detection": self.detection,
            "coreference": self.coreference,
            "merged_events": self.merged,
            "participants": self.participants,
            "entity_coreference": self.entity_coreference,
            "seconds": self.seconds,
            "skipped": self.skipped,
        }

    def __str__(self) -> str:
        d = self.detection
        lines = [
            f"ECB+: {self.documents} documents, topics {format_topics(self.topics)}, "
            f"{d['scored_sentences']} scored sentences",
            "\nevent detection (our trigger token inside a gold ACTION_*/NEG_ACTION_* mention):",
            f"  gold {d['gold']}  ours {d['system']}  P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f1']:.3f}",
            "  recall by part of speech of the gold head (our parse):",
        ]
        for pos, row in d["recall_by_pos"].items():
            lines.append(f"    {pos:<10} {row['found']:>5} of {row['gold']:>5}  R {row['r']:.3f}")
        lines.append(
            "\ncross-document event coreference, F1 (a: gold mentions we found; a+: all gold "
            "mentions, missed ones alone; b: end to end, no singletons):"
        )
        lines.append("  setting      system            protocol  mentions  MUC    B3     CEAF-e CoNLL")
        for setting, systems in self.coreference.items():
            for system, protocols in systems.items():
                for protocol, s in protocols.items():
                    lines.append(
                        f"  {setting:<12} {system:<17} {protocol:<8} {s['key_mentions']:>9.0f}  "
                        f"{s['muc_f1']:.3f}  {s['b3_f1']:.3f}  {s['ceafe_f1']:.3f}  {s['conll_f1']:.3f}"
                    )
        m = self.merged
        lines.append(
            f"\nmerged events (all at once): {m['events']}, of which {m['cross_topic']} have sources "
            f"in two or more topics; {m['unresolved_mentions']} of our mentions not placed in an event"
        )
        for heading, listed in (("largest", m["largest"]), ("spanning topics", m["cross_topic_events"])):
            lines.append(f"  {heading}:")
            lines.extend(
                f"  {event['mentions']:>4} mentions, {event['articles']:>3} articles, "
                f"topics {format_topics(event['topics'])}: {event['label']}"
                for event in listed
            )
        if self.participants:
            lines.extend(self._participant_lines())
        lines.append("\nseconds: " + ", ".join(f"{name} {value:.1f}" for name, value in self.seconds.items()))
        lines.extend(f"skipped: {reason}" for reason in self.skipped)
        return "\n".join(lines)

    def _participant_lines(self) -> list[str]:
        n = self.participants
        lines = [
            "\nnamed participants (gold HUMAN_PART_*/NON_HUMAN_PART*/LOC_* with a proper-noun head; "
            "ours right on a gold head):",
            f"  gold {n['gold']}  ours {n['system']}  P {n['p']:.3f}  R {n['r']:.3f}  F1 {n['f1']:.3f}"
            f"  ({n['unjudged']} of ours inside a gold participant but off its named head, not scored)",
            "  recall by gold tag:",
        ]
        for tag, row in n["recall_by_tag"].items():
            lines.append(f"    {tag:<10} {row['found']:>5} of {row['gold']:>5}  R {row['r']:.3f}")
        lines.append("  precision by our type:")
        for kind, row in n["precision_by_type"].items():
            lines.append(f"    {kind:<10} {row['right']:>5} of {row['system']:>5}  P {row['p']:.3f}")
        lines.append("\ncross-document entity coreference over the named participants we found, F1:")
        lines.append("  setting      system            mentions  MUC    B3     CEAF-e CoNLL")
        for setting, systems in self.entity_coreference.items():
            for system, s in systems.items():
                lines.append(
                    f"  {setting:<12} {system:<17} {s['key_mentions']:>8.0f}  "
                    f"{s['muc_f1']:.3f}  {s['b3_f1']:.3f}  {s['ceafe_f1']:.3f}  {s['conll_f1']:.3f}"
                )
        return lines


def parse_topics(text: str) -> list[int]:
    """Topic numbers from ranges and lists: '1-25', '3,5,7-9'."""
    topics: set[int] = set()
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if match is None:
            raise OptionError(f"--topics: {part.strip()!r} is not a topic number or range (e.g. 1-25,30)")
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first:
            raise OptionError(f"--topics: the range {part.strip()!r} runs backwards")
        topics.update(range(first, last + 1))
    return sorted(topics)


def format_topics(topics: Iterable[int]) -> str:
    """'1-3,5': the inverse of :func:`parse_topics`."""
    runs: list[list[int]] = []
    for topic in sorted(topics):
        if runs and topic == runs[-1][1] + 1:
            runs[-1][1] = topic
        else:
            runs.append([topic, topic])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def read_ecbplus(
    folder: str | Path, topics: Sequence[int] | None = None
) -> tuple[list[EcbDocument], list[str]]:
    """The ECB+ documents under ``folder`` (of ``topics`` only, if given), and the files that
    could not be read, each with the reason.

    ``ECBplus_coreference_sentences.csv`` is looked for under ``folder``, then in the folders
    above it, so that one topic's folder can be scored on its own.
    """
    folder = Path(folder)
    paths = [path for path in sorted(folder.rglob("*.xml")) if _DOCUMENT_NAME.match(path.name)]
    if topics is not None:
        wanted = set(topics)
        paths = [path for path in paths if _topic(path) in wanted]
    if not paths:
        which = f" of topics {format_topics(topics)}" if topics else ""
        raise BenchmarkDataError(f"no ECB+ documents (<topic>_<n>ecb[plus].xml){which} under {folder}")
    scored = _read_scored_sentences(folder)
    paths.sort(key=lambda path: (_topic(path), _document_order(path)))
    documents, skipped = [], []
    for path in paths:
        try:
            documents.append(_read_document(path, scored.get(path.stem, frozenset())))
        except (ET.ParseError, ValueError) as error:
            skipped.append(f"{path}: {error}")
    return documents, skipped


def _topic(path: Path) -> int:
    return int(path.name.split("_", 1)[0])


def _document_order(path: Path) -> tuple[bool, int]:
    half, number = re.match(r"\d+_(\d+)(ecb|ecbplus)", path.name).group(2, 1)
    return half == "ecbplus", int(number)


def _read_scored_sentences(folder: Path) -> dict[str, frozenset[int]]:
    resolved = folder.resolve()
    found = sorted(resolved.rglob(SENTENCES_FILE)) or [
        parent / SENTENCES_FILE for parent in resolved.parents if (parent / SENTENCES_FILE).is_file()
    ]
    if not found:
        raise BenchmarkDataError(
            f"no {SENTENCES_FILE} under or above {folder}: nothing tells which sentences to score"
        )
    sentences: dict[str, set[int]] = defaultdict(set)
    with found[0].open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            try:
                sentences[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
            except (KeyError, TypeError, ValueError) as error:
                raise BenchmarkDataError(
                    f"{found[0]}: a row without Topic, File and Sentence Number ({error})"
                ) from None
    return {name: frozenset(numbers) for name, numbers in sentences.items()}


def _read_document(path: Path, scored: frozenset[int]) -> EcbDocument:
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    if not tokens:
        raise ValueError("no tokens")
    if path.stem.endswith("ecbplus"):
        # Sentence 0 of the ECB+ half is the URL the page was found at.
        tokens = [token for token in tokens if token.get("sentence") != "0"]
    body = ET.Element("Document")
    body.extend(tokens)
    text, spans, sentence_starts = meantime_text(body)
    sentence_of = {token.get("t_id", ""): int(token.get("sentence", "0")) for token in tokens}
    clusters = _gold_clusters(root, path.stem)
    mentions, participants = [], []
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        event = element.tag.startswith(_EVENT_TAGS)
        if not (event or element.tag.startswith(_PARTICIPANT_TAGS)):
            continue
        ids = [a.get("t_id", "") for a in element.iter("token_anchor") if a.get("t_id") in spans]
        if not ids:  # an instance's descriptor, not a mention in the text
            continue
        sentence = sentence_of[ids[0]]
        if sentence not in scored:
            continue
        m_id = element.get("m_id", "")
        mention_id = f"{path.stem}#{m_id}"
        where = (
            mention_id,
            frozenset(ids),
            min(spans[i][0] for i in ids),
            max(spans[i][1] for i in ids),
            sentence,
            clusters.get(m_id, mention_id),
        )
        if event:
            mentions.append(GoldEventMention(*where))
        else:
            participants.append(GoldParticipant(*where, element.tag))
    mentions.sort(key=lambda mention: (mention.start, mention.end, mention.id))
    participants.sort(key=lambda mention: (mention.start, mention.end, mention.id))
    return EcbDocument(
        path.stem,
        str(path),
        _topic(path),
        text,
        spans,
        sentence_starts,
        scored & set(sentence_starts),
        mentions,
        participants,
    )


def _gold_clusters(root: ET.Element, name: str) -> dict[str, str]:
    """Mention id -> gold cluster: its cross-document instance, else its chain in the document."""
    clusters: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is None:
        return clusters
    for link in relations.iter("INTRA_DOC_COREF"):
        for source in link.iter("source"):
            clusters[source.get("m_id", "")] = f"{name}#chain-{link.get('r_id', '')}"
    for link in relations.iter("CROSS_DOC_COREF"):
        for source in link.iter("source"):
            clusters[source.get("m_id", "")] = link.get("note") or f"{name}#instance-{link.get('r_id', '')}"
    return clusters


def parse_heads(documents: Sequence[EcbDocument], model: str | None = None) -> None:
    """Give each gold mention its head, from our pipeline's parse of the mention's sentence:
    the mention's token whose syntactic head lies outside the mention. An event mention gets
    the head's lemma and part of speech; a participant the head's characters and whether it
    is a proper noun."""
    from graphbuild import nlp as nlp_stage

    sentences = sorted(
        {(doc.name, mention.sentence) for doc in documents for mention in [*doc.mentions, *doc.participants]}
    )
    by_name = {doc.name: doc for doc in documents}
    texts = [by_name[name].sentence_text(sentence) for name, sentence in sentences]
    # The plain parse of each sentence: which gold participants are named must not move with
    # graphbuild's own reading of headlines.
    parsed = nlp_stage.parse(nlp_stage.load(model), (text for _, text in texts), headlines=False)
    for (name, sentence), (offset, _), doc in zip(sentences, texts, parsed, strict=True):
        document = by_name[name]
        for mention in [*document.mentions, *document.participants]:
            if mention.sentence != sentence:
                continue
            spans = [document.spans[token] for token in mention.tokens]
            inside = [
                token
                for token in doc
                if any(
                    start < offset + token.idx + len(token) and offset + token.idx < end
                    for start, end in spans
                )
            ]
            if not inside:
                continue
            head = next(
                (token for token in inside if token.head not in inside or token.head == token), inside[0]
            )
            if isinstance(mention, GoldParticipant):
                mention.head_start = offset + head.idx
                mention.head_end = mention.head_start + len(head)
                # Our parsers tag a lower-case "rehab" as a proper noun now and then.
                mention.proper = head.pos_ == "PROPN" and any(ch.isupper() for ch in head.text)
            else:
                mention.lemma = head.lemma_.lower()
                mention.pos = POS_GROUPS.get(head.pos_, "other")


def build_articles(documents: Sequence[EcbDocument], model: str | None, cache: Path):
    """The one place that runs the pipeline: a build of ``documents`` through its public entry
    point, and our event mentions of each article (see :func:`_event_mentions`)."""
    from graphbuild.model import Article
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from

    # New Article objects per build: merging may set an inferred publication date on them.
    articles = [Article(doc.name, doc.path, doc.text) for doc in documents]
    result = build_from(articles, BuildOptions(model=model, cache=cache))
    return result, {analysis.article.id: analysis.events for analysis in result.analyses}


def _words(found: Sequence) -> list[tuple[int | None, str]]:
    """Where each word of an article's event mentions stands, and its lemma: each mention's
    trigger, then its other words for the same happening (``coreferent``)."""
    return [
        word for mention in found for word in [(mention.trigger_start, mention.lemma), *mention.coreferent]
    ]


def _event_mentions(events, mentions: dict[str, list]) -> dict[tuple[str, int], str]:
    """(article, index of the word in :func:`_words` of its analysis) -> the id of the merged
    event it is in, from where each event's triggers stand."""
    event_at = {position: event.id for event in events for position in event.triggers}
    return {
        (article, index): event_at[article, start]
        for article, found in mentions.items()
        for index, (start, _) in enumerate(_words(found))
        if (article, start) in event_at
    }


def evaluate_ecbplus(
    folder: str | Path,
    topics: Sequence[int] | None = None,
    model: str | None = None,
    log: Callable[[str], None] | None = None,
) -> EcbReport:
    """Build the ECB+ documents under ``folder`` all at once and per topic, and score both."""
    from graphbuild import nlp as nlp_stage

    say = log or (lambda message: None)
    documents, skipped = read_ecbplus(folder, topics)
    nlp_stage.load(model)  # before the clock starts, as every benchmark does
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    parse_heads(documents, model)
    seconds["gold heads"] = time.perf_counter() - started
    by_topic: dict[int, list[EcbDocument]] = defaultdict(list)
    for doc in documents:
        by_topic[doc.topic].append(doc)
    with tempfile.TemporaryDirectory() as folder_for_cache:
        # The per-topic builds read the analyses of the first build from this cache: only
        # linking and merging run again.
        cache = Path(folder_for_cache) / "analyses.sqlite"
        say(f"building {len(documents)} ECB+ documents at once")
        started = time.perf_counter()
        result, mentions = build_articles(documents, model, cache)
        seconds["build all at once"] = time.perf_counter() - started
        skipped += [f"{item.path}: {item.reason}" for item in result.skipped]
        owner = {"all at once": _event_mentions(result.events, mentions)}
        entity_of = {"all at once": result.mention_entity, "per topic": {}}
        say(f"building {len(by_topic)} topics one by one")
        started = time.perf_counter()
        owner["per topic"] = {}
        for topic_documents in by_topic.values():
            topic_result, _ = build_articles(topic_documents, model, cache)
            owner["per topic"].update(_event_mentions(topic_result.events, mentions))
            entity_of["per topic"].update(topic_result.mention_entity)
        seconds["builds per topic"] = time.perf_counter() - started
    started = time.perf_counter()
    ours = _our_mentions(documents, mentions)
    coreference = {
        setting: _score_setting(documents, ours, owner[setting], per_topic=setting == "per topic")
        for setting in SETTINGS
    }
    detection = score_detection(documents, ours)
    merged = _merged_events(result.events, documents, mentions, owner["all at once"])
    entities = {analysis.article.id: analysis.entities for analysis in result.analyses}
    participants = score_participants(documents, entities)
    entity_coreference = {
        setting: _score_entities(documents, entities, entity_of[setting], per_topic=setting == "per topic")
        for setting in SETTINGS
    }
    seconds["scoring"] = time.perf_counter() - started
    seconds["total"] = sum(seconds.values())
    return EcbReport(
        len(documents),
        sorted(by_topic),
        detection,
        coreference,
        merged,
        seconds,
        skipped,
        participants,
        entity_coreference,
    )


def _tag_group(tag: str) -> str:
    return "location" if tag.startswith("LOC_") else "non-human" if tag.startswith("NON_") else "human"


def _touches(mention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end


def _named(doc: EcbDocument) -> list[GoldParticipant]:
    return [p for p in doc.participants if p.proper and p.head_start >= 0]


def _scored_entities(doc: EcbDocument, entities: Sequence) -> list[tuple[int, object]]:
    """(index in the analysis, mention) of our entity mentions in the scored sentences."""
    return [(index, m) for index, m in enumerate(entities) if doc.sentence_at(m.start) in doc.scored]


def _on_head(gold: GoldParticipant, ours: list[tuple[int, object]]) -> tuple[int, object] | None:
    """Of our mentions on the gold mention's head, the one that covers most of the mention."""
    on_head = [item for item in ours if _touches(item[1], gold.head_start, gold.head_end)]
    return max(
        on_head,
        key=lambda item: (min(gold.end, item[1].end) - max(gold.start, item[1].start), -item[0]),
        default=None,
    )


def score_participants(documents: Sequence[EcbDocument], entities: dict[str, Sequence]) -> dict:
    """Our entity mentions against the gold named participants (see the module's docstring)."""
    gold = found = system = right = unjudged = 0
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        named = _named(doc)
        ours = _scored_entities(doc, entities.get(doc.name, ()))
        for _, mention in ours:
            if any(_touches(mention, p.head_start, p.head_end) for p in named):
                by_type[mention.type].update(system=1, right=1)
            elif any(_touches(mention, p.start, p.end) for p in doc.participants):
                unjudged += 1
            else:
                by_type[mention.type].update(system=1)
        for participant in named:
            hit = _on_head(participant, ours) is not None
            by_tag[_tag_group(participant.tag)].update(gold=1, found=hit)
            gold += 1
            found += hit
    system = sum(row["system"] for row in by_type.values())
    right = sum(row["right"] for row in by_type.values())
    return {
        **_detection_scores(gold, system, right, found),
        "unjudged": unjudged,
        "recall_by_tag": _recall_by(by_tag, ("human", "non-human", "location")),
        "precision_by_type": {
            kind: {
                "system": row["system"],
                "right": row["right"],
                "p": row["right"] / row["system"] if row["system"] else 0.0,
            }
            for kind, row in sorted(by_type.items())
        },
    }


def _score_entities(
    documents: Sequence[EcbDocument],
    entities: dict[str, Sequence],
    entity_of: dict[tuple[str, int], str],
    per_topic: bool,
) -> dict[str, dict[str, float]]:
    """Cross-document entity coreference over the gold named participants we found: ours (the
    linked entity), one cluster per folded name as written, and every mention alone."""
    gold: dict[str, str] = {}
    predicted: dict[str, dict[str, str]] = {"graphbuild": {}, "same name": {}, "singletons": {}}
    for doc in documents:
        scope = f"{doc.topic}:" if per_topic else ""
        ours = _scored_entities(doc, entities.get(doc.name, ()))
        for participant in _named(doc):
            hit = _on_head(participant, ours)
            if hit is None:
                continue
            index, mention = hit
            gold[participant.id] = participant.cluster
            predicted["graphbuild"][participant.id] = entity_of.get((doc.name, index), participant.id)
            predicted["same name"][participant.id] = f"{scope}{fold(mention.text)}"
            predicted["singletons"][participant.id] = participant.id
    key = clusters_of(gold)
    return {
        system: {"key_mentions": len(gold)} | scores(key, clusters_of(labels))
        for system, labels in predicted.items()
    }


def _our_mentions(documents: Sequence[EcbDocument], mentions: dict[str, list]) -> dict[str, list[OurMention]]:
    """Our event mentions of each document that stand in a scored sentence, in text order: the
    triggers and the other words for their happenings."""
    ours: dict[str, list[OurMention]] = {}
    for doc in documents:
        found = []
        for index, (start, lemma) in enumerate(_words(mentions.get(doc.name, []))):
            if start is None or doc.sentence_at(start) not in doc.scored:
                continue
            found.append(OurMention(doc.name, index, start, doc.token_at(start), lemma))
        ours[doc.name] = sorted(found, key=lambda m: (m.trigger_start, m.index))
    return ours


def _matches(doc: EcbDocument, ours: list[OurMention]) -> dict[str, OurMention]:
    """Gold mention id -> the first of our mentions whose trigger token lies inside it."""
    matched = {}
    for gold in doc.mentions:
        first = next((mention for mention in ours if mention.token in gold.tokens), None)
        if first is not None:
            matched[gold.id] = first
    return matched


def score_detection(documents: Sequence[EcbDocument], ours: dict[str, list[OurMention]]) -> dict:
    gold = system = right = found = 0
    by_pos: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        gold_tokens = {token for mention in doc.mentions for token in mention.tokens}
        mine = ours[doc.name]
        system += len(mine)
        right += sum(mention.token in gold_tokens for mention in mine)
        matched = _matches(doc, mine)
        for mention in doc.mentions:
            gold += 1
            found += mention.id in matched
            by_pos[mention.pos].update(gold=1, found=mention.id in matched)
    return {
        "scored_sentences": sum(len(doc.scored) for doc in documents),
        **_detection_scores(gold, system, right, found),
        "recall_by_pos": _recall_by(by_pos, ("verb", "noun", "adjective", "other")),
    }


def _detection_scores(gold: int, system: int, right: int, found: int) -> dict:
    """Counts with precision (``right`` of ``system``), recall (``found`` of ``gold``) and F1."""
    p = right / system if system else 0.0
    r = found / gold if gold else 0.0
    return {
        "gold": gold,
        "system": system,
        "right": right,
        "found": found,
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
    }


def _recall_by(counts: Mapping[str, Counter], groups: tuple[str, ...]) -> dict:
    """Recall within each group of gold mentions (by part of speech, by participant kind)."""
    return {
        group: {
            "gold": counts[group]["gold"],
            "found": counts[group]["found"],
            "r": counts[group]["found"] / counts[group]["gold"] if counts[group]["gold"] else 0.0,
        }
        for group in groups
    }


def _score_setting(
    documents: Sequence[EcbDocument],
    ours: dict[str, list[OurMention]],
    owner: dict[tuple[str, int], str],
    per_topic: bool,
) -> dict[str, dict[str, dict[str, float]]]:
    """Ours and the two baselines, in the three protocols, for one setting."""
    gold: dict[str, str] = {}
    found_gold: dict[str, str] = {}
    # Gold mention id -> label, for each system: ours (the merged event), the lemma baseline.
    ours_on_gold: dict[str, str] = {}
    lemma_on_gold: dict[str, str] = {}
    predicted: dict[str, dict[str, str]] = {"graphbuild": {}, "same head lemma": {}, "singletons": {}}
    for doc in documents:
        scope = f"{doc.topic}:" if per_topic else ""
        matched = _matches(doc, ours[doc.name])
        stands_for = {}
        for mention in doc.mentions:
            gold[mention.id] = mention.cluster
            lemma_on_gold[mention.id] = f"{scope}{mention.lemma}" if mention.lemma else mention.id
            if mention.id in matched:
                ours_mention = matched[mention.id]
                found_gold[mention.id] = mention.cluster
                ours_on_gold[mention.id] = owner.get((doc.name, ours_mention.index), mention.id)
                stands_for.setdefault((doc.name, ours_mention.index), mention.id)
        for mention in ours[doc.name]:
            key = (doc.name, mention.index)
            name = stands_for.get(key, f"{doc.name}@{mention.trigger_start}/{mention.index}")
            predicted["graphbuild"][name] = owner.get(key, name)
            predicted["same head lemma"][name] = f"{scope}{mention.lemma}"
            predicted["singletons"][name] = name

    def restricted(labels: dict[str, str], items) -> dict[str, str]:
        return {item: labels[item] for item in items}

    found = list(found_gold)
    gold_key = _without_singletons(clusters_of(gold))
    systems = {
        "graphbuild": {
            "a": (clusters_of(found_gold), clusters_of(ours_on_gold)),
            "a+": (clusters_of(gold), clusters_of({item: ours_on_gold.get(item, item) for item in gold})),
        },
        "same head lemma": {
            "a": (clusters_of(found_gold), clusters_of(restricted(lemma_on_gold, found))),
            "a+": (clusters_of(gold), clusters_of(lemma_on_gold)),
        },
        "singletons": {
            "a": (clusters_of(found_gold), clusters_of({item: item for item in found})),
            "a+": (clusters_of(gold), clusters_of({item: item for item in gold})),
        },
    }
    for system, protocols in systems.items():
        protocols["b"] = (gold_key, _without_singletons(clusters_of(predicted[system])))
    return {
        system: {
            protocol: {"key_mentions": sum(map(len, key)), "response_mentions": sum(map(len, response))}
            | scores(key, response)
            for protocol, (key, response) in protocols.items()
        }
        for system, protocols in systems.items()
    }


def _without_singletons(partition: list[frozenset]) -> list[frozenset]:
    return [cluster for cluster in partition if len(cluster) > 1]


def _merged_events(events, documents, mentions, owner) -> dict:
    """How many merged events span topics, and the largest ones by mentions."""
    topic_of = {doc.name: doc.topic for doc in documents}
    size = Counter(owner.values())
    records = []
    for event in events:
        articles = {source.article for source in event.sources}
        topics = sorted({topic_of[article] for article in articles})
        records.append(
            {
                "id": event.id,
                "label": event.label,
                "mentions": size[event.id],
                "sources": len(event.sources),
                "articles": len(articles),
                "topics": topics,
            }
        )
    placed = sum(len(_words(found)) for found in mentions.values())
    spanning = [record for record in records if len(record["topics"]) > 1]
    return {
        "events": len(events),
        "cross_topic": len(spanning),
        "cross_topic_events": sorted(spanning, key=lambda record: record["id"]),
        "unresolved_mentions": placed - len(owner),
        "largest": sorted(records, key=lambda record: (-record["mentions"], record["id"]))[:LARGEST],
    }
