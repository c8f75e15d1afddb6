"""Event types from the trigger's meaning in its sentence: a specific type needs arguments of
its kind, else the event is 'other'; and each type's CAMEO root code in events.jsonl."""

import json

import pytest

from graphbuild.events.cameo import CAMEO, CAMEO_ROOT, cameo_code
from graphbuild.events.words import EVENT_TYPES


def type_of(events, trigger: str) -> str | None:
    return next((event.type for event in events if event.trigger == trigger), None)


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        # politics and war
        (
            "Russian troops captured the town of Soledar on Friday.",
            "captured",
            "capture or loss of territory",
        ),
        ("Israeli forces withdrew from Gaza in 2005.", "withdrew", "capture or loss of territory"),
        ("Russia lost control of Kherson in November.", "lost", "capture or loss of territory"),
        ("The European Union imposed sanctions on Russia in March.", "imposed", "sanction"),
        ("The United States froze Afghan assets in August.", "froze", "sanction"),
        ("Germany pledged 500 million euros in aid to Ukraine.", "pledged", "aid or pledge"),
        ("The World Bank approved a $1 billion loan for Pakistan.", "approved", "aid or pledge"),
        ("Russia launched 70 missiles at Ukraine on Thursday.", "launched", "military action"),
        ("North Korea fired a ballistic missile into the sea.", "fired", "military action"),
        ("Finland joined NATO in April 2023.", "joined", "application or agreement"),
        ("Sweden applied for NATO membership in May 2022.", "applied", "application or agreement"),
        ("Biden met Xi Jinping in Bali in November.", "met", "meeting or visit"),
        ("Putin visited Tehran in July.", "visited", "meeting or visit"),
        ("Obama delivered a speech in Cairo in 2009.", "delivered", "statement"),
        ("Hamas claimed responsibility for the attack.", "claimed", "statement"),
        # business and technology
        ("Microsoft named Satya Nadella its chief executive in 2014.", "named", "appointment or dismissal"),
        ("Uber fired its chief executive Travis Kalanick.", "fired", "appointment or dismissal"),
        ("Shell struck a deal with Qatar in 2022.", "struck", "application or agreement"),
        ("Amazon offers Apple's MacBook Air at a discount.", "offers", "other"),
        ("Apple launched the iPhone 11 in San Francisco.", "launched", "other"),
        ("SpaceX launched a Falcon 9 rocket from Cape Canaveral.", "launched", "other"),
        ("Apple lost market share in China last year.", "lost", "other"),
        ("The regulator approved the merger of T-Mobile and Sprint.", "approved", "other"),
        ("Apple replaced the battery of the iPhone.", "replaced", "other"),
        ("Microsoft held a 10% stake in OpenAI.", "held", None),
        # finance
        ("Aluminium lost 0.06% on the London Metal Exchange on Tuesday.", "lost", None),
        ("The Dow added 300 points on Monday.", "added", "other"),
        ("Lagos imposed a 5% tax on soft drinks.", "imposed", "other"),
        # sport
        ("Real Madrid claimed the title after beating Barcelona.", "claimed", "other"),
        ("Chelsea appointed Graham Potter as head coach.", "appointed", "appointment or dismissal"),
        ("China hosted the Winter Olympics in 2022.", "hosted", "other"),
        # disasters and crime
        ("The earthquake killed more than 50,000 people in Turkey.", "killed", "other"),
        ("The storm killed 12 people in Florida.", "killed", "other"),
        ("A gunman killed five people at a nightclub in Colorado Springs.", "killed", "military action"),
    ],
)
def test_a_specific_type_needs_arguments_of_its_kind(events_of, sentence, trigger, kind):
    # A second sentence: a one-line text is page furniture to the cleaner.
    events = events_of(f"{sentence} More details were not immediately available.")
    # None: no event at all is as honest as 'other' ("Aluminium lost 0.06%" names no one).
    assert type_of(events, trigger) in ({kind} if kind is not None else {None, "other"})


def test_every_type_but_other_has_a_cameo_mapping_with_what_it_leaves_out():
    assert set(CAMEO) == set(EVENT_TYPES)
    assert all(mapping.covers and mapping.leaves_out for mapping in CAMEO.values())
    assert cameo_code("other") is None
    # CAMEO does not class appointments: no code is better than a wrong one.
    assert cameo_code("appointment or dismissal") is None
    assert all(len(code) == 2 and code.isdigit() for code in CAMEO_ROOT.values())


def test_events_jsonl_carries_the_cameo_root(tmp_path):
    import graphbuild

    path = tmp_path / "article.json"
    text = "The European Union imposed sanctions on Russia on March 3, 2022. Apple launched the iPhone."
    path.write_text(json.dumps({"title": "Test", "date": "2022-03-04", "text": text}))
    graphbuild.build([path]).write(tmp_path / "out")
    rows = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    codes = {row["trigger"]: row["cameo"] for row in rows}
    assert codes["imposed"] == "16"
    assert codes["launched"] is None
