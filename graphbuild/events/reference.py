"""Who a pronoun or a definite description names, and who tells an event in reported speech.

"he", "it", "they", "the company", "the aircraft": a subject of that kind earlier in its
sentence, else the nearest one there, else the article's protagonist of that kind so far
(:class:`~graphbuild.events.salience.Salience`). The speaker of "Ford said its sales rose"
is Ford, for the rising.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.events.clauses import SUBJECTS, subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.words import (
    ANTECEDENT_TYPES,
    ORG_DESCRIPTIONS,
    PRODUCT_DESCRIPTIONS,
    PRONOUNS,
    TYPE_OF,
)

__all__ = ["antecedent_of", "speaker_of"]


def antecedent_of(context: ArticleContext, subject: Token, sentence: Span) -> int | None:
    """The entity a pronoun or description refers to: a subject of its type earlier in its
    sentence ("Moscow says ... the regions it annexed"), else the nearest of its type there,
    else the previous sentence's subject of its type ("Steve Ballmer praised Jobs. He said"),
    else the article's protagonist of that kind so far.

    An object pronoun never stands for its own verb's subject: in "Ballmer praised Jobs and
    thanked him", "him" is Jobs.
    """
    kind = _antecedent_type(subject)
    if kind is None:
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
    if subjects or earlier:
        return by_root[(subjects or earlier)[-1]]
    previous = _previous_subject(context, sentence, types)
    return previous if previous is not None else context.salience.get(kind)


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
