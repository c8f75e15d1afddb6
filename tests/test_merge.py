"""The merge stage on small hand-built mentions: which reports are one happening."""

from datetime import date

import pytest

from graphbuild.merge import CORROBORATION_CONFIDENCE, merge_events
from graphbuild.merge.cluster import average_linkage
from graphbuild.merge.features import action_similarity, quotation_of
from graphbuild.model import (
    UNDATED,
    Article,
    ArticleAnalysis,
    Basis,
    DateValue,
    Entity,
    EntityMention,
    EventMention,
    PublishedBasis,
    Role,
    Source,
)

TYPES = {"Smith": "PERSON", "Jones": "PERSON", "Ohio": "PLACE", "Texas": "PLACE", "Acme": "ORG"}


def day(text: str, basis: str = Basis.EXPLICIT) -> DateValue:
    value = date.fromisoformat(text)
    return DateValue(text, value, value, "day", basis)


def report(
    name: str,
    sentence: str,
    lemma: str,
    roles: dict[str, str],
    kind: str = "other",
    when: DateValue = UNDATED,
    modality: str = "asserted",
    published: date | None = date(2020, 5, 1),
    copy_of: str | None = None,
) -> ArticleAnalysis:
    """An article of one sentence with one event mention; ``roles`` maps names to roles."""
    entities = []
    event_roles = []
    for number, (entity, role) in enumerate(roles.items()):
        start = sentence.index(entity)
        entities.append(EntityMention(entity, TYPES[entity], start, start + len(entity), 0))
        event_roles.append(Role(number, role))
    trigger = next(word for word in sentence.split() if word.lower().startswith(lemma[:4]))
    article = Article(
        name,
        f"{name}.txt",
        sentence,
        published=published,
        published_basis=PublishedBasis.BYLINE if published else PublishedBasis.UNKNOWN,
        duplicate_of=copy_of,
    )
    mention = EventMention(
        article=name,
        trigger=trigger,
        lemma=lemma,
        type=kind,
        label=sentence,
        modality=modality,
        tense="past",
        roles=event_roles,
        source=Source(name, sentence, 0, len(sentence)),
        time=None,
        date=when,
        keywords=frozenset(),
        trigger_start=sentence.index(trigger),
    )
    return ArticleAnalysis(article, entities, [], [mention])


def events_of(*analyses: ArticleAnalysis):
    mention_entity = {
        (analysis.article.id, number): "ent-" + entity.text
        for analysis in analyses
        for number, entity in enumerate(analysis.entities)
    }
    entities = [Entity("ent-" + name, name, kind, [name], 1, []) for name, kind in TYPES.items()]
    return merge_events(list(analyses), entities, mention_entity)


def merged(*analyses: ArticleAnalysis) -> list[set[str]]:
    """The articles of each merged event."""
    return sorted(
        ({source.article for source in event.sources} for event in events_of(*analyses)), key=sorted
    )


ARREST = {"Smith": "patient", "Ohio": "place"}


def test_the_same_action_in_two_articles_is_one_event():
    assert merged(
        report("a", "Police arrested Smith in Ohio after the robbery of the bank.", "arrest", ARREST),
        report("b", "The arrest of Smith in Ohio followed the bank robbery.", "arrest", ARREST),
    ) == [{"a", "b"}]


@pytest.mark.parametrize(
    ("left", "right", "related"),
    [
        ("arrest", "arrest", True),
        ("kill", "killing", True),
        ("die", "death", True),
        ("earthquake", "quake", True),
        ("explode", "explosion", True),
        ("charge", "sentence", False),
        ("attack", "attach", False),
        ("resign", "resist", False),
    ],
)
def test_actions_are_compared_by_lemma_derivation_and_synonym(left, right, related):
    assert (action_similarity((left,), (right,)) >= 0.9) is related


def test_different_actions_on_the_same_people_are_different_events():
    # "charged" and "sentenced" share the man, the place and most words: still two happenings.
    assert merged(
        report("a", "Smith was charged in Ohio over the bank robbery.", "charge", ARREST),
        report("b", "Smith was sentenced in Ohio over the bank robbery.", "sentence", ARREST),
    ) == [{"a"}, {"b"}]


