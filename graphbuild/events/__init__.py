"""The event stage: who did what, where and when, one or more events per sentence.

Each verb with at least one named participant is an event: of the main clause, of a clause
inside it ("said its sales rose 43%"), or a typed verb that describes a noun ("tanks pledged
by NATO nations last week"); so is an event noun with a doer or a date of its own ("Russia's
Feb. 24 invasion", ``EVENT_NOUNS``). Participants and their roles come from the dependency
parse; reported speech ("X said that ...") is one statement event whose content (the quote)
carries the entities spoken about. The date is the time expression attached to the verb;
failing that, a report that something has happened (past, perfect, a present "says", a
headline's present) is dated by the publication date, or by the story's day when the
article's first dated event falls in the week before publication, and says which.

Event types (``EVENT_TYPES``): statement, meeting or visit, military action, capture or
loss of territory, aid or pledge, sanction, appointment or dismissal, application or
agreement, other.

One module per question: ``words`` (the word lists), ``triggers`` (which tokens are events),
``clauses`` (a predicate's clause and subject), ``roles`` (who is agent, patient, place...),
``salience``, ``gender`` and ``reference`` (who a pronoun names, who tells a reported event), ``tense``,
``modality``, ``dating`` (when), ``labels`` (the event's text), and ``mentions``, which reads
each trigger through them against an ``ArticleContext`` (``context``).
"""

from __future__ import annotations

from graphbuild.events.dating import event_date
from graphbuild.events.mentions import find_events
from graphbuild.events.words import EVENT_NOUNS, EVENT_TYPES

__all__ = ["EVENT_NOUNS", "EVENT_TYPES", "event_date", "find_events"]
