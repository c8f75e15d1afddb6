"""Whether a predicate tells something that happened: a fact a reader would list.

Not a happening: what the text negates or hedges ("did not sell", "could rise", "if Kyiv
agrees": the modality), what it asks to be done in the subjunctive ("the suggestion that Smith
resign", "requires that it keep $3 million"), and what hangs from such a verb ("would not
[surrender and retreat]", "urged that he offer to [resign]"); a state of mind and what it
holds ("thinks it could succeed", "wants to end his career"), or what a state or an adjective
holds ("a plug which allows the car to pay", "difficult to diagnose"); what was tried, refused
or failed ("failed to reach a deal"); a question; an imperative, which tells the reader what
to do ("Save $21", "Get access to songs"); a copula ("it’s a task"); what "you" do, the
generic reader ("you charge an iPhone with it"), or anyone ("everyone called him Mike"); what
a thing lets someone do in the simple present ("allows the car to authenticate"), a
capability; a gerund that names a kind of doing ("cheaper than getting the Switch"); a saying
after "as" that credits the sentence's news to someone ("as Herbert notes, ..."). A sentence
with a web address in it is a post or a link of the page, one about
"this article" the page speaking of itself, not the story, a label of the page's fields
("Tested by: ...") its furniture, and a reporter handed the word with nothing said ("Lisa
Schlein reports from Geneva.") the broadcast's.

Kept: an infinitive of purpose ("returned to the stage to reveal iCloud") and a first person
outside quotation marks (a letter printed whole), which news tells as done; and what is
expected, allowed, hedged or goes on ("expects to earn", "allowed them to leave", "will likely
trim", "continues to be"), which TimeML tags as events: dropping them lowers our trigger
precision on TimeBank. What is yet to happen stays, marked planned, and is never dated as if
it had happened (graphbuild.events.dating).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.events.clauses import SUBJECTS, has_to, is_purpose
from graphbuild.events.modality import modality_of
from graphbuild.events.states import is_relation, is_state
from graphbuild.events.words import (
    ENABLING_VERBS,
    MINDS,
    MODAL_CONDITIONAL,
    NOT_HAPPENING_HEADS,
    PLANNING_HEADS,
    TYPE_OF,
)
from graphbuild.syntax import read_verb, verb_lemma

__all__ = ["is_happening"]

# The links by which a verb takes its meaning from its head: its object clause or infinitive,
# and a bare verb joined to it ("did not [drop] or [lose] a set").
_CONTENT = ("xcomp", "ccomp")
# "you" the reader, "one", and the pronouns that name anyone of a kind: "everyone called him
# Mike" tells a habit of all, in any tense.
_GENERIC_SUBJECTS = {
    "you", "one", "everyone", "everybody", "anyone", "anybody", "nobody", "whoever",
}  # fmt: skip
_ADDRESSES = ("http://", "https://", "www.", "pic.twitter.com", ".com/")
# What the page says of itself: "contributed to this article", "this story has been updated".
_THIS_PAGE = {"article", "story", "report", "post", "page"}
# The page's stamp of when it was written, with no subject: "Last updated at 14:39 GMT".
_STAMPS = {"update", "post", "publish", "modify"}
# What stands before or around words said: quotation marks, or a colon ("Smith reports: ...").
_QUOTES = ('"', "“", "”", "``", "''", ":")


def is_happening(predicate: Token, modality: str, dated: bool = False) -> bool:
    """Whether the event at ``predicate`` (of modality ``modality``; ``dated``: with a time of
    its own) is told as having happened or as set to happen, not negated, hedged, wished,
    asked or addressed to the reader. A conditional with a time of its own ("would have been
    delivered by 2011") stays, marked conditional: it says when, as a plan does."""
    if modality == "negated" or _copula(predicate):
        return False
    if (modality == "conditional" or _hedged(predicate)) and not dated:
        return False
    if predicate.pos_ == "NOUN":
        return not _furniture(predicate)
    if _a_mind(predicate) or _imperative(predicate) or _generic_subject(predicate) or _subjunctive(predicate):
        return False
    if _furniture(predicate) or _hand_off(predicate) or predicate.sent.text.rstrip().endswith("?"):
        return False
    if _attribution(predicate) and not dated:
        return False
    if _field_label(predicate) or _activity(predicate):
        return False
    return not _under_no_happening(predicate)


def _a_mind(verb: Token) -> bool:
    """A state of mind: "thinks", "is hoping"."""
    return verb_lemma(verb) in MINDS


def _capability(verb: Token, head: Token) -> bool:
    """'a plug which allows the car to pay', 'the platform shows its strength, allowing VW to
    tinker': what a thing lets someone do, in the simple present, is what it can do, no
    happening; and what a purpose would let someone do ("launched to help Microsoft woo
    customers") is aimed at. What was allowed at a time ("allowed them to leave") did happen."""
    infinitive = has_to(verb)
    if verb.dep_ not in _CONTENT and not infinitive or verb.tag_ != "VB":
        return False
    if verb_lemma(head) not in ENABLING_VERBS:
        return False
    if head.tag_ == "VB" and has_to(head):
        return True
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp"):
        head = head.head
    auxiliaries = any(child.dep_ in ("aux", "auxpass") for child in head.children)
    return head.tag_ in ("VBZ", "VBP") and not auxiliaries


def _under_no_happening(predicate: Token) -> bool:
    """A verb whose head, or a head above it, is negated, hedged, a state of mind or a state
    ("a feature which allows the car to pay")."""
    verb = predicate
    while _hangs_from_head(verb):
        head = verb.head
        # "difficult to diagnose", "happy to help": what an adjective says of someone; "due to
        # land" and "likely to win" set out what is to happen. What one is shocked or proud of
        # ("shocked that the Air Force tapped ...") did happen.
        if head.pos_ == "ADJ" and verb.dep_ == "xcomp" and verb.tag_ == "VB":
            return head.lemma_.lower() not in PLANNING_HEADS
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if any(child.dep_ == "neg" for child in head.children) or _hedged(head) or _subjunctive(head):
            return True
        # A purpose is told as done when what it serves was ("held on to beat Detroit",
        # "needed the doubles to clinch the tie"), whatever kind of verb that is.
        if is_purpose(verb) and not _for_to(verb):
            verb = head
            continue
        if _evaluated(verb, head) or _capability(verb, head) or _aim(verb, head):
            return True
        if verb.dep_ in _CONTENT and verb_lemma(head) in NOT_HAPPENING_HEADS:
            return True
        # What a relation shows did happen: "the results showed that sales fell".
        if is_state(head) and not is_relation(head):
            return True
        verb = head
    return False


def _hangs_from_head(verb: Token) -> bool:
    """Whether a verb happens only if its head does: its object clause or infinitive, a bare
    verb joined to it, or a clause of no tense of its own."""
    if verb.dep_ in _CONTENT or verb.dep_ == "conj" and verb.tag_ == "VB":
        return True
    return _for_to(verb) or _subordinate(verb)


def _subordinate(verb: Token) -> bool:
    """'may choose to buy fewer goods, thereby hurting GDP', 'necessary to build a base to send
    astronauts': a participle or an infinitive of purpose has no tense of its own, and
    happens only if what it hangs from does."""
    return verb.dep_ == "advcl" and (verb.tag_ == "VBG" or is_purpose(verb))


def _aim(verb: Token, head: Token) -> bool:
    """'the point was to drive down his popularity', 'the goal is to win': an infinitive after
    "be" says what is aimed at, or was yet to be, not what was done."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and head.lemma_.lower() == "be"
        and has_to(verb)
        # "It is a response to the decision to add ...": the infinitive is the noun's.
        and not any(child.dep_ in ("attr", "acomp") for child in head.children)
    )


def _for_to(verb: Token) -> bool:
    """'crucial for RJR to obtain': an infinitive with a subject of its own, after "for"."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(child.dep_ == "mark" and child.lower_ == "for" for child in verb.children)
    )


