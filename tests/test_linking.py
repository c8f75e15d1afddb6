"""One entity per real thing, within and across articles."""

import json

import graphbuild


def entities_of(tmp_path, *texts):
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.json").write_text(
            json.dumps({"title": f"T{number}", "date": "2009-06-01", "text": text})
        )
    return {alias: entity for entity in graphbuild.build([tmp_path]).entities for alias in entity.aliases}


def test_an_acronym_joins_the_name_whatever_its_legal_suffix(tmp_path):
    found = entities_of(
        tmp_path,
        "General Motors Corporation (GM) filed for bankruptcy protection in New York on Monday.",
        "GM said it would close fourteen plants in the United States. GM shares fell sharply on Monday.",
        "General Motors sold its Hummer brand to a Chinese company, General Motors said on Tuesday.",
    )
    assert found["GM"] is found["General Motors"] is found["General Motors Corporation"]


def test_a_descriptor_joins_the_short_name_only_when_it_is_named_alone(tmp_path):
    found = entities_of(
        tmp_path,
        "Apple Computer launched the iPod in 2001, and Apple Computer sold millions of them.",
        "Apple said on Monday that sales of the iPhone had doubled. Apple shares rose five percent.",
        "General Motors and Ford Motor Company reported losses, while Ford said sales would recover.",
    )
    assert found["Apple Computer"] is found["Apple"]
    assert found["Ford Motor Company"] is found["Ford"]
    assert found["General Motors"].name == "General Motors"


def test_a_name_with_a_model_number_is_a_product_and_its_short_form_joins_it(tmp_path):
    found = entities_of(
        tmp_path,
        "The first Airbus A380 was delivered to Singapore Airlines on Monday in Toulouse, Airbus said.",
        "The A380 flew from Toulouse to Singapore on Tuesday. Boeing said its 787 Dreamliner would fly soon.",
    )
    assert found["Airbus A380"].type == "PRODUCT"
    assert found["A380"] is found["Airbus A380"]
    assert found["Airbus"].type == "ORG" and found["Airbus"] is not found["Airbus A380"]


def test_a_demonym_names_its_country(tmp_path):
    found = entities_of(
        tmp_path,
        "Russian troops captured settlements north of Bakhmut on Monday, Ukrainian officials said.",
        "Russia said on Tuesday that its forces were advancing. Ukraine denied it, and a South Korean "
        "envoy visited Kyiv.",
    )
    assert found["Russian"] is found["Russia"] and found["Russia"].name == "Russia"
    assert found["Ukrainian"] is found["Ukraine"]
    assert found["South Korean"].name == "South Korea"


def test_a_surname_after_the_full_name_is_that_person_whatever_the_tagger_said(tmp_path):
    found = entities_of(
        tmp_path,
        "Jobs were cut at Apple. Steve Jobs announced a medical leave on Monday. "
        "Jobs acknowledged that users had antenna issues, and new jobs would follow.",
    )
    jobs = found["Steve Jobs"]
    assert jobs.type == "PERSON" and found.get("Jobs") is jobs
    # The capitalised "Jobs" before the full name and the common noun after it are not him.
    assert jobs.mentions == 2


def test_a_title_case_headline_names_what_the_article_names(tmp_path):
    found = entities_of(
        tmp_path,
        "Carla Bruni Checks Into Hospital. Carla Bruni was taken to a hospital in Paris on Monday, "
        "her spokesman said. Bruni is expected to stay two days.",
    )
    assert found["Carla Bruni"].type == "PERSON" and found["Carla Bruni"].mentions == 3
    assert not any("Checks" in alias for alias in found)


def test_an_acronym_in_brackets_after_a_name_is_that_name(tmp_path):
    found = entities_of(
        tmp_path,
        "Nordic Telecom (NTC) cut 300 jobs on Monday.",
        "NTC shares fell on Tuesday, and Nordic Telecom said more cuts could follow.",
    )
    assert found["NTC"] is found["Nordic Telecom"] and found["NTC"].mentions == 4