def test_a_shared_place_alone_is_not_enough():
    assert merged(
        report("a", "A tornado hit Ohio.", "hit", {"Ohio": "place"}),
        report("b", "Acme opened a factory in Ohio.", "open", {"Acme": "agent", "Ohio": "place"}),
    ) == [{"a"}, {"b"}]


def test_two_reports_that_name_no_one_need_days_of_their_own():
    # Every "a bomb exploded outside the bank" of the news is not one happening.
    assert merged(
        report("a", "A bomb exploded outside the bank.", "explode", {}),
        report("b", "A bomb exploded outside the bank.", "explode", {}),
    ) == [{"a"}, {"b"}]
    assert merged(
        report("a", "A bomb exploded outside the bank.", "explode", {}, when=day("2020-01-03")),
        report("b", "A bomb exploded outside the bank.", "explode", {}, when=day("2020-01-03")),
    ) == [{"a", "b"}]


def test_a_report_that_names_no_one_needs_days_of_its_own_beside_one_that_does():
    # The names of the other report are not this one's: "a bomb exploded" anywhere is not the
    # bomb of Ohio.
    ohio = {"Ohio": "place"}
    assert merged(
        report("a", "A bomb exploded outside the bank.", "explode", {}),
        report("b", "A bomb exploded outside the bank in Ohio.", "explode", ohio),
    ) == [{"a"}, {"b"}]
    assert merged(
        report("a", "A bomb exploded outside the bank.", "explode", {}, when=day("2020-01-03")),
        report("b", "A bomb exploded outside the bank in Ohio.", "explode", ohio, when=day("2020-01-03")),
    ) == [{"a", "b"}]


def test_dates_that_cannot_overlap_veto_a_merge():
    assert merged(
        report("a", "Police arrested Smith in Ohio.", "arrest", ARREST, when=day("2020-01-03")),
        report("b", "Police arrested Smith in Ohio.", "arrest", ARREST, when=day("2020-03-09")),
    ) == [{"a"}, {"b"}]
    month = DateValue("2020-01", date(2020, 1, 1), date(2020, 1, 31), "month", Basis.EXPLICIT)
    assert merged(
        report("a", "Police arrested Smith in Ohio.", "arrest", ARREST, when=day("2020-01-03")),
        report("b", "Police arrested Smith in Ohio.", "arrest", ARREST, when=month),
    ) == [{"a", "b"}]


def test_reported_and_direct_mentions_may_merge():
    assert merged(
        report("a", "Police arrested Smith in Ohio on the highway.", "arrest", ARREST),
        report(
            "b",
            "Police said they arrested Smith in Ohio on the highway.",
            "arrest",
            ARREST,
            modality="reported",
        ),
    ) == [{"a", "b"}]


def test_type_is_evidence_not_a_veto():
    quake = {"Texas": "place"}
    assert merged(
        report("a", "A strong earthquake rocked Texas, destroying homes.", "earthquake", quake),
        report(
            "b", "A strong quake strikes Texas, destroying homes.", "quake", quake, kind="military action"
        ),
    ) == [{"a", "b"}]


def test_weak_links_do_not_chain():
    # Each neighbour pair is strong, the ends share nothing: union-find made one group of all.
    chain = {(number, number + 1): 0.9 for number in range(9)}
    clusters = average_linkage([[number] for number in range(10)], chain, 0.5)
    assert max(len(cluster.members) for cluster in clusters) <= 3
    assert all(0.5 <= cluster.confidence <= 1.0 for cluster in clusters)


def test_one_mention_per_article_sharing_only_a_name_stays_apart():
    names = [("hit", "A storm hit Ohio."), ("open", "Acme opened a plant in Ohio."), ("vote", "Ohio voted.")]
    analyses = [report(f"a{n}", text, lemma, {"Ohio": "place"}) for n, (lemma, text) in enumerate(names)]
    assert all(len(group) == 1 for group in merged(*analyses))


def test_confidence_and_independent_sources():
    single, pair = sorted(
        events_of(
            report("a", "Police arrested Smith in Ohio after the bank robbery.", "arrest", ARREST),
            report("b", "Officers in Ohio detained Smith on a highway.", "detain", ARREST),
            report("c", "Jones resigned from Acme.", "resign", {"Jones": "agent", "Acme": "theme"}),
        ),
        key=lambda event: len(event.sources),
    )
    assert single.confidence == 1.0 and single.independent_sources == 1
    assert CORROBORATION_CONFIDENCE <= pair.confidence < 1.0
    assert pair.independent_sources == 2


