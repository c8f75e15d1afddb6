"""Who a pronoun or a definite description names, and who tells an event in reported speech.

"he", "it", "they", "the company", "the aircraft": a subject of that kind earlier in its
sentence, else the nearest one there, else the article's protagonist of that kind so far
(:class:`~graphbuild.events.salience.Salience`), of the pronoun's gender where the article
tells it. The speaker of "Ford said its sales rose"
is Ford, for the rising.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from graphbuild.events.clauses import SUBJECTS, subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.words import (
    ANTECEDENT_TYPES,
    COMPANY_POSTS,
    EXTRAPOSING_VERBS,
    GENDERED_PRONOUNS,
    ORG_DESCRIPTIONS,
    PRODUCT_DESCRIPTIONS,
    PRONOUNS,
    TYPE_OF,
)

__all__ = ["antecedent_of", "speaker_of"]

# The tag of a common noun that "it" and "they" may stand for, and where such a noun stands.
_COMMON_NOUN_TAGS = {"THING": "NN", "GROUP": "NNS"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}


def antecedent_of(context: ArticleContext, subject: Token, sentence: Span) -> int | None:
    """The entity a pronoun or description refers to: a subject of its type earlier in its
    sentence ("Moscow says ... the regions it annexed"), else the nearest of its type there,
    else the previous sentence's subject of its type ("Steve Ballmer praised Jobs. He said"),
    else the article's protagonist of that kind so far.

    An object pronoun never stands for its own verb's subject: in "Ballmer praised Jobs and
    thanked him", "him" is Jobs. "he" and "she" never stand for someone the article shows to
    be of the other gender (:mod:`graphbuild.events.gender`).
    """
    if subject.lower_ == "we" and subject.dep_ in SUBJECTS:
        return _speakers_company(context, subject)
    kind = _antecedent_type(subject)
    if kind is None or _stands_for_clause(subject):
        return None
    types = ANTECEDENT_TYPES[kind]
    by_root, entities = context.by_root, context.entities
    doer = subject_of(subject.head) if subject.dep_ in ("dobj", "pobj", "dative") else None
    own_subject = {t.i for t in doer.subtree} if doer is not None else set()
    earlier = [
        i
        for i in range(sentence.start, subject.i)
        if i in by_root and entities[by_root[i]].type in types and i not in own_subject
    ]
    subjects = [i for i in earlier if subject.doc[i].dep_ in SUBJECTS]
    others = [i for i in earlier if i not in subjects]
    # Nearest first: the subjects, or if none the other names, then the previous sentence's
    # subject, then the protagonist; the names after the first are there for "he" and "she"
    # when it is of the other gender (see ``_agreeing``).
    nearest = [by_root[i] for i in [*reversed(subjects), *reversed(others)]]
    if not nearest:
        # "Ivan led that company as it secured new clients": a pronoun names the thing its
        # sentence has just spoken of, even when that has no name here.
        spoken_of = _unnamed_before(subject, sentence, kind)
        if spoken_of is not None:
            return antecedent_of(context, spoken_of, sentence)
    return _agreeing(
        context, GENDERED_PRONOUNS.get(subject.lower_), nearest, _beyond(context, sentence, kind)
    )


def _unnamed_before(pronoun: Token, sentence: Span, kind: str) -> Token | None:
    """The nearest common noun before the pronoun in its sentence that it may stand for: a
    subject or object of the pronoun's number ("it": "the market", "they": "the men")."""
    tag = _COMMON_NOUN_TAGS.get(kind)
    for token in reversed(sentence.doc[sentence.start : pronoun.i]):
        if token.tag_ == tag and token.dep_ in _ARGUMENTS and not token.ent_type_:
            return token
    return None


def _beyond(context: ArticleContext, sentence: Span, kind: str) -> Iterator[int]:
    """Who a pronoun of a kind may stand for outside its sentence, the likeliest first, each
    looked up only when the ones before it are passed over."""
    previous = _previous_subject(context, sentence, ANTECEDENT_TYPES[kind])
    if previous is not None:
        yield previous
    yield from context.salience.ranked(kind)


def _agreeing(
    context: ArticleContext, gender: str | None, nearest: list[int], beyond: Iterable[int]
) -> int | None:
    """The first candidate whose gender may be the pronoun's: of the names of its sentence
    (nearest first), then of those before it. Once one of the other gender is passed over
    ("Smith stabbed his wife. She survived": not Smith), the pronoun may be someone the text
    never names, and beyond its sentence only a name known to be of its gender stands for it."""
    passed_over = False
    for index in nearest:
        known = context.genders.get(index)
        if gender is None or known in (None, gender):
            return index
        passed_over = True
    for index in beyond:
        known = context.genders.get(index)
        if gender is None or known == gender or (known is None and not passed_over):
            return index
        passed_over = passed_over or known is not None
    return None


def _previous_subject(context: ArticleContext, sentence: Span, types: set[str]) -> int | None:
    """The entity of the given types that is the main subject of the sentence before."""
    if sentence.start == 0:
        return None
    # The main clause's subject, not one of a clause inside it; a pronoun there names no one here.
    # Of a statement, what it reports is what the story goes on with: "Airbus said the A380
    # landed in Sydney. It carried 455 passengers."
    root = sentence.doc[sentence.start - 1].sent.root
    if TYPE_OF.get(root.lemma_.lower()) == "statement":
        root = next((child for child in root.children if child.dep_ == "ccomp"), root)
    subject = subject_of(root)
    if subject is None:
        return None
    named = [t.i for t in (subject, *subject.children) if t.i == subject.i or t.dep_ == "appos"]
    index = next((context.by_root[i] for i in named if i in context.by_root), None)
    return index if index is not None and context.entities[index].type in types else None