def _mentions(*articles: str) -> list:
    """Analyses whose mentions are the [bracketed] names of each text, typed PERSON or, after
    a "%", ORG, after a "@", PLACE (none of the gazetteer's): the tagger's calls, given by
    hand so that only linking is tried."""
    import re

    from graphbuild.model import Article, ArticleAnalysis, EntityMention

    analyses = []
    for number, marked in enumerate(articles):
        text, found = "", []
        for part in re.split(r"(\[[%@]?[^\]]+\])", marked):
            if part.startswith("["):
                name = part.strip("[]%@")
                kind = {"[%": "ORG", "[@": "PLACE"}.get(part[:2], "PERSON")
                found.append(EntityMention(name, kind, len(text), len(text) + len(name), 0))
                text += name
            else:
                text += part
        analyses.append(ArticleAnalysis(Article(f"a{number}", "a.txt", text), found, [], []))
    return analyses


def _linked(analyses) -> dict[str, set[str]]:
    from graphbuild.linking import link

    entities, _ = link(analyses)
    return {alias: set(entity.aliases) for entity in entities for alias in entity.aliases}


def test_a_bare_surname_takes_the_type_the_corpus_gives_it_most():
    linked = _linked(
        _mentions(
            "[Ana Duarte] signed for Porto on Monday. [Duarte] said she was happy.",
            "[Ana Duarte] will earn more. [Duarte] starts on Friday.",
            "Rivals bid for [%Duarte] last week.",
        )
    )
    # Every "Duarte" is her: the one organisation among four mentions is the tagger's slip.
    assert linked["Duarte"] == {"Ana Duarte", "Duarte"}


def test_a_name_only_in_headlines_is_the_one_name_of_the_corpus_it_holds():
    from graphbuild.linking import link

    analyses = _mentions(
        "[Maria Kovac Wins Vienna Marathon]\nThe runner crossed the line first on Sunday.",
        "[Maria Kovac] won the marathon in Vienna on Sunday, organisers said.",
        "[Kovac And Lee Praised By Obama]\n[Lee] and [Kovac] were praised.",
        "[Kovac] and [Lee] spoke.",
    )
    linked = _linked(analyses)
    assert "Maria Kovac Wins Vienna Marathon" in linked["Maria Kovac"]
    # The entity is named as the text names it, not as the headline runs on.
    assert "Maria Kovac" in {entity.name for entity in link(analyses)[0]}
    # Two names inside: neither.
    assert linked["Kovac And Lee Praised By Obama"] == {"Kovac And Lee Praised By Obama"}


def test_a_middle_name_given_once_is_still_the_same_person():
    linked = _linked(
        _mentions(
            "Police arrested [Thomas Edward Kittredge], 44, at his home. [Kittredge] did not resist.",
            "[Thomas Kittredge] appeared in court on Tuesday.",
            "Lawyers for [Kittredge] asked for bail.",
        )
    )
    assert linked["Thomas Kittredge"] == {"Thomas Edward Kittredge", "Thomas Kittredge", "Kittredge"}


def test_two_middle_names_make_two_people_and_the_plain_name_neither():
    linked = _linked(
        _mentions(
            "[John Paul Hensley] runs the shop.",
            "[John Michael Hensley] runs the bakery.",
            "[John Hensley] sells bread.",
        )
    )
    assert linked["John Hensley"] == {"John Hensley"}


def test_a_name_misspelt_by_one_outlet_joins_the_story_it_is_part_of():
    linked = _linked(
        _mentions(
            "Climber [Helmut Schwarzmann] fell on Mount Aspiring, [%Alpine Rescue Otago] said.",
            "[%Alpine Rescue Otago] flew [Helmut Schwarzman] to hospital in Dunedin.",
            "[Helmut Schwarzmann] is recovering.",
        )
    )
    assert linked["Helmut Schwarzman"] == {"Helmut Schwarzmann", "Helmut Schwarzman"}


