"""The roles of an event's participants, from the dependency parse: agent, patient, theme,
place, recipient.

A verb's subject is its agent (a passive's is its patient), its object the patient, a name
after "in" or "near" the place, after "to" or "with" the recipient; a name in what a
statement reports is its theme. A name that only describes one of these ("Dylan Nelson of
the Max Planck Institute said", "Lawmakers from Ohio questioned") takes no part beside a
named agent, patient or recipient; with none, it stands for the argument as a theme. An event
noun's possessor or compound is its agent ("Russia's invasion", "the Kyiv summit"), what
follows "of" its patient.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphbuild.events.clauses import subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.datelines import dateline_tokens
from graphbuild.events.reference import antecedent_of
from graphbuild.events.words import PLACE_PREPS, RECIPIENT_PREPS
from graphbuild.model import Role

__all__ = ["participants"]


def participants(
    context: ArticleContext,
    predicate: Token,
    own: set[int],
    content: set[int],
    subject: Token | None = None,
    antecedent: int | None = None,
) -> list[Role]:
    """The entity mentions of the predicate's clause and of what it reports, with their roles;
    with ``antecedent``, the entity its pronoun or description ``subject`` refers to."""
    noun = predicate.pos_ == "NOUN"
    roles: list[Role] = []
    # "CLEVELAND — The Browns suspended ...": the place of the report takes no part.
    for token_index in sorted((own | content) - dateline_tokens(predicate.sent)):
        index = context.by_root.get(token_index)
        if index is not None and token_index != predicate.i:
            in_content = token_index in content
            kind = context.entities[index].type
            if noun:
                role = _noun_role(context.doc[token_index], predicate, kind)
            else:
                role = _role(context.doc[token_index], predicate, kind, in_content, context.by_root)
            roles.append(Role(index, role, in_content))
    # "Crimea, seized by Moscow": the noun a verb describes is what it acts on; "Boeing, which
    # builds the 787", "the firm making the chips": or who does it.
    described = context.by_root.get(predicate.head.i) if predicate.dep_ in ("acl", "relcl") else None
    if described is not None and all(role.mention != described for role in roles):
        roles.insert(0, Role(described, _described_role(predicate)))
    if not noun:
        _add_shared_subject(context, predicate, own, roles)
        _add_object_person(context, predicate, roles)
    # After the antecedent: "he said" beside "of the Max Planck Institute" is a named agent too.
    _add_antecedent(roles, subject, antecedent)
    named = any(role.role in _NAMED_ARGUMENTS for role in roles)
    return [
        role if role.role != _DESCRIBES else replace(role, role="theme")
        for role in roles
        if role.role != _DESCRIBES or not named
    ]


def _described_role(verb: Token) -> str:
    """The role of the noun a relative clause or participle describes."""
    if verb.dep_ == "relcl":
        relative = [c for c in verb.children if c.lower_ in ("which", "that", "who", "whom", "whose")]
        return "agent" if relative and relative[0].dep_ == "nsubj" else "patient"
    return "agent" if verb.tag_ == "VBG" else "patient"


def _add_shared_subject(context: ArticleContext, predicate: Token, own: set[int], roles: list[Role]) -> None:
    """'NASA plans to launch', 'Airbus unveiled the jet and flew it': a joined or controlled
    verb's subject is its head's; if it is a name, it has the same role here."""
    subject = subject_of(predicate)
    if subject is None or subject.i in own:
        return
    named = [t.i for t in (subject, *subject.children) if t.i == subject.i or t.dep_ == "appos"]
    if subject.i not in context.by_root:
        # "The Airbus A330 jetliner crashed ..., killing all 228": the name that makes up the
        # subject, as for the verb's own arguments (see ``_makes_up``).
        named += [t.i for t in subject.children if t.dep_ == "compound"]
    index = next((context.by_root[i] for i in named if i in context.by_root), None)
    if index is None or any(role.mention == index for role in roles):
        return
    # "was expected to enter service": the head's passive subject does the controlled verb.
    passive = subject.dep_ == "nsubjpass" and predicate.dep_ == "conj"
    roles.insert(0, Role(index, "patient" if passive else "agent"))


def _add_object_person(context: ArticleContext, predicate: Token, roles: list[Role]) -> None:
    """ "praised Jobs and described him": the person an object "him" or "her" stands for is
    the patient. ("it" and "them" as objects are as often things the text never names.)"""
    if any(role.role == "patient" for role in roles):
        return
    pronoun = next((c for c in predicate.children if c.dep_ == "dobj" and c.lower_ in _PERSON_OBJECTS), None)
    index = antecedent_of(context, pronoun, predicate.sent) if pronoun is not None else None
    if index is not None and all(role.mention != index for role in roles):
        roles.append(Role(index, "patient"))


_PERSON_OBJECTS = frozenset({"him", "her"})


def _add_antecedent(roles: list[Role], subject: Token | None, antecedent: int | None) -> None:
    """Add the entity a pronoun or description subject refers to, unless its role is taken."""
    if antecedent is None:
        return
    # "The aircraft was greeted by ...": a passive's subject is what the event happened to.
    antecedent_role = "patient" if subject is not None and subject.dep_ == "nsubjpass" else "agent"
    if not any(role.role == antecedent_role for role in roles):
        roles.insert(0, Role(antecedent, antecedent_role))


def _role(token: Token, predicate: Token, kind: str, in_content: bool, by_root: dict[int, int]) -> str:
    """The role of an entity from the dependency path between it and the predicate;
    :data:`_DESCRIBES` for a name that only describes an argument.

    Only the argument itself (or its apposition or conjunct) takes the argument's role:
    in "Ukraine's defense minister, Oleksii Reznikov, said", Reznikov is the agent and
    Ukraine only describes him. When the argument is no name ("Russian troops", "twenty
    Airbus A320 jets", "the launch of the iPhone"), the name that makes it up takes its role.
    """
    if in_content:
        return "theme"
    path = [token]
    while path[-1].head.i != predicate.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    top = path[-1]
    direct = all(step.dep_ in ("appos", "conj") for step in path[:-1]) or _makes_up(path, by_root)
    if direct and top.dep_ in ("nsubj", "agent"):
        return "agent"
    # "pledged by NATO nations": the passive's by-phrase names the doer.
    if top.dep_ == "agent" and all(step.dep_ in ("pobj", "compound", "appos", "conj") for step in path[:-1]):
        return "agent"
    if direct and top.dep_ in ("nsubjpass", "dobj", "attr", "oprd"):
        return "patient"
    if direct and top.dep_ == "dative":
        return "recipient"
    if top.dep_ == "prep" and len(path) >= 2 and path[-2].dep_ == "pobj":
        if kind == "PLACE" and top.lower_ in PLACE_PREPS:
            return "place"
        if top.lower_ in RECIPIENT_PREPS and kind != "PLACE":
            return "recipient"
    if top.dep_ == "prep" and kind == "PLACE":
        return "place"
    # Inside an argument and no argument itself: the speaker's employer, the lawmakers' state.
    if top.dep_ in _ARGUMENTS:
        return _DESCRIBES
    return "theme"


# The dependencies of a verb's arguments: a name within one of them that is not the argument
# itself describes it.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative", "attr", "oprd"})
# The role, never given out, of a name that describes an argument; and the roles beside which
# such a name is left out.
_DESCRIBES = "describes"
_NAMED_ARGUMENTS = frozenset({"agent", "patient", "recipient"})


def _makes_up(path: list[Token], by_root: dict[int, int]) -> bool:
    """Whether the name at ``path[0]`` modifies an argument that is no name itself."""
    if len(path) < 2 or path[-1].i in by_root:
        return False
    first = path[0].dep_
    if first in ("compound", "amod", "poss", "nmod") and len(path) == 2:
        return True
    # "the launch of the iPhone", "shares of Tesla": through "of", to an argument that is no name.
    return (
        first == "pobj"
        and len(path) == 3
        and path[1].lower_ == "of"
        and path[-1].dep_ in ("dobj", "nsubjpass")
    )


def _noun_role(token: Token, noun: Token, kind: str) -> str:
    """The role of an entity in an event noun's phrase: "Russia's invasion of Ukraine",
    "the Kyiv summit", "talks with NATO", "sanctions by the EU on Russia"."""
    path = [token]
    while path[-1].head.i != noun.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    top = path[-1]
    if top.dep_ == "poss" or top.lower_ == "by":
        return "agent"
    if top.dep_ == "compound":
        return "place" if kind == "PLACE" else "agent"
    if top.dep_ == "prep" and top.lower_ in ("of", "against", "on"):
        return "patient"
    if top.dep_ == "prep" and kind == "PLACE" and top.lower_ in PLACE_PREPS:
        return "place"
    if top.dep_ == "prep" and top.lower_ in RECIPIENT_PREPS:
        return "recipient"
    return "theme"