def speaker_of(context: ArticleContext, predicate: Token) -> str | None:
    """Who tells this event, when it is inside what a statement verb reports: the statement's
    subject ("Ford said its sales rose" -> Ford), named or resolved like a subject pronoun."""
    token = predicate
    while token.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "advcl") and token.head.i != token.i:
        head = token.head
        if token.dep_ in ("ccomp", "parataxis") and TYPE_OF.get(head.lemma_.lower()) == "statement":
            subject = subject_of(head)
            if subject is None:
                return None
            # "Ukraine's defense minister, Oleksii Reznikov, said": the name may be an apposition.
            named = [t.i for t in (subject, *subject.children) if t.i == subject.i or t.dep_ == "appos"]
            index = next((context.by_root[i] for i in named if i in context.by_root), None)
            if index is None:
                index = antecedent_of(context, subject, head.sent)
            if index is not None:
                return context.entities[index].text
            return " ".join(t.text for t in subject.subtree)
        token = head
    return None


def _stands_for_clause(pronoun: Token) -> bool:
    """'It emerged that Sears arranged a job', 'it is expected that the A380 will fly': an "it"
    whose verb's that-clause is what it stands for; "it said that" and "it warned them that"
    tell what someone did."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.i > verb.i:
        return False
    if pronoun.dep_ == "nsubj" and verb.lemma_.lower() not in EXTRAPOSING_VERBS:
        return False
    return any(
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and any(word.dep_ == "mark" and word.lower_ in ("that", "whether", "if") for word in clause.children)
        for clause in verb.children
    )


def _antecedent_type(subject: Token) -> str | None:
    """The type of entity a pronoun or a definite description subject refers back to."""
    if subject.lower_ in PRONOUNS:
        return PRONOUNS[subject.lower_]
    determiners = {child.lower_ for child in subject.children if child.dep_ == "det"}
    if determiners != {"the"}:
        return None
    if subject.lemma_.lower() in ORG_DESCRIPTIONS:
        return "ORG"
    if subject.lemma_.lower() in PRODUCT_DESCRIPTIONS:
        return "PRODUCT"
    return None


def _speakers_company(context: ArticleContext, we: Token) -> int | None:
    """Who "we" is in a quotation: the company of the one who says it. "Northrop Grumman CEO Ron
    Sugar said: 'we hit a home run'" (the company named with the speaker), "Boeing said: 'we
    are disappointed'" (the speaker itself), "'We have reduced our effort,' said spokeswoman
    Sandy Angers" (a company post with no company named: the article's company). A senator's
    or a governor's "we" is their people, whom no name here stands for."""
    text = context.doc.text
    opening = _quote_opening(text, we.idx)
    if opening is None:
        return None
    closing = _quote_closing(text, we.idx)
    sentences = [context.doc.char_span(opening, opening + 1, alignment_mode="expand")]
    if closing is not None:
        sentences.append(context.doc.char_span(closing, closing + 1, alignment_mode="expand"))
    for span in sentences:
        if span is None:
            continue
        for verb in span.sent:
            outside = verb.idx < opening or (closing is not None and verb.idx > closing)
            if outside and verb.pos_ == "VERB" and TYPE_OF.get(verb.lemma_.lower()) == "statement":
                speaker = subject_of(verb)
                if speaker is not None:
                    return _company_of(context, speaker)
    return None


def _company_of(context: ArticleContext, speaker: Token) -> int | None:
    """The organisation a speaker is or speaks for, if the text says so."""
    names = [context.by_root[t.i] for t in speaker.subtree if t.i in context.by_root]
    types = [context.entities[index].type for index in names]
    companies = [index for index, kind in zip(names, types, strict=True) if kind == "ORG"]
    if companies:
        return companies[0]
    posts = {t.lower_ for t in speaker.subtree} & COMPANY_POSTS
    if posts and "PLACE" not in types:
        return context.salience.get("ORG")
    return None


def _quote_opening(text: str, offset: int) -> int | None:
    """Where the quotation around ``offset`` opens, at most a few lines before it and never
    across a blank line (a text of one sentence a line quotes across lines); None outside one."""
    start = _line_start(text, offset)
    before = text[start:offset]
    opened = max(before.rfind("“"), before.rfind("``"))
    closed = max(before.rfind("”"), before.rfind("''"))
    if opened > closed:
        return start + opened
    straight = before.count('"')
    return start + before.rfind('"') if straight % 2 else None


def _quote_closing(text: str, offset: int) -> int | None:
    """Where the quotation around ``offset`` closes, within as many lines."""
    after = text[offset : _line_end(text, offset)]
    found = [index for index in (after.find("”"), after.find("''"), after.find('"')) if index >= 0]
    return offset + min(found) if found else None


# How many lines a quotation may run over.
_QUOTE_LINES = 3


def _line_start(text: str, offset: int) -> int:
    start = offset
    for _ in range(_QUOTE_LINES):
        found = text.rfind("\n", 0, start)
        if found < 0:
            return 0
        if text[found - 1 : found] == "\n" or not text[found + 1 : start].strip():
            return found + 1
        start = found
    return start + 1


def _line_end(text: str, offset: int) -> int:
    end = offset
    for _ in range(_QUOTE_LINES):
        found = text.find("\n", end + 1)
        if found < 0 or text[found + 1 : found + 2] == "\n":
            return len(text) if found < 0 else found
        end = found
    return end