def test_a_copy_of_a_story_is_not_independent():
    (event,) = events_of(
        report("a", "Police arrested Smith in Ohio after the bank robbery.", "arrest", ARREST),
        report("b", "Police arrested Smith in Ohio after the bank robbery.", "arrest", ARREST, copy_of="a"),
    )
    assert len(event.sources) == 2 and event.independent_sources == 1


RESIGNED = {"Jones": "agent", "Acme": "theme"}
SUED = {"Acme": "agent", "Jones": "patient", "Texas": "place"}


def dated_story(name, *sentences, published=date(2020, 5, 1), when=()):
    """A story of several events; ``when`` gives the first events' own dates."""
    analysis = story(name, *sentences)
    analysis.article.published = published
    analysis.article.published_basis = PublishedBasis.BYLINE if published else PublishedBasis.UNKNOWN
    for mention, value in zip(analysis.events, when, strict=False):
        mention.date = value
    return analysis


ARRESTED = ("Police arrested Smith in Ohio after the bank robbery.", "arrest", ARREST)
QUIT = ("Jones resigned from Acme after the long scandal.", "resign", RESIGNED)


def test_an_undated_article_takes_the_date_of_several_agreeing_sentences_but_not_of_one():
    dated = dated_story("a", ARRESTED, QUIT, when=[day("2020-04-28"), day("2020-04-29")])
    both = dated_story(
        "u",
        ("The arrest of Smith in Ohio followed the bank robbery.", "arrest", ARREST),
        ("Jones resigned from Acme after a long scandal.", "resign", RESIGNED),
        published=None,
    )
    one = dated_story(
        "v", ("Officers in Ohio detained Smith after the bank robbery.", "detain", ARREST), published=None
    )
    events = events_of(dated, both, one)
    assert {"a", "u", "v"} in [{source.article for source in event.sources} for event in events]
    # Both its events agree on when: the latest day of what it reports.
    assert (both.article.published, both.article.published_basis) == (
        date(2020, 4, 29),
        PublishedBasis.INFERRED,
    )
    # One sentence shared with a dated report may be a coincidence: no date.
    assert one.article.published is None


def test_an_inferred_date_dates_no_other_article():
    inferred = dated_story(
        "u",
        ("Acme sued Jones in Texas over the missing funds.", "sue", SUED),
        ("Acme fired Jones in Texas before the audit.", "fire", SUED),
        published=date(2020, 4, 29),
    )
    inferred.article.published_basis = PublishedBasis.INFERRED
    undated = dated_story(
        "w",
        ("Acme sued Jones in Texas over the missing money.", "sue", SUED),
        ("Acme fired Jones in Texas before an audit.", "fire", SUED),
        published=None,
    )
    events = events_of(inferred, undated)
    assert [sorted({source.article for source in event.sources}) for event in events] == [["u", "w"]] * 2
    assert undated.article.published is None


def test_an_undated_article_is_not_dated_by_disagreeing_reports():
    resigned = {"Jones": "agent", "Acme": "theme"}
    first = report(
        "a", "Police arrested Smith in Ohio after the bank robbery.", "arrest", ARREST, when=day("2020-01-02")
    )
    second = report(
        "b", "Jones resigned from Acme after the long scandal.", "resign", resigned, when=day("2020-04-20")
    )
    text = (
        "The arrest of Smith in Ohio followed the bank robbery. "
        "Jones resigned from Acme after the long scandal."
    )
    left = report("u", text, "arrest", ARREST, published=None)
    right = report("u", text, "resign", resigned, published=None)
    offset = text.index("Jones")
    right.entities = [
        EntityMention(e.text, e.type, e.start + offset, e.end + offset, 1) for e in right.entities
    ]
    shifted = right.events[0]
    shifted.roles = [Role(role.mention + len(left.entities), role.role) for role in shifted.roles]
    shifted.source = Source("u", text[offset:], offset, len(text))
    shifted.trigger_start += offset
    undated = ArticleAnalysis(left.article, left.entities + right.entities, [], left.events + [shifted])
    events = events_of(first, second, undated)
    assert sorted(sorted({s.article for s in event.sources}) for event in events) == [["a", "u"], ["b", "u"]]
    assert undated.article.published is None