def _evaluated(verb: Token, head: Token) -> bool:
    """'It is important to note that ...', 'it remains crucial for RJR to obtain top dollar':
    "it" with an adjective, then what the adjective judges, a doing weighed, not told as done."""
    if verb.tag_ != "VB" or not any(child.lower_ == "to" for child in verb.children):
        return False
    return any(child.dep_ == "nsubj" and child.lower_ == "it" for child in head.children) and any(
        child.dep_ == "acomp" and child.pos_ == "ADJ" and child.lemma_.lower() not in PLANNING_HEADS
        for child in head.children
    )


def _copula(verb: Token) -> bool:
    """An auxiliary as the predicate, or a contracted one the parser reads as a verb ("it’s a
    task"): being, not happening."""
    return verb.pos_ == "AUX" or verb.text.startswith(("'", "’"))


def _hedged(verb: Token) -> bool:
    """'could rise', 'they’d never see it': a modal of possibility, read by its lemma, unless
    it is the "will" of what someone said ("said it would close")."""
    return read_verb(verb).modal in MODAL_CONDITIONAL and modality_of(verb) != "planned"


def _subjunctive(verb: Token) -> bool:
    """'a suggestion that Sununu offer to resign', 'requirements that it maintain $3 million':
    the bare form of a verb in a clause of its own, after a subject of one thing or person
    that would take "-s" ("Sununu offers"), is what someone asks to be done, not what was."""
    if verb.tag_ != "VBP" or verb.dep_ not in ("ccomp", "acl", "advcl"):
        return False
    # "because 40 percent of its exports go": a clause of cause, time or condition tells facts.
    if any(
        child.dep_ in ("aux", "auxpass", "neg") or (child.dep_ == "mark" and child.lower_ != "that")
        for child in verb.children
    ):
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return len(subjects) == 1 and _one(subjects[0])