def test_names_one_letter_apart_stay_apart_without_a_story_in_common_or_side_by_side():
    linked = _linked(
        _mentions(
            "[Mark Kelley] opened a bakery in Leeds.",
            "[Mark Kelly] won the county election.",
            "[Mark Kelly] and [Mark Kelley] met [%Leeds United] officials.",
            "[%Leeds United] signed [Dan Hoyle].",
            "[%Leeds United] sold [Dan Doyle].",
            "[Sara Lindqvist] won the chess open in Oslo.",
            "[Sara Lindquist] painted the mural in Ohio.",
        )
    )
    assert linked["Mark Kelly"] == {"Mark Kelly"}
    # A slip in the first letter is another name.
    assert linked["Dan Doyle"] == {"Dan Doyle"}
    assert linked["Sara Lindquist"] == {"Sara Lindquist"}


def test_a_name_tagged_a_place_that_no_gazetteer_knows_joins_the_airline_named_after_it():
    linked = _linked(
        _mentions(
            "[%Skyvane Airways] ordered ten jets on Monday.",
            "Shares of [@Skyvane] rose after the order.",
        )
    )
    assert linked["Skyvane"] == {"Skyvane", "Skyvane Airways"}


def test_a_common_word_in_a_headline_is_no_second_name_in_it():
    linked = _linked(
        _mentions(
            "[Nora Quillan Checks Into Rehab]\nThe singer checked into rehab on Monday.",
            "[Nora Quillan] checks into a clinic, her agent said.",
            "[Rehab] has long been calling her.",
        )
    )
    assert "Nora Quillan Checks Into Rehab" in linked["Nora Quillan"]


def test_a_nationality_run_into_a_name_is_no_part_of_it():
    from graphbuild.linking import link

    analyses = _mentions(
        "The champion stopped [%American Dario Ferro] in the third round.",
        "[Dario Ferro] said he would fight again next year.",
    )
    assert _linked(analyses)["American Dario Ferro"] == {"American Dario Ferro", "Dario Ferro"}
    assert {entity.name for entity in link(analyses)[0]} == {"Dario Ferro"}


def test_a_person_named_in_a_title_is_not_the_title():
    from graphbuild.linking import link

    analyses = _mentions(
        "The film [%The Notorious Ada Merlin] opened in 2005; [%Ada Merlin] never saw it.",
        "[Ada Merlin], the model, died on Thursday.",
        "[Ada Merlin] was 85.",
    )
    entities = {entity.name: entity for entity in link(analyses)[0]}
    assert entities["The Notorious Ada Merlin"].mentions == 1
    assert entities["Ada Merlin"].mentions == 3


def test_a_department_is_its_police_or_agency_named_without_the_word():
    linked = _linked(
        _mentions(
            "The [%Harlow Police Department] said two men were held.",
            "A spokesman for the [%Harlow Police] said the men were released.",
        )
    )
    assert linked["Harlow Police"] == {"Harlow Police", "Harlow Police Department"}


def test_a_company_named_by_its_first_word_keeps_the_company_type_whatever_the_tagger_said():
    from graphbuild.linking import link

    analyses = _mentions(
        "[%Quorvane Capital Partners] bought the mill. [Quorvane] will keep the staff.",
        "[%Quorvane Capital Partners] said on Friday that [Quorvane] would sell it. [Quorvane] declined.",
    )
    entities = {entity.name: entity for entity in link(analyses)[0]}
    assert entities["Quorvane Capital Partners"].type == "ORG"
    assert entities["Quorvane Capital Partners"].mentions == 5


def test_a_first_word_that_is_a_surname_in_the_corpus_stays_a_person():
    linked = _linked(
        _mentions(
            "[%Halvorsen Shipping Lines] ordered ships. [Halvorsen] was pleased.",
            "[Erik Halvorsen] sailed to Bergen.",
        )
    )
    assert "Halvorsen Shipping Lines" not in linked["Halvorsen"]


