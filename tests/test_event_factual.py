"""Only what happened (or is set to happen) is an event a reader would list: not what the text
negates, hedges, wishes, asks or tells the reader to do, nor a habit, a property or the page
speaking of itself (issue 18)."""

from pathlib import Path

import pytest

# A lead sentence first: the first line of an article is its headline, told in the present.
LEAD = "More details were not immediately available. "


def events(events_of, sentence: str) -> dict[str, object]:
    return {event.trigger: event for event in events_of(LEAD + sentence)}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # Negated, hedged, and what hangs from a negated verb.
        ("Siemens did not sign the contract with Alstom.", "sign"),
        ("Nokia could cut 2,000 jobs in Finland.", "cut"),
        ("Lufthansa did not confirm that Ryanair cancelled the flights.", "cancelled"),
        ("The treaty was neither signed nor ratified by Chile.", "signed"),
        ("The treaty was neither signed nor ratified by Chile.", "ratified"),
        # A state of mind and what it holds; what was tried or failed.
        ("Maria Lopez thinks that Volvo sold the plant.", "thinks"),
        ("Maria Lopez thinks that Volvo sold the plant.", "sold"),
        ("Greenpeace wants to stop the pipeline in Norway.", "stop"),
        ("Uber failed to win a licence from Berlin.", "win"),
        # What an adjective says of someone.
        ("Sony was happy to sell the studio to Netflix.", "sell"),
        # A question, an imperative, the generic reader.
        ("Did Tesla move its headquarters to Texas?", "move"),
        ("Visit Nike's store in Portland for the sale.", "Visit"),
        ("You charge the Garmin watch with a cable.", "charge"),
        # The page's own furniture: a link, a byline.
        ("Samsung cut prices on https://samsung.com/offers this week.", "cut"),
        ("Jane Smith in Oslo contributed to this article.", "contributed"),
        # A reporter handed the word, with nothing said: the broadcast's furniture.
        ("Lisa Okoye reports from Nairobi.", "reports"),
        # What an adjective judges after "it is": a doing weighed, not told as done.
        ("It is important for Pfizer to test the vaccine on mice.", "test"),
        ("It remains vital for Arsenal to sign a striker in January.", "sign"),
        # What something means is no happening of its own.
        ("The merger with Sprint means cutting 2,000 jobs in Kansas.", "cutting"),
        # A habit or a property: a kind of thing in the simple present, a present passive.
        ("Cheap batteries power most cars that Tesla sells.", "power"),
        ("The stake of Nestlé is valued at $20 billion.", "valued"),
        # Anyone of a kind, in any tense: a habit of all, no one happening.
        ("Everybody called the Dutch striker Klaas.", "called"),
        # A mind read through a lemma cut short ("hopes", "hoping" as "hop"), and what it holds.
        ("Renault hopes to sell the Twingo in India.", "hopes"),
        ("Kia is hoping the new Sorento will lure buyers in Ohio.", "lure"),
        # What a modal perfect says would have been did not happen; nor what hangs from it.
        ("Mark Rutte said he would have opposed Turkey joining the treaty.", "joining"),
        # What hangs, with no tense of its own, from a hedged verb: a participle, a purpose.
        ("Shoppers in Lagos may switch to Dangote cement, thereby hurting Lafarge.", "hurting"),
        ("Toyota said a plant was necessary to build batteries to supply Mazda.", "supply"),
        # What a purpose would let someone do; what "be" aims at.
        ("Novartis was founded to help Swiss farmers grow more wheat.", "grow"),
        ("The aim of the Senate was to block the sale of F-35s to Ankara.", "block"),
        # What a thing lets someone do, in the simple present: a capability.
        ("The new app allows drivers to pay for parking in Lyon.", "pay"),
        ("The Fiat platform is flexible, enabling Stellantis to stretch the van.", "stretch"),
        # What a product does, now or in the future, at no time of its own: its description.
        ("Google’s new Pixel phone comes with a bigger battery.", "comes"),
        # What someone asks to be done, in the subjunctive, and what hangs from it.
        ("Vodafone made the demand that Smith resign from the board in Milan.", "resign"),
        ("The bank rules include requirements that Lloyds keep $3 billion in reserve.", "keep"),
        ("Investors made the suggestion that Smith offer to step down as chairman.", "step"),
        # A field of the page.
        ("Photographed by: Ana Souza Lens: 35mm", "Photographed"),
    ],
)
def test_what_did_not_happen_is_no_event(events_of, sentence, absent):
    assert absent not in events(events_of, sentence)