def story(name: str, *sentences: tuple[str, str, dict[str, str]]) -> ArticleAnalysis:
    """An article of several sentences, one event mention each: (sentence, lemma, roles)."""
    text = " ".join(sentence for sentence, _, _ in sentences)
    article = Article(
        name, f"{name}.txt", text, published=date(2020, 5, 1), published_basis=PublishedBasis.BYLINE
    )
    entities: list[EntityMention] = []
    events = []
    offset = 0
    for sentence, lemma, roles in sentences:
        event_roles = []
        for entity, role in roles.items():
            start = offset + sentence.index(entity)
            event_roles.append(Role(len(entities), role))
            entities.append(EntityMention(entity, TYPES[entity], start, start + len(entity), 0))
        trigger = next(word for word in sentence.split() if word.lower().startswith(lemma[:4]))
        events.append(
            EventMention(
                article=name,
                trigger=trigger,
                lemma=lemma,
                type="other",
                label=sentence,
                modality="asserted",
                tense="past",
                roles=event_roles,
                source=Source(name, sentence, offset, offset + len(sentence)),
                time=None,
                date=day("2020-05-01", Basis.PUBLICATION),
                keywords=frozenset(),
                trigger_start=offset + sentence.index(trigger),
            )
        )
        offset += len(sentence) + 1
    return ArticleAnalysis(article, entities, [], events)


def sentences_of(*analyses: ArticleAnalysis) -> list[list[str]]:
    """The sentences of each merged event."""
    return sorted([source.sentence for source in event.sources] for event in events_of(*analyses))


def test_within_a_report_only_neighbouring_sentences_are_told_together():
    # The headline and its lead are one happening; the same verb on the same company three
    # sentences on is another period's result.
    acme = {"Acme": "agent"}
    headline = "Acme posts a profit as sales of its new phone soar."
    lead = "Acme posted a profit in the spring quarter as its new phone sold well."
    later = "Acme posted a loss after storms flooded its warehouses and halted deliveries for months."
    assert sentences_of(
        story(
            "a",
            (headline, "post", acme),
            (lead, "post", acme),
            ("Smith visited Ohio.", "visit", {"Smith": "agent", "Ohio": "place"}),
            ("Jones thanked Smith.", "thank", {"Jones": "agent", "Smith": "patient"}),
            (later, "post", acme),
        )
    ) == [[later], [headline, lead], ["Jones thanked Smith."], ["Smith visited Ohio."]]


def test_statements_dated_by_reports_far_apart_are_two_statements():
    said = {"Smith": "agent", "Acme": "theme"}

    def statement(name: str, published: date) -> ArticleAnalysis:
        when = DateValue(published.isoformat(), published, published, "day", Basis.PUBLICATION)
        text = "Smith announced that Acme would close its plant."
        return report(name, text, "announce", said, kind="statement", when=when, published=published)

    assert merged(statement("a", date(2020, 5, 1)), statement("b", date(2020, 5, 3))) == [{"a", "b"}]
    assert merged(statement("a", date(2020, 2, 3)), statement("b", date(2020, 5, 15))) == [{"a"}, {"b"}]


def test_an_event_takes_the_finest_date_of_its_own():
    year = DateValue("2020", date(2020, 1, 1), date(2020, 12, 31), "year", Basis.EXPLICIT)
    monday = day("2020-06-08", Basis.RELATIVE)
    (event,) = events_of(
        report("a", "Police arrested Smith in Ohio after the robbery.", "arrest", ARREST, when=year),
        report("b", "Police arrested Smith in Ohio after the robbery.", "arrest", ARREST, when=monday),
    )
    assert event.date == monday


def statement(name: str, sentence: str, roles: dict[str, str]) -> ArticleAnalysis:
    """A report of what Smith said: Smith is the speaker, the others are spoken about."""
    analysis = report(name, sentence, "say", {"Smith": "agent", **roles}, kind="statement")
    mention = analysis.events[0]
    mention.roles = [Role(role.mention, role.role, content=role.role != "agent") for role in mention.roles]
    return analysis