def test_a_surname_two_people_share_is_the_one_whose_story_the_article_tells():
    linked = _linked(
        _mentions(
            "[Reggie Bush] scored twice for the [%New Orleans Saints] against [%Atlanta Falcons].",
            "[George W. Bush] signed the bill at the [%White House] with [%Senate Democrats].",
            "[Bush] ran for 80 yards as the [%New Orleans Saints] beat the [%Atlanta Falcons].",
            "[Bush] spoke at the [%White House] to [%Senate Democrats] on Monday.",
            "[Bush] was praised.",
        )
    )
    reggie, george = linked["Reggie Bush"], linked["George W. Bush"]
    assert "Bush" in reggie and "Bush" in george and reggie != george
    # An article that tells neither story leaves its "Bush" to neither.
    from graphbuild.linking import link

    entities, mention_entity = link(
        _mentions(
            "[Reggie Bush] scored twice for the [%New Orleans Saints] against [%Atlanta Falcons].",
            "[George W. Bush] signed the bill at the [%White House] with [%Senate Democrats].",
            "[Bush] was praised.",
        )
    )
    names = {entity.id: entity.name for entity in entities}
    assert names[mention_entity["a2", 0]] == "Bush"


def test_a_clinic_named_with_other_generic_words_is_one_entity_within_a_story():
    linked = _linked(
        _mentions(
            "[Nora Quillan] entered the [%Halvorsen Treatment Center] on Monday.",
            "[Nora Quillan] left the [%Halvorsen Clinic], [%Harbor Pictures] said.",
            "[%Harbor Pictures] confirmed that [Nora Quillan] is at the [%Halvorsen Treatment Center].",
            # Another story: a hospital of that name in a report that shares no other name.
            "[Piet Mulder] opened the [%Halvorsen Hospital] in [@Vlaardingen].",
        )
    )
    assert linked["Halvorsen Clinic"] == {"Halvorsen Treatment Center", "Halvorsen Clinic"}
    assert linked["Halvorsen Hospital"] == {"Halvorsen Hospital"}


def test_an_organisation_the_sentence_names_so_is_one_whatever_the_tagger_said(tmp_path):
    found = entities_of(
        tmp_path,
        "Ryanair, the Irish airline, said on Monday it would buy ten jets. "
        "The order brings Ryanair's fleet to 300 jets.",
        "The report appeared when the German magazine Der Spiegel cited documents. "
        "Der Spiegel said more would follow.",
    )
    assert found["Ryanair"].type == "ORG" and found["Ryanair"].evidence.startswith("sentence")
    assert found["Der Spiegel"].type == "ORG"


def test_a_short_first_name_is_the_person_of_the_same_story_and_surname():
    linked = _linked(
        _mentions(
            "[Maurice Tadley] will coach the [%Ravens FC], [%Harbor Pictures] said.",
            "[Mo Tadley] takes over the [%Ravens FC]. [Tadley] is 48.",
            "[%Ravens FC] named [Maurice Tadley] on Friday.",
            # Named side by side, two people.
            "[Ed Brandt] and [Edgar Brandt] joined the [%Ravens FC].",
            # No story in common.
            "[Jo Varga] opened a bakery. [Johanna Varga] sang in [@Vlaardingen].",
        )
    )
    assert linked["Mo Tadley"] == {"Maurice Tadley", "Mo Tadley", "Tadley"}
    assert "Edgar Brandt" not in linked["Ed Brandt"]
    assert "Johanna Varga" not in linked["Jo Varga"]