def test_what_happened_or_is_set_to_happen_stays(events_of):
    assert "signed" in events(events_of, "Siemens signed the contract with Alstom on Monday.")
    # "would" in what someone said is their "will".
    cut = events(events_of, "Nokia said it would cut 2,000 jobs in Finland next year.")["cut"]
    assert cut.modality == "planned"
    assert not cut.date.is_resolved or cut.date.start.year == 2024
    # A present passive that sets out what is to happen, with a date.
    assert "deliver" in events(events_of, "Airbus is expected to deliver the jet to Qantas in May.")
    # "ready to" sets out what is to happen, as "due to" does: a plan.
    buy = events(events_of, "Lufthansa said it was ready to buy a stake in ITA from the Italian state.")[
        "buy"
    ]
    assert buy.modality == "planned"
    # "neither ... nor" negates both verbs, not "nor" alone with a verb of its own.
    assert "signed" in events(events_of, "Chile signed the treaty, nor did Peru object on Monday.")
    # What one is shocked at did happen.
    assert "fired" in events(events_of, "Ajax fans were shocked that Ajax fired Erik ten Hag.")
    # Someone named, in the simple present of a report ("Serbia takes on Japan").
    assert "meets" in events(events_of, "Angela Merkel meets Emmanuel Macron in Paris today.")
    # What someone allowed at a time did happen; what someone, or what will be done, is a plan.
    assert "leave" in events(events_of, "Hungary allowed the refugees to leave for Vienna on Friday.")
    appoint = events(events_of, "Lufthansa will appoint a new chief in Frankfurt.")["appoint"]
    assert appoint.modality == "planned"
    assert "sold" in events(events_of, "The Opel plant in Bochum will be sold to Geely.")
    # A product's past is news.
    assert "went" in events(events_of, "The Garmin Fenix went on sale in Berlin on Friday.")
    # A purpose is told as done when what it serves was, whatever kind of verb that is.
    assert "beat" in events(events_of, "Leeds held on to beat Everton at Elland Road on Saturday.")
    # An infinitive after "be" and its noun is the noun's; what one is willing to do is a plan.
    assert "ban" in events(events_of, "It is a reply to the decision of Chile to ban Peru's fishing fleet.")
    sell = events(events_of, "Nestlé is willing to sell its stake in L'Oréal to Sanofi.")["sell"]
    assert sell.modality == "planned"
    # A plain present after a subject of many, or in a clause of cause, is no subjunctive.
    assert "go" in events(events_of, "Kenya sold the tea because 40 percent of its exports go to Egypt.")
    # A reporter who says something makes a statement.
    assert "reports" in events(events_of, "John Obi reports that the bridge over the Niger collapsed.")


def test_a_conditional_with_a_time_of_its_own_stays_marked(events_of):
    sentence = "Without the strike, Boeing would have delivered the jets to Ryanair in March 2021."
    delivered = events(events_of, sentence)["delivered"]
    assert delivered.modality == "conditional"


def test_a_pages_time_stamp_is_no_event():
    # Straight to the per-article stages, as a benchmark's text is: no cleaning took the stamp.
    from graphbuild.model import Article
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from

    text = "Gunman kills two in Leeds\n4 May 2016 Last updated at 10:05 BST\nA gunman killed two people.\n"
    stamped = "The ministry updated its guidance for travellers to Peru on 4 May.\n"
    result = build_from(
        [Article("a", Path("a.txt"), text), Article("b", Path("b.txt"), stamped)], BuildOptions(cache=None)
    )
    updated = [event for event in result.events if event.trigger == "updated"]
    assert [event.sources[0].article for event in updated] == ["b"]
