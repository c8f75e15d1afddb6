"""The text of an event: a short readable label, the quote of a statement, its keywords.

A label is the sentence's own words, in their order and with their own spacing: a verb's is
who did it and what follows the verb in its clause ("NATO nations pledged new battle tanks last
week"); a verb that describes a noun reads as its phrase ("new battle tanks pledged by NATO
nations last week"); an event noun's is the clause it stands in, as far as it leads to the noun
("two men were arrested following the robbery"), or its phrase as written where no verb governs
it ("Russia's Feb. 24 invasion"); a statement's quote is what was said, in quotation marks or not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from graphbuild.events.clauses import SUBJECTS, clause_tokens, is_active_purpose, subject_of
from graphbuild.events.datelines import dateline_tokens
from graphbuild.syntax import FINITE_TAGS

__all__ = ["event_keywords", "event_label", "statement_quote"]

_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
# Labels are cut after this many words, with "…".
_LIMIT = 20
# What a label too long may lose whole, from its end: adjuncts and joined clauses; and the
# fewest words it keeps doing so.
_ADJUNCTS = {"prep", "advcl", "advmod", "npadvmod", "conj", "parataxis", "acl", "relcl", "appos"}
_SHORTEST = 5
# A name may stand for these subjects without breaking the verb's agreement ("it has" ->
# "Moscow has"); for "they", "we", "I" or "you" it would ("Moscow have"), unless the verb has
# one form for every person (past tense, modal).
_SINGULAR_PRONOUNS = {"he", "she", "it"}
_AGREEMENT_FREE_TAGS = {"VBD", "MD"}
_BE_PAST_PLURAL = {"were"}
# Subject parts a label leaves out: who someone is, and clauses about the subject.
_SUBJECT_ASIDES = {"appos", "relcl", "acl", "advcl", "parataxis"}
# What a noun's phrase may say of it by the way (see _by_the_way), set off by one of these.
_BY_THE_WAY = {"appos", "relcl"}
_ASIDE_OPENERS = {",", ":", "—", "–", "("}
_PLACE_TYPES = {"GPE", "LOC"}
# The objects of a verb that a noun's label keeps when they are this short (see _noun_label).
_OBJECTS = {"dobj", "dative", "attr", "acomp", "oprd", "prt"}
_SHORT_OBJECT = 6
# A verb's children that are clauses or links of their own, not what the verb says.
_NOT_BETWEEN = {"advcl", "ccomp", "conj", "parataxis", "cc", "mark", "nsubj", "nsubjpass"}
# What a label never ends with.
_DANGLING = " ,;:-–—/(“‘\"'"
_END_PUNCT = ".,;:!?-–—"
_CLOSING_AFTER_COMMA = re.compile(r"[,;:]([”’\"])$")
# Words a label never ends with: "and", "that", a clitic left of its word ("’s").
_TRAILING_DEPS = {"cc", "mark", "punct", "det"}


def event_label(
    predicate: Token, agent: str | None, own: set[int], content: set[int], quote: str | None
) -> str:
    """The event's label: its noun phrase, the phrase a describing verb stands for, or who
    did what for a predicate; ``agent`` names the doer, ``quote`` is what a statement says."""
    # "CLEVELAND — The Browns suspended ...": the dateline is no part of what happened.
    dateline = dateline_tokens(predicate.sent)
    own, content = own - dateline, content - dateline
    if predicate.pos_ == "NOUN":
        return _noun_label(predicate, own)
    if predicate.dep_ in ("acl", "relcl"):
        return _modifier_label(predicate, own)
    return _clause_label(predicate, agent, own, content, quote)


def statement_quote(sentence: Span, content: set[int]) -> str | None:
    """What a statement says: the quoted words of its sentence, else its content clause."""
    quoted = _QUOTE.findall(sentence.text)
    if quoted:
        return " ".join(part.strip(" ,") for part in quoted)
    content = content - dateline_tokens(sentence)
    if content:
        tokens = sorted(content)
        text = sentence.doc[tokens[0] : tokens[-1] + 1].text
        return re.sub(r"^(that)\s+", "", text).strip(" ,.")
    return None


def event_keywords(sentence: Span, predicate: Token, about: set[int]) -> frozenset[str]:
    """The lemmas of the content words among the tokens ``about``, but for names and the trigger."""
    return frozenset(
        token.lemma_.lower()
        for token in sentence
        if token.i in about
        and token.pos_ in ("NOUN", "VERB", "ADJ", "NUM")
        and not token.is_stop
        and token.i != predicate.i
        and token.is_alpha
        and not token.ent_type_
    )


def render(doc: Doc, indices: set[int] | list[int], limit: int = _LIMIT) -> str:
    """The tokens at ``indices`` as written: each run of adjacent tokens with its own spacing,
    runs apart joined by one space, cut after ``limit`` words with "…", no dangling punctuation.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia's troops, it said, advanced.")
    >>> render(doc, [0, 1, 2, 7, 8])
    "Russia's troops advanced"
    """
    runs: list[list[Token]] = []
    for i in sorted(set(indices)):
        if runs and runs[-1][-1].i == i - 1:
            runs[-1].append(doc[i])
        else:
            runs.append([doc[i]])
    pieces, words, cut = [], 0, False
    for run in runs:
        run = _trim_punct(run)
        kept = []
        for token in run:
            if not token.is_punct:
                if words == limit:
                    cut = True
                    break
                words += 1
            kept.append(token)
        kept = _trim_punct(kept)
        if kept:
            piece = "".join(token.text_with_ws for token in kept).strip()
            # A clitic ("’s") stays joined to the word before it, even across a gap.
            if pieces and _is_clitic(kept[0]):
                pieces[-1] += piece
            else:
                pieces.append(piece)
        if cut:
            break
    text = " ".join(pieces).rstrip(_DANGLING)
    while text and text[-1] in _END_PUNCT and not _ends_with_abbreviation(text):
        text = text[:-1].rstrip(_DANGLING)
    text = _balance_brackets(_CLOSING_AFTER_COMMA.sub(r"\1", text))
    if cut:
        text = text.rstrip(_END_PUNCT + _DANGLING) + "…"
    return text


def _trim_punct(run: list[Token]) -> list[Token]:
    """A run without punctuation at either edge, but for a closing bracket or quote it opened,
    and without a joining word or clitic at its end ("joined the band and ’s")."""
    start, end = 0, len(run)
    while start < end and _is_punct(run[start]):
        start += 1
    while end > start and (
        (_is_punct(run[end - 1]) and not _closes(run[start : end - 1], run[end - 1]))
        or (run[end - 1].dep_ in _TRAILING_DEPS and not run[end - 1].is_punct)
        or _is_clitic(run[end - 1])
    ):
        end -= 1
    return run[start:end]


def _is_punct(token: Token) -> bool:
    """Punctuation, but not a sign of the number it follows ("rose 1.2%")."""
    if not token.is_punct:
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.pos_ == "PUNCT" or previous is None or not previous.like_num or bool(previous.whitespace_)


def _is_clitic(token: Token) -> bool:
    """ "’s", "n't": a word spaCy split off the one before it."""
    return (
        token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and (token.text[:1] in "'’" or token.lower_ == "n't")
    )


def _closes(before: list[Token], token: Token) -> bool:
    pairs = {")": "(", "]": "[", "”": "“", "’": "‘"}
    opener = pairs.get(token.text)
    return opener is not None and any(t.text == opener for t in before)


def _ends_with_abbreviation(text: str) -> bool:
    """'U.S.': a period that belongs to its word (a label needs no full stop)."""
    last = text.rsplit(" ", 1)[-1]
    return text.endswith(".") and last.count(".") > 1


def _balance_brackets(text: str) -> str:
    for opener, closer in (("(", ")"), ("[", "]")):
        if text.count(opener) > text.count(closer):
            text = text[: text.rindex(opener)].rstrip(_DANGLING)
    return text


def _verb_group(verb: Token) -> list[int]:
    """The auxiliaries and negation before a verb ("have not been"), not its "to", nor one
    before its subject outside a question (the parser's: "we will win,” Trump tweeted")."""
    subject = next((child.i for child in verb.children if child.dep_ in SUBJECTS), -1)
    question = verb.sent.text.rstrip(" ”’\"'").endswith("?")
    return [
        child.i
        for child in verb.children
        if child.dep_ in ("aux", "auxpass", "neg")
        and child.i < verb.i
        and child.tag_ != "TO"
        and (question or child.i > subject)
    ]


def _words_between(head: Token, verb: Token) -> list[int]:
    """What the head says before the verb that hangs from it, its clauses left out: "defeated
    Petrov and Ivanov" (to seal the win), "returned to the stage" (to reveal it), "held on"."""
    return [
        token.i
        for child in head.children
        if head.i < child.i < verb.i and child.dep_ not in _NOT_BETWEEN
        for token in child.subtree
        if token.i < verb.i
    ]


def _subject_words(subject: Token) -> set[int]:
    """The subject's phrase without its asides ("Jeffrey Halley, a market analyst, said") and
    without a "whose" that ties it to a noun of the clause before."""
    words = {subject.i}
    stack = list(subject.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _SUBJECT_ASIDES and (token.dep_ != "appos" or _by_the_way(token)):
            continue
        # "whose A380 flew": the relative word points back into the sentence, not into the label.
        if token.tag_ == "WP$":
            continue
        words.add(token.i)
        stack.extend(token.children)
    return words


def _by_the_way(token: Token) -> bool:
    """A relative clause or apposition set off by a comma, a dash or a bracket, but neither the
    name of a noun that has none nor the region of a place: "Jeffrey Halley, a market
    analyst," and "Jan Roe, 33," are asides; "my friend Helen", "the chairman, Peter Lang,"
    and "McAllen, Texas" say who or where it is."""
    head = token.head
    if token.dep_ == "appos":
        described = head.pos_ == "NOUN" and any(child.dep_ in ("det", "poss") for child in head.children)
        if (token.pos_ == "PROPN" and described) or (
            token.ent_type_ in _PLACE_TYPES and head.ent_type_ in _PLACE_TYPES
        ):
            return False
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text in _ASIDE_OPENERS


def _asides(predicate: Token) -> set[int]:
    """What the words after the verb say by the way of someone or something ("arrested Jan
    Roe, 33, who lives nearby"; "scored for Ohio, which was looking for a win")."""
    return {
        token.i
        for noun in predicate.subtree
        if noun.i > predicate.i and noun.dep_ in _BY_THE_WAY and _by_the_way(noun)
        for token in noun.subtree
    }


def _agrees(pronoun: Token, finite: Token) -> bool:
    """Whether a name may replace ``pronoun`` before the finite verb ``finite``."""
    if pronoun.lower_ in _SINGULAR_PRONOUNS:
        return True
    return finite.tag_ in _AGREEMENT_FREE_TAGS and finite.lower_ not in _BE_PAST_PLURAL


def _clause_label(
    predicate: Token, agent: str | None, own: set[int], content: set[int], quote: str | None
) -> str:
    """A short readable sentence: who, the verb and what follows it in the clause.

    A pronoun subject is replaced by the agent's name when the verb still agrees; a subject
    after the verb ("said Jeffrey Halley") is put before it; a fronted quote follows the verb.
    """
    doc = predicate.doc
    # "claimed to have annexed", "held on to beat", "captured ... and are trying": a controlled
    # verb or a purpose reads with the verb it hangs from; a joined one borrows its head's
    # auxiliaries if it has none.
    head_words: list[int] = []
    verb_group = _verb_group(predicate)
    own_subject = any(c.dep_ in SUBJECTS for c in predicate.children)
    controlled = predicate.dep_ == "xcomp" and not own_subject
    if controlled or is_active_purpose(predicate):
        head = predicate.head
        head_words = [*_verb_group(head), head.i, *_words_between(head, predicate)]
        verb_group += [c.i for c in predicate.children if c.tag_ == "TO" and c.i < predicate.i]
    elif predicate.dep_ == "conj" and not verb_group and predicate.tag_ not in FINITE_TAGS:
        # "were treated well and asked their families": a finite verb has its own tense.
        head_words = [i for i in _verb_group(predicate.head) if doc[i].dep_ != "neg"]
    subject = subject_of(predicate)
    subject_words = _subject_words(subject) if subject is not None else set()
    # The subject's words, but for the clause of this verb ("Boeing, which plans to launch").
    whole_subject = set()
    if subject is not None:
        whole_subject = {t.i for t in subject.subtree}
        if subject in predicate.ancestors:
            whole_subject -= {t.i for t in predicate.subtree}
    after = {i for i in own | content if i >= predicate.i and i not in whole_subject} - _asides(predicate)
    body = {*head_words, *verb_group, predicate.i, *after}
    finite = doc[min(body)]
    room = _LIMIT
    who = ""
    if subject is not None:
        # "it's": a pronoun joined to its verb stays ("Colorado 's" would not read).
        if subject.pos_ == "PRON" and agent and _agrees(subject, finite) and subject.whitespace_:
            who = agent
        elif subject.i < predicate.i:
            # The subject before its verb (or inside its verb group: "Has Kansas City won") is
            # read with it, in order, spacing and all.
            body |= subject_words
        elif subject.pos_ != "PRON":
            who = render(doc, subject_words, limit=8)
    elif agent and predicate.dep_ != "xcomp":
        who = agent
    start = doc[min(body)]
    if _is_clitic(start):
        # "It’s time": a clitic reads with the word it was split from, not after a name.
        body.add(start.i - 1)
        who = ""
    room = max(room - len(who.split()), 6)
    body = _without_trailing_phrases(predicate, body, room)
    text = " ".join(part for part in (who, render(doc, body, limit=room)) if part)
    if quote and content and all(i < predicate.i for i in content):
        text = f"{text}: “{_cut_quote(quote)}”"
    return _capitalised(text)


def _cut_quote(quote: str) -> str:
    words = quote.split()
    short = " ".join(words[:_LIMIT]).rstrip(_END_PUNCT + _DANGLING)
    return short + "…" if len(words) > _LIMIT else short


def _modifier_label(verb: Token, own: set[int]) -> str:
    """A verb that describes a noun, as its phrase: "new battle tanks pledged by NATO nations
    last week"."""
    doc = verb.doc
    head = verb.head
    first = head.left_edge.i
    while first < head.i and doc[first].dep_ in ("det", "punct", "predet"):
        first += 1
    noun = {i for i in range(first, head.i + 1) if doc[i].dep_ not in _SUBJECT_ASIDES}
    return _capitalised(render(doc, noun | {verb.i} | {i for i in own if i > head.i}))


def _noun_label(noun: Token, own: set[int]) -> str:
    """The event noun read in the clause it stands in, as far as that clause leads to it: who,
    the verb, the words that lead to the noun, and the noun's phrase ("Two men were arrested
    following the robbery at a petrol station", "Police foiled the attack on the embassy").
    A noun that no verb governs (a headline's "Russia's Feb. 24 invasion") is its phrase."""
    doc = noun.doc
    first, last = min(own), max(own)
    verb = _governing_verb(noun)
    path = _path_to(noun, verb) if verb is not None else set()
    # "as the anniversary of Russia's invasion looms": a clause about another noun tells that
    # noun, not this one (but for how long before or after: "days after his remarks").
    if verb is None or any(_other_noun(doc[i], noun) for i in path):
        while first < last and doc[first].dep_ in ("det", "punct"):
            first += 1
        return _capitalised(render(doc, range(first, last + 1)))
    phrase = set(range(first, last + 1))
    body = {*phrase, *path, *_verb_group(verb), verb.i, *_short_objects(verb)}
    subject = subject_of(verb)
    if subject is not None and noun.i in {t.i for t in subject.subtree}:
        # "The blaze destroyed a warehouse": the noun does the verb; what it did follows.
        body |= {i for i in clause_tokens(verb) if i > verb.i}
    elif subject is not None:
        body |= _subject_words(subject)
    if _word_count(doc, body) > _LIMIT and subject is not None:
        body -= _subject_words(subject) - phrase
    # A comma alone between two parts stays ("During the keynote, Jobs demoed").
    body |= {i for i in range(min(body), max(body)) if doc[i].text == "," and {i - 1, i + 1} <= body}
    return _capitalised(render(doc, body))


def _governing_verb(noun: Token) -> Token | None:
    """The verb of the clause the noun stands in, if any."""
    token = noun
    while token.head.i != token.i:
        token = token.head
        # "following the robbery": a participle that serves as a preposition is no verb here.
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":
            return token
    return None


def _other_noun(token: Token, noun: Token) -> bool:
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ != "npadvmod"
        and token.i != noun.i
        and token.head.dep_ != "npadvmod"
    )


def _path_to(noun: Token, verb: Token) -> set[int]:
    """The words between a verb and a noun under it ("arrested following the robbery"), and
    the determiners of the nouns on the way; a noun the noun is joined to is left out ("after
    the shooting and the riots" reads "after the riots")."""
    path: set[int] = set()
    token = noun
    while token.head.i != verb.i:
        joined = token.dep_ == "conj"
        token = token.head
        if joined:
            continue
        path.add(token.i)
        for child in token.children:
            # "five years after its launch": how long after is part of when.
            if child.dep_ in ("det", "poss", "npadvmod"):
                path |= {t.i for t in child.subtree}
    return path


def _short_objects(verb: Token) -> set[int]:
    """What the verb acts on, when a few words say it: "Police arrested six people during the
    raid" reads better than "Police arrested during the raid"."""
    words: set[int] = set()
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            subtree = {t.i for t in child.subtree}
            if len(subtree) <= _SHORT_OBJECT:
                words |= subtree
    return words


def _without_trailing_phrases(predicate: Token, body: set[int], room: int) -> set[int]:
    """'Apple stepped into gaming earlier this year [with the debut of its Arcade service in
    September]': a label too long for ``room`` words loses its last phrases whole (an adjunct,
    a joined clause), the one nearest the verb first, so that it ends where a phrase does
    rather than cut mid-phrase; never the verb's own words before it, nor its object."""
    doc = predicate.doc
    while _word_count(doc, body) > room:
        last = max(i for i in body if not doc[i].is_punct)
        trailing = [
            token
            for token in predicate.subtree
            if token.i > predicate.i
            and token.dep_ in _ADJUNCTS
            and token.i in body
            and max(t.i for t in token.subtree) >= last
        ]
        if not trailing:
            break
        phrase = min(trailing, key=lambda token: len(list(token.ancestors)))
        shorter = body - {t.i for t in phrase.subtree}
        if _word_count(doc, shorter) < _SHORTEST:
            break
        body = shorter
    return body


def _word_count(doc: Doc, indices: set[int]) -> int:
    return sum(not doc[i].is_punct for i in indices)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