def test_a_bare_first_name_is_the_one_person_the_corpus_uses_it_for():
    from graphbuild.linking import link

    her_story = (
        "[Marisol Quentin] entered [%Dunmore Clinic] in [@Port Avel] on Monday. [Marisol] thanked fans.",
        "[Marisol] left [%Dunmore Clinic] in [@Port Avel] on Friday.",
    )
    analyses = _mentions(
        *her_story,
        # Two people of that first name: the bare one is neither's.
        "[Dorian Pell] won the race. [Dorian] waved.",
        "[Dorian Ames] came second.",
        "[Dorian] left early.",
        # A surname of the corpus too: "Grant" is not Grant Ward's.
        "[Hugh Grant] spoke. [Grant Ward] listened.",
        "[Grant] left early.",
    )
    _, entity_of = link(analyses)
    assert entity_of["a1", 0] == entity_of["a0", 0]
    # Another story's "Marisol" is not hers, and the corpus no longer shows whose a bare one is.
    _, with_stray = link(_mentions(*her_story, "[Marisol], a nurse, won."))
    assert with_stray["a2", 0] != with_stray["a0", 0]
    assert entity_of["a4", 0] not in (entity_of["a2", 0], entity_of["a3", 0])
    assert entity_of["a6", 0] != entity_of["a5", 1]


def test_a_venue_named_after_a_company_is_not_the_company():
    linked = _linked(
        _mentions(
            "[%Pepsi] raised its prices on Monday, [%Pepsi] said.",
            "[%Pepsi Center Hosts Final]\nThe final was played in Denver.",
            "Fans filled the [%Pepsi Center]. [%Pepsi] sponsors the team.",
        )
    )
    # Neither a title-case line that runs words on after the company's name nor an article
    # that names the venue before the company makes the venue the company.
    assert linked["Pepsi"] == {"Pepsi"}
    assert "Pepsi" not in linked["Pepsi Center"]


def test_a_listing_separator_is_no_part_of_a_name(tmp_path):
    found = entities_of(
        tmp_path,
        "The band will play Denver, CO @ Pepsi Center on Friday and Austin, TX @ Moody Hall on "
        "Saturday. Pepsi said on Tuesday that it would sponsor the tour.",
    )
    assert not any("@" in alias for alias in found)
    assert found["Pepsi Center"] is not found["Pepsi"]


def test_a_centre_named_with_other_generic_words_in_one_city_is_one_place():
    from graphbuild.model import Article, ArticleAnalysis, EntityMention

    def article(number, text, names):
        found = []
        for name, kind, place in names:
            start = text.index(name)
            found.append(EntityMention(name, kind, start, start + len(name), 0, place=place))
        return ArticleAnalysis(Article(f"a{number}", "a.txt", text), found, [], [])

    venue = "the Halvorsen Park Convention Center in Oslo", "the Halvorsen Park center in Oslo"
    linked = _linked(
        [
            article(
                0,
                f"The fair opened at {venue[0]}.",
                [("Halvorsen Park Convention Center", "PLACE", None), ("Oslo", "PLACE", "geo:3143244")],
            ),
            article(
                1,
                f"Crowds filled {venue[1]}.",
                [("Halvorsen Park center", "PLACE", None), ("Oslo", "PLACE", "geo:3143244")],
            ),
            article(
                2,
                "Halvorsen Clinic in Oslo opened.",
                [("Halvorsen Clinic", "ORG", None), ("Oslo", "PLACE", "geo:3143244")],
            ),
        ]
    )
    assert linked["Halvorsen Park center"] == {"Halvorsen Park center", "Halvorsen Park Convention Center"}
    # One word once the generic ones are left out is too little to go on without a story.
    assert linked["Halvorsen Clinic"] == {"Halvorsen Clinic"}


def test_a_possessive_after_a_name_the_article_gives_alone_ends_that_name(tmp_path):
    found = entities_of(
        tmp_path,
        "Reviewers praised Lynx, the newest version of Sony Music's Walkman OS, on Monday. "
        "Sony Music said it sold two million copies. The People's Republic of China bought some.",
    )
    # What it owns is of no type the tagger said (it called the whole an organisation).
    assert found["Sony Music"].mentions == 2 and not any("Walkman" in alias for alias in found)
    # A possessive that is part of a name stays in it: "People" is named nowhere alone.
    assert "People's Republic of China" in found["China"].aliases