def _one(noun: Token) -> bool:
    """A subject of the third person singular: "he", "it", "Sununu", "the company"."""
    # "Smith and Jones", "40 percent of its exports": more than one.
    if any(child.dep_ in ("conj", "nummod", "prep") for child in noun.children):
        return False
    return noun.lower_ in ("he", "she", "it") or noun.tag_ in ("NN", "NNP")


def _activity(verb: Token) -> bool:
    """'cheaper than getting the original Switch', 'essential for navigating these moments',
    'Getting to the Moon has been done': a gerund with no subject and no tense, as the subject
    of its clause or after a preposition of a noun or an adjective, names a kind of doing, not
    one that happened; so does one standing alone outside a headline ("Clinching the title in
    London."). After a verb's preposition it may tell what was done ("arrested for stealing a
    car", "after leaving the hotel"), and it stays."""
    if verb.tag_ != "VBG" or any(child.dep_ in ("aux", "auxpass", *SUBJECTS) for child in verb.children):
        return False
    if verb.dep_ in ("csubj", "csubjpass"):
        return True
    if verb.dep_ == "ROOT":
        return verb.sent.start != 0
    return verb.dep_ == "pcomp" and verb.head.head.pos_ in ("NOUN", "ADJ", "PROPN")


def _imperative(verb: Token) -> bool:
    """'Save $21', 'Get access to ...': a bare verb at the root with no subject."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for child in verb.children)
    )


def _generic_subject(verb: Token) -> bool:
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(subject.lower_ in _GENERIC_SUBJECTS for subject in subjects)


def _hand_off(verb: Token) -> bool:
    """'Caroline Wyatt reports.', 'Lisa Schlein reports from Geneva': a simple present verb of
    saying with nothing said (no clause, object or quotation in its sentence) hands the word to a
    reporter; what the reporter says follows, and is the news."""
    if verb.tag_ not in ("VBZ", "VBP") or TYPE_OF.get(verb.lemma_.lower()) != "statement":
        return False
    if any(child.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "advcl") for child in verb.children):
        return False
    if verb.dep_ != "ROOT" or any(char in verb.sent.text for char in _QUOTES):
        return False
    # The one handed the word is a person named ("a resolution calls for a withdrawal" demands).
    return any(child.dep_ == "nsubj" and child.ent_type_ == "PERSON" for child in verb.children)


def _attribution(verb: Token) -> bool:
    """'As Emily Feng reports for NPR, the first cases came to light', 'as Herbert notes, ...':
    a verb of saying after "as", with nothing said of its own, credits its sentence's news to
    someone; the news is the sentence's own event. With a time of its own ("as the minister said
    on Monday") the saying is news too, and stays."""
    if TYPE_OF.get(verb.lemma_.lower()) != "statement":
        return False
    children = list(verb.children)
    return any(child.dep_ == "mark" and child.lower_ == "as" for child in children) and not any(
        child.dep_ in ("ccomp", "dobj", "xcomp") for child in children
    )


def _field_label(verb: Token) -> bool:
    """'Tested by: John Milbank RRP: 49.95 Euro', 'Posted by: Jane Doe': a participle that
    opens a field of the page, its label ending in a colon."""
    following = [token.text.lower() for token in verb.doc[verb.i + 1 : verb.i + 3]]
    return (
        verb.tag_ == "VBN"
        and verb.i == verb.sent.start
        and (following[:1] == [":"] or following[:2] == ["by", ":"])
    )


def _furniture(predicate: Token) -> bool:
    """A post or link of the page (a web address in the sentence), its time stamp ("9
    September 2013 Last updated at 14:39 GMT"), or the page speaking of itself ("Jane Doe
    contributed to this article")."""
    text = predicate.sent.text.lower()
    if any(address in text for address in _ADDRESSES):
        return True
    if predicate.lemma_.lower() in _STAMPS and any(token.like_num for token in predicate.sent):
        subjects = [child for child in predicate.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
        # The parser may take the stamp's own date for a subject ("4 May 2016 Last updated").
        if all(
            subject.like_num or subject.ent_type_ in ("DATE", "TIME") or subject.lower_ == "last"
            for subject in subjects
        ):
            return True
    return any(
        token.lemma_.lower() in _THIS_PAGE and any(child.lower_ == "this" for child in token.children)
        for token in predicate.subtree
    )