def test_statements_merge_on_what_they_say_not_on_who_says_it():
    # One speaker on two things about one company: two statements, though the speaker, the
    # company and the verb are shared.
    closing = "Smith says Acme would close its plant in Ohio."
    assert merged(
        statement("a", closing, {"Acme": "theme", "Ohio": "place"}),
        statement(
            "b", "Smith says Acme had hired Jones as its new chief.", {"Acme": "theme", "Jones": "theme"}
        ),
    ) == [{"a"}, {"b"}]
    assert merged(
        statement("a", closing, {"Acme": "theme", "Ohio": "place"}),
        statement(
            "b", "Smith says that Acme would close the plant in Ohio.", {"Acme": "theme", "Ohio": "place"}
        ),
    ) == [{"a", "b"}]


def test_one_shared_name_is_weak_evidence_of_participants():
    from graphbuild.merge import _corpus, _features
    from graphbuild.merge.score import pair_evidence

    def participants(*analyses: ArticleAnalysis) -> float:
        mention_entity = {
            (a.article.id, n): "ent-" + e.text for a in analyses for n, e in enumerate(a.entities)
        }
        features = [_features(n, a.events[0], a, mention_entity, 0) for n, a in enumerate(analyses)]
        corpus = _corpus(features, list(analyses), mention_entity, None)
        return pair_evidence(features[0], features[1], corpus)["participants"]

    only_place = participants(
        report("a", "Floods hit Ohio in the spring.", "hit", {"Ohio": "place"}),
        report("b", "A heat wave hit Ohio again.", "hit", {"Ohio": "place"}),
    )
    actors = participants(
        report(
            "a", "Smith beat Jones in Ohio.", "beat", {"Smith": "agent", "Jones": "patient", "Ohio": "place"}
        ),
        report(
            "b",
            "Smith beat Jones again in Ohio.",
            "beat",
            {"Smith": "agent", "Jones": "patient", "Ohio": "place"},
        ),
    )
    assert only_place < 0.5 < actors


def test_a_trigger_that_is_no_word_names_no_action():
    assert action_similarity(("’",), ("’",)) == 0.0


def test_what_two_people_said_is_two_statements():
    def said_by(name: str, speaker: str) -> ArticleAnalysis:
        text = f"{speaker} says Acme would close its plant in Ohio."
        analysis = report(
            name, text, "say", {speaker: "agent", "Acme": "theme", "Ohio": "place"}, kind="statement"
        )
        mention = analysis.events[0]
        mention.roles = [Role(r.mention, r.role, content=r.role != "agent") for r in mention.roles]
        return analysis

    assert merged(said_by("a", "Smith"), said_by("b", "Smith")) == [{"a", "b"}]
    assert merged(said_by("a", "Smith"), said_by("b", "Jones")) == [{"a"}, {"b"}]


def test_across_articles_only_pairs_of_different_articles_are_averaged():
    scores = {(0, 2): 0.9, (1, 2): 0.9}
    grouped = average_linkage([[0], [1], [2]], scores, 0.5, group={0: "a", 1: "a", 2: "b"})
    assert [sorted(c.members) for c in grouped] == [[0, 1, 2]]
    assert [sorted(c.members) for c in average_linkage([[0], [1], [2]], scores, 0.5)] == [[0, 2], [1]]


def test_a_statement_of_an_unnamed_speaker_needs_the_same_words():
    # "An official says" is not "Smith says", though both speak of Acme and Jones on one day.
    said = {"Acme": "theme", "Jones": "theme", "Ohio": "place"}
    monday = day("2020-04-27")
    smith = statement("a", "Smith says Acme fired Jones in Ohio on Monday.", said)
    smith.events[0].date = monday
    unnamed = report(
        "b", "An official says Acme is proud of Jones and Ohio.", "say", said, kind="statement", when=monday
    )
    assert merged(smith, unnamed) == [{"a"}, {"b"}]


def test_a_quoted_statement_says_its_whole_quotation_and_not_its_occasion():
    text = (
        "“No one will close the plant. We will fight,” Smith said at a meeting in Ohio. "
        "“The workers stay.”\nAcme said nothing."
    )
    second = text.index("We will")
    end = text.index("Ohio.") + len("Ohio.")
    assert quotation_of(text, second, end) == "No one will close the plant. We will fight The workers stay."
    # A few words quoted in the reporter's own clause are not the statement.
    assert quotation_of("Smith said Acme “will not close” the plant.", 0, 44) == ""