def test_an_organisation_cut_at_its_and_is_the_one_whose_name_goes_on_so():
    linked = _linked(
        _mentions(
            "[%Baltic Aero Defence] and Space Company won the tender on Monday.",
            "[%Baltic Aero Defence & Space] said on Tuesday it would hire.",
            "[%Baltic Aero] and [%Vostok Motors] signed a deal.",
        )
    )
    assert linked["Baltic Aero Defence"] == {"Baltic Aero Defence", "Baltic Aero Defence & Space"}
    # Two companies side by side stay apart.
    assert linked["Vostok Motors"] == {"Vostok Motors"} and linked["Baltic Aero"] == {"Baltic Aero"}


def test_a_blend_of_a_persons_names_is_that_person_where_the_corpus_names_one_such():
    linked = _linked(
        _mentions(
            "[Marisol Quintero] opened her tour in [@Porto Alegre] on Friday.",
            "Fans of [MaQui] queued all night; [%MaQui] sold out the stadium.",
            "[Teo Brandt] scored twice. [T-Bran] was the hero.",
            "[Tomas Branco] and [Teodor Brankovic] watched.",
            # "McAllen" is a surname with its particle, no blend of Mc... and Allen.
            "[McAllen] spoke. [Mcintyre Allenby] listened.",
        )
    )
    assert linked["MaQui"] == {"Marisol Quintero", "MaQui"}
    # Two people of the corpus fit "T-Bran" (Teo Brandt, Teodor Brankovic): none is chosen.
    assert linked["T-Bran"] == {"T-Bran"}
    assert linked["McAllen"] == {"McAllen"}


def test_a_first_name_alone_is_the_one_person_the_article_names_so_before():
    linked = _linked(
        _mentions(
            "[Odile Farrant] cancelled her concert on Friday. Later [Odile] said she had a fever.",
            # Two people of the article with that first name: neither.
            "[Ruben Vasko] and [Ruben Tull] met. [Ruben] left early.",
            # Before the full name, or a first name that is a surname of the corpus: apart.
            "[Corin] won a prize. Her son, [Corin Maas], was there.",
            "[Lestrade] spoke for the [%Lestrade White House] team.",
            "[Anna Lestrade] replied on Monday.",
        )
    )
    assert linked["Odile"] == {"Odile Farrant", "Odile"}
    assert linked["Ruben"] == {"Ruben"}
    assert "Corin Maas" not in linked["Corin"]
    assert "Lestrade White House" not in linked["Anna Lestrade"]


def test_a_short_form_of_a_first_name_is_the_person_of_the_same_story_and_surname():
    linked = _linked(
        _mentions(
            "[Bill Okonkwo], the mayor of [@Lakeport], resigned, [Dana Whitcombe] said.",
            "[William Okonkwo] told [Dana Whitcombe] he had done nothing wrong.",
            # No story in common: two men.
            "[Bob Ferrante] fished. [Robert Ferrante] sang in [@Vlaardingen], [%Harbor Pictures] said.",
        )
    )
    assert linked["Bill Okonkwo"] == {"Bill Okonkwo", "William Okonkwo"}
    assert linked["Bob Ferrante"] == {"Bob Ferrante"}


def test_a_name_written_with_and_without_a_space_is_one():
    linked = _linked(
        _mentions(
            "The [%Harbour Hawks] beat the [%Lakeport Lions] on Friday.",
            "The [%HarbourHawks] said on Saturday that the coach would stay.",
            # Of another type: a person's name is no team's.
            "[Harbour Hawks] waved.",
        )
    )
    assert linked["HarbourHawks"] == {"Harbour Hawks", "HarbourHawks"}


def test_a_clinic_named_by_its_one_own_word_is_that_clinic_within_the_story():
    linked = _linked(
        _mentions(
            "[Nora Quillan] entered the [%Wyndham Recovery Center] on Monday.",
            "[Nora Quillan] left [Wyndham] on Friday, her lawyer said.",
            # A surname of the corpus, or an acronym, is no clinic's name.
            "[Ada Kessel] opened the [%Kessel Clinic]. [%Kessel] said so.",
            "[%TVB] aired it from the [%TVB Center], [Nora Quillan] said.",
        )
    )
    assert linked["Wyndham"] == {"Wyndham Recovery Center", "Wyndham"}
    assert "Kessel Clinic" not in linked["Ada Kessel"]
    assert linked["TVB"] == {"TVB"}


def test_a_team_by_its_last_word_is_the_team_whose_names_all_end_so():
    linked = _linked(
        _mentions(
            "The [%Lakeport Harbour Hawks] won; the [%Hawks] led from the start.",
            "The [%Harbour Hawks] named a coach.",
            "The [%Hawks] signed a guard on Monday.",
        )
    )
    assert linked["Harbour Hawks"] == {"Harbour Hawks", "Hawks"}
    # Two forces whose names do not end with one another: the "Air Force" alone is neither.
    from graphbuild.linking import link

    entities, mention_entity = link(
        _mentions(
            "The [%Ruritania Air Force] flew; the [%Air Force] landed.",
            "The [%Freedonia Air Force] flew; the [%Air Force] landed.",
            "The [%Air Force] said nothing.",
        )
    )
    names = {entity.id: entity.name for entity in entities}
    assert names[mention_entity["a2", 0]] == "Air Force"


def test_an_acronym_is_its_expansion_with_or_without_the_country_before_it():
    linked = _linked(
        _mentions(
            "The [%U.S. Office of Marine Safety] opened an inquiry. The [%OMS] said it would report.",
            "The [%U.S. Seed Registry] closed. The [%USSR] said so.",
            # Not shown in the article: apart.
            "The [%Northern Marine Society] met.",
            "The [%NMS] met too.",
        )
    )
    assert linked["OMS"] == {"U.S. Office of Marine Safety", "OMS"}
    assert linked["USSR"] == {"U.S. Seed Registry", "USSR"}
    assert linked["NMS"] == {"NMS"}


def test_a_title_before_a_name_is_no_part_of_it(tmp_path):
    found = entities_of(
        tmp_path,
        "State Trooper William Hakim was shot near Portland on Friday. Trooper Hakim died in hospital.",
        "William Hakim had served for nine years, officials in Portland said.",
    )
    assert found["Hakim"] is found["William Hakim"] and found["William Hakim"].name == "William Hakim"
    assert not any(alias.startswith("Trooper") for alias in found["William Hakim"].aliases)


def test_a_country_by_its_everyday_or_former_name_is_that_country(tmp_path):
    found = entities_of(
        tmp_path,
        "Britain said on Monday it would send two ships. America will send a third.",
        "The United Kingdom and the United States sent ships on Tuesday, and Burma held talks.",
        "Myanmar said the talks went well.",
    )
    assert found["Britain"] is found["United Kingdom"] and found["Britain"].name == "United Kingdom"
    assert found["America"] is found["United States"]
    assert found["Burma"] is found["Myanmar"]


def test_two_names_joined_by_a_hyphen_are_neither_of_them():
    linked = _linked(
        _mentions(
            "[%Heineken] and [%Carlsberg] agreed to merge. The [%Heineken-Carlsberg] deal closed.",
            "[%Heineken] shares fell.",
            "[%Carlsberg] said on Monday.",
        )
    )
    assert linked["Heineken"] == {"Heineken"} and linked["Carlsberg"] == {"Carlsberg"}


def test_a_service_named_with_a_plus_is_not_its_company():
    linked = _linked(_mentions("[%Hulu+] launched in Oslo. [%Hulu] said sales rose.", "[%Hulu] shares fell."))
    assert linked["Hulu+"] == {"Hulu+"}
