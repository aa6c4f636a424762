"""English extraction, one phenomenon per test, on sentences written for these tests (none taken
from the annotated dev set). Pure functions: no database."""

import datetime as dt

from articles.importing.extract.english import extract_english
from articles.importing.extract.english_text import simple_lemma
from articles.importing.extract.topic_lexicon_en import TOPIC_KEYWORDS
from articles.importing.parse import Seed


def seed_of(*paragraphs: str, headline: str = "Officials discuss cooperation.") -> Seed:
    return Seed(
        source_file="test.txt",
        date=dt.date(2025, 5, 1),
        headline=headline,
        paragraphs=list(paragraphs),
    )


def extracted(*paragraphs: str, **kwargs):
    return extract_english(seed_of(*paragraphs, **kwargs))


def quotes_of(*paragraphs: str, **kwargs) -> list[tuple[str, str | None]]:
    return [(q.text.rstrip(",. "), q.speaker) for q in extracted(*paragraphs, **kwargs).quotes]


def person(extraction, name):
    return next(p for p in extraction.people if p.name == name)


# --- quotes and speakers ---------------------------------------------------------------------


def test_speaker_named_after_quote_with_title():
    quotes = quotes_of(
        '"Exports of grain will grow by a fifth this season," said Agriculture Minister '
        "Aidar Saparov."
    )
    assert quotes == [("Exports of grain will grow by a fifth this season", "Aidar Saparov")]


def test_speaker_named_before_quote_with_colon():
    quotes = quotes_of(
        "Port director Lela Beridze told journalists: “Three new berths will open in May.”"
    )
    assert quotes == [("Three new berths will open in May", "Lela Beridze")]


def test_speaker_as_subject_after_quote():
    quotes = quotes_of("“The bridge is ready for traffic,” Rustam Nazarov said on Friday.")
    assert quotes == [("The bridge is ready for traffic", "Rustam Nazarov")]


def test_curly_and_straight_quotes_are_both_read():
    quotes = quotes_of(
        '"Wheat prices have stabilised," said Talgat Omarov.',
        "“Rice is another story,” Omarov added.",
    )
    assert [speaker for _, speaker in quotes] == ["Talgat Omarov", "Talgat Omarov"]


def test_later_surname_refers_to_full_name():
    quotes = quotes_of(
        "Central bank governor Elmira Kasenova kept the rate unchanged.",
        "“Inflation is slowing faster than we expected,” Kasenova said.",
    )
    assert quotes == [("Inflation is slowing faster than we expected", "Elmira Kasenova")]


def test_pronoun_refers_to_last_person_of_that_gender():
    quotes = quotes_of(
        "Deputy Finance Minister Gulnara Abenova met investor Piotr Nowak in Warsaw.",
        "“We have never had so many offers,” she told reporters.",
    )
    assert quotes == [("We have never had so many offers", "Gulnara Abenova")]


def test_title_reference_finds_person_with_that_role():
    quotes = quotes_of(
        "Georgia's ambassador to Turkey, Zurab Kvaratskhelia, met Turkish business leaders.",
        "Economist Selin Demir said trade was growing.",
        "“Our ports are open to everyone,” the ambassador said.",
    )
    assert quotes[-1] == ("Our ports are open to everyone", "Zurab Kvaratskhelia")


def test_diplomat_reference_finds_the_ambassador():
    quotes = quotes_of(
        "Ambassador Farida Yusupova opened the new consulate in Izmir.",
        "“This office will serve ten thousand citizens,” the diplomat noted.",
    )
    assert quotes == [("This office will serve ten thousand citizens", "Farida Yusupova")]


def test_unnamed_official_is_not_given_a_name():
    quotes = quotes_of(
        "Transport Minister Daniyar Suleimenov opened the road on Monday.",
        "An official at the ministry, who asked not to be named, doubted the schedule.",
        "“The second lane will not be ready this year,” the official said.",
    )
    assert quotes[-1] == ("The second lane will not be ready this year", None)


def test_quote_split_by_attribution_gives_two_quotes():
    quotes = quotes_of(
        "“The harvest was good,” said farmer Bolat Iskakov, “but storage is our weak point.”"
    )
    assert quotes == [
        ("The harvest was good", "Bolat Iskakov"),
        ("but storage is our weak point", "Bolat Iskakov"),
    ]


def test_quote_paragraph_without_attribution_continues_last_speaker():
    quotes = quotes_of(
        "“Tourist numbers doubled,” said Nino Gelashvili, who heads the tourism agency.",
        "“Next year we will open two new ski resorts.”",
    )
    assert [speaker for _, speaker in quotes] == ["Nino Gelashvili", "Nino Gelashvili"]


def test_partial_quote_inside_sentence_goes_to_its_subject():
    extraction = extracted(
        "Finance Minister Marat Iskandarov said the budget was “balanced but fragile” this year."
    )
    [quote] = extraction.quotes
    assert (quote.text, quote.speaker, quote.kind) == (
        "balanced but fragile",
        "Marat Iskandarov",
        "partial",
    )


def test_according_to_gives_the_speaker():
    quotes = quotes_of(
        "According to Arman Dzhaksybekov, the plant will be “the largest of its kind in the region”."
    )
    assert quotes == [("the largest of its kind in the region", "Arman Dzhaksybekov")]


def test_scare_quotes_and_quoted_names_are_not_quotes():
    extraction = extracted(
        "The so-called “Green Lane” scheme lets trucks skip queues, said Yusuf Karimov.",
        "The “Silk Wind” express will run twice a week.",
    )
    assert extraction.quotes == []


def test_quote_in_multiple_paragraphs_keeps_its_speaker():
    quotes = quotes_of(
        "Energy Minister Ilgar Mammadli said: “We will add two gigawatts by 2028.",
        "“Half of it will come from the wind.”",
    )
    assert [speaker for _, speaker in quotes] == ["Ilgar Mammadli", "Ilgar Mammadli"]


def test_every_quote_carries_a_confidence():
    extraction = extracted("“We are ready,” said Sanjar Valiev.", "“Really ready.”")
    assert all(0 < quote.confidence <= 1 for quote in extraction.quotes)


# --- people and roles ------------------------------------------------------------------------


def test_role_before_name_keeps_country_possessive():
    extraction = extracted("Uzbekistan's Deputy Trade Minister Botir Rakhimov arrived in Riga.")
    assert person(extraction, "Botir Rakhimov").role == "Uzbekistan's Deputy Trade Minister"


def test_role_with_of_phrases_before_name():
    extraction = extracted(
        "Minister of Agriculture of Kyrgyzstan Bakyt Torobaev visited the fair in Osh."
    )
    assert person(extraction, "Bakyt Torobaev").role == "Minister of Agriculture of Kyrgyzstan"


def test_role_as_appositive_after_name():
    extraction = extracted(
        "“We are hiring,” said Leyla Aliyeva, head of human resources at Baku Steel Company."
    )
    assert person(extraction, "Leyla Aliyeva").role == (
        "head of human resources at Baku Steel Company"
    )


def test_role_as_appositive_before_name_drops_possessive_pronoun():
    extraction = extracted(
        "The airline posted a profit. Its chief financial officer, Erik Lindqvist, declined to comment."
    )
    assert person(extraction, "Erik Lindqvist").role == "chief financial officer"


def test_person_without_title_has_no_role():
    extraction = extracted("The match was won by Madi Seitkali in the second round.")
    assert person(extraction, "Madi Seitkali").role is None


def test_surname_alone_is_an_alias_not_a_new_person():
    extraction = extracted(
        "Economist Dinara Sultanova presented the report.", "Sultanova expects growth of 5%."
    )
    assert [p.name for p in extraction.people] == ["Dinara Sultanova"]


def test_name_with_particles_is_one_person():
    extraction = extracted("Commission President Ursula von der Leyen arrived in Samarkand.")
    assert [p.name for p in extraction.people] == ["Ursula von der Leyen"]


def test_capitalised_word_opening_a_sentence_is_not_part_of_a_name():
    extraction = extracted("Teammate Aruzhan Bekova took silver in the 52kg category.")
    assert [p.name for p in extraction.people] == ["Aruzhan Bekova"]


def test_two_titled_people_joined_by_and_stay_apart():
    extraction = extracted(
        "Council President Pedro Alves and Commission Vice President Marta Kos met in Baku."
    )
    assert {p.name for p in extraction.people} == {"Pedro Alves", "Marta Kos"}
    assert person(extraction, "Marta Kos").role == "Commission Vice President"


def test_places_and_organisations_are_not_people():
    extraction = extracted("Turkish Airlines resumed flights from New York to Ankara.")
    assert extraction.people == []


def test_every_person_carries_a_confidence():
    extraction = extracted("Prime Minister Akylbek Japarov visited Naryn.")
    assert all(0 < p.confidence <= 1 for p in extraction.people)


# --- places ----------------------------------------------------------------------------------


def test_countries_and_cities_are_places():
    extraction = extracted("Trucks from Kazakhstan reached Tashkent and Tbilisi this week.")
    assert extraction.places == ["Kazakhstan", "Tashkent", "Tbilisi"]


def test_place_inside_a_title_is_a_place():
    extraction = extracted("Georgia's national carrier plans new routes.")
    assert extraction.places == ["Georgia"]


def test_place_in_an_airline_brand_is_not_a_place():
    extraction = extracted("Air Samarkand leased two aircraft.")
    assert "Samarkand" not in extraction.places


def test_hyphenated_route_gives_each_city():
    extraction = extracted("Work on the Aktau-Baku-Poti corridor continues.")
    assert {"Aktau", "Baku", "Poti"} <= set(extraction.places)


def test_unknown_place_named_by_its_kind():
    extraction = extracted(
        "Ships will call at the Kuryksay terminal and the port of Zhanaport before the winter."
    )
    assert {"Kuryksay", "Zhanaport"} <= set(extraction.places)


def test_regions_and_seas_are_places():
    extraction = extracted(
        "Cargo across the Caspian to the South Caucasus and the Middle East grew."
    )
    assert extraction.places == ["Caspian", "South Caucasus", "Middle East"]


def test_nationality_adjective_is_not_a_place():
    extraction = extracted("Swiss and Kazakh officials met in the Romanian city of Cluj.")
    assert "Romanian" not in extraction.places and "Kazakh" not in extraction.places


def test_abbreviated_country_is_spelled_out():
    extraction = extracted("The U.S. Treasury and the UK regulator issued warnings.")
    assert {"United States", "United Kingdom"} <= set(extraction.places)


# --- organisations ---------------------------------------------------------------------------


def test_organisation_with_head_word_and_of_phrase():
    extraction = extracted("The State Revenue Committee of Kyrgyzstan collected more taxes.")
    assert extraction.organizations == ["State Revenue Committee of Kyrgyzstan"]


def test_legal_form_is_stripped():
    extraction = extracted("Caspian Grain Terminal JSC and Steppe Foods LLC signed a contract.")
    assert {"Caspian Grain Terminal", "Steppe Foods"} <= set(extraction.organizations)


def test_abbreviation_in_brackets_joins_its_full_name():
    extraction = extracted(
        "The Islamic Development Bank (IsDB) approved a loan. IsDB said the money would go to schools."
    )
    assert extraction.organizations == ["Islamic Development Bank"]


def test_abbreviation_of_a_thing_is_not_an_organisation():
    extraction = extracted(
        "The Trans-Anatolian Natural Gas Pipeline (TANAP) carried more gas. TANAP was built in 2018."
    )
    assert "TANAP" not in extraction.organizations


def test_two_airlines_joined_by_and_are_two_organisations():
    extraction = extracted("Somon Air and Uzbekistan Airways added flights.")
    assert extraction.organizations == ["Somon Air", "Uzbekistan Airways"]


def test_camel_case_brand_is_an_organisation():
    extraction = extracted("Budget carrier SkyNomad will fly to Kazan.")
    assert "SkyNomad" in extraction.organizations


def test_body_named_after_its_kind_is_an_organisation():
    extraction = extracted("Analysts at the think tank Steppe Insight expect a slowdown.")
    assert "Steppe Insight" in extraction.organizations


def test_employer_from_possessive_title():
    extraction = extracted("Kamalor's chief executive said the mine would reopen.")
    assert "Kamalor" in extraction.organizations


# --- topics ----------------------------------------------------------------------------------


def test_topics_come_from_the_english_lexicon():
    extraction = extracted(
        "The airline will add flights from the new airport.",
        "Passenger traffic at the airport rose as two airlines opened routes.",
        headline="Airline adds flights.",
    )
    assert "medtop:20000338" in [topic.code for topic in extraction.topics]


def test_lexicon_codes_are_iptc_media_topics():
    assert all(code.startswith("medtop:") and len(code) == 15 for code in TOPIC_KEYWORDS)


def test_plural_nouns_are_reduced_for_keyword_matching():
    assert [simple_lemma(w) for w in ["Flights", "companies", "news", "gas"]] == [
        "flight",
        "company",
        "news",
        "gas",
    ]


def test_extraction_is_marked_english():
    assert extracted("Nothing to see here.").language == "en"


def test_pronoun_continues_previous_speaker_whose_gender_is_unknown():
    quotes = quotes_of(
        "Energy Minister Ruslan Temirov opened the session.",
        "“Grid losses are too high,” said Chen Hao, an engineer at the utility.",
        "He added: “We need new substations.”",
    )
    assert quotes[-1] == ("We need new substations", "Chen Hao")


def test_quote_told_by_an_unnamed_person_has_no_speaker():
    quotes = quotes_of(
        "Governor Yerbol Kaliyev visited the flooded district.",
        "“Our house is gone,” a farmer from the village told local television. “Nothing is left.”",
    )
    assert [speaker for _, speaker in quotes] == [None, None]


def test_several_unknown_places_after_one_cue():
    extraction = extracted("Water reached the villages of Karaoy, Tasotkel and Kyzylkum.")
    assert {"Karaoy", "Tasotkel", "Kyzylkum"} <= set(extraction.places)


def test_unknown_name_before_the_kind_of_body_is_an_organisation():
    extraction = extracted("The Qazmeteo weather service issued a storm warning.")
    assert extraction.organizations == ["Qazmeteo"]


def test_quote_after_paragraph_ending_in_colon_belongs_to_its_subject():
    quotes = quotes_of(
        "Scientist Aigerim Tulegenova warned about the shrinking lake.",
        "Deputy Minister Serik Amanov proposed a joint monitoring group:",
        "“We are ready to share data from our stations.”",
    )
    assert quotes == [("We are ready to share data from our stations", "Serik Amanov")]


def test_interview_answers_are_quotes_of_the_interviewee():
    extraction = extracted(
        "In an interview with Kabar, Deputy Economy Minister Azamat Ismailov spoke about trade.",
        "– When will the agreement be signed?",
        "– We hope to sign it in the spring. The text is almost ready.",
        "– What about tariffs?",
        "– Tariffs will fall for forty goods.",
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("We hope to sign it in the spring. The text is almost ready.", "Azamat Ismailov"),
        ("Tariffs will fall for forty goods.", "Azamat Ismailov"),
    ]


def test_organisation_named_in_quotes_after_its_legal_form():
    extraction = extracted('JSC "Steppe Telecom" and "Caspian Cable" LLC laid the line.')
    assert {"Steppe Telecom", "Caspian Cable"} <= set(extraction.organizations)
    assert extraction.quotes == []


def test_brand_written_as_web_address_is_an_organisation():
    extraction = extracted("Payments app Tengepay.kz entered the market.")
    assert "Tengepay.kz" in extraction.organizations


def test_partial_quote_of_a_body_has_no_speaker():
    quotes = quotes_of(
        "Foreign Minister Arzu Rahimli spoke first.",
        "The monitoring mission said in a report that the vote was “orderly but uncompetitive”.",
    )
    assert quotes == [("orderly but uncompetitive", None)]


def test_pronoun_skips_a_newer_name_whose_gender_is_unknown_only_nearby():
    quotes = quotes_of(
        "Kamila Yusupova, the mayor, and Wang Lei signed the deal.",
        "“It will bring jobs,” she said.",
    )
    assert quotes == [("It will bring jobs", "Kamila Yusupova")]


def test_lower_case_word_before_title_belongs_to_the_role():
    extraction = extracted("Thousands rallied, said opposition leader Davit Usupashvili.")
    assert person(extraction, "Davit Usupashvili").role == "opposition leader"


def test_dateline_in_capitals_gives_the_place_in_usual_spelling():
    extraction = extracted("ASTANA, Kazakhstan, May 1. The forum opened.")
    assert extraction.places[:2] == ["Astana", "Kazakhstan"]


def test_legal_form_after_the_second_of_two_names_parts_them():
    extraction = extracted("Delegates came from Kaztemir and Caspian Shipping CJSC.")
    assert set(extraction.organizations) == {"Caspian Shipping", "Kaztemir"}


def test_age_reference_points_to_the_last_person():
    quotes = quotes_of(
        "Wrestler Daulet Niyazbekov won the final.",
        "“This is for my father,” the 24-year-old said.",
    )
    assert quotes == [("This is for my father", "Daulet Niyazbekov")]


def test_name_ending_in_a_city_is_a_club_not_a_person():
    extraction = extracted("Ordabasy Shymkent and Dinamo Tbilisi drew 1-1.")
    assert extraction.people == []


def test_closing_mark_without_its_opening_one_still_closes_a_quote():
    quotes = quotes_of("'Prices will stay where they are,\" said trader Nodir Ergashev.")
    assert quotes == [("Prices will stay where they are", "Nodir Ergashev")]


def test_straight_quote_inside_curly_quote_does_not_end_it():
    extraction = extracted(
        '“They call it "the new normal", but it is not normal,” said Eka Beridze.'
    )
    [quote] = extraction.quotes
    assert quote.text.startswith("They call it") and quote.text.endswith("not normal,")


def test_name_with_a_weak_head_joined_by_and_is_one_organisation():
    extraction = extracted("Bekabad Mining and Metallurgical Complex raised output.")
    assert extraction.organizations == ["Bekabad Mining and Metallurgical Complex"]


def test_subsidiary_named_after_its_kind_is_not_a_person():
    extraction = extracted("The group's budget subsidiary Sky Fly will lease jets.")
    assert extraction.people == [] and "Sky Fly" in extraction.organizations


def test_place_that_begins_an_organisation_name_is_not_a_place():
    extraction = extracted("He is deputy director of Kokand Mechanical Plant.")
    assert "Kokand" not in extraction.places


def test_title_before_the_name_after_a_quote_gives_way_to_the_name():
    quotes = quotes_of(
        "Minister Aset Kanatov spoke first.",
        "“Exports will double,” said the head of the trade agency, Marat Ospanov.",
    )
    assert quotes[-1] == ("Exports will double", "Marat Ospanov")


def test_body_in_the_possessive_is_not_the_speaker():
    quotes = quotes_of("“Fares will fall,” the airline's chief executive Dina Akhmedova said.")
    assert quotes == [("Fares will fall", "Dina Akhmedova")]


def test_facility_names_are_not_people():
    extraction = extracted("Baikonur Cosmodrome and Golden Eagle Park reopened.")
    assert extraction.people == []


def test_brand_of_several_words_joined_to_a_body_is_a_body():
    extraction = extracted("Tengiz Chevroil and Caspian Pipeline Consortium signed the deal.")
    assert extraction.organizations == ["Tengiz Chevroil", "Caspian Pipeline Consortium"]


def test_surname_seen_alone_is_kept_as_an_alias():
    extraction = extracted("Analyst Berik Zhunusov spoke.", "Zhunusov expects a rebound.")
    assert person(extraction, "Berik Zhunusov").aliases == ["Zhunusov"]


def test_place_after_a_lower_case_prefix_is_a_place():
    extraction = extracted("Talks on a trans-Caspian cable resumed.")
    assert extraction.places == ["Caspian"]


def test_quote_after_saying_belongs_to_the_subject():
    quotes = quotes_of(
        "Farida Alimova welcomed the decision, saying it would “open the market to small firms”."
    )
    assert quotes == [("open the market to small firms", "Farida Alimova")]


def test_document_title_in_quotes_is_not_a_quote():
    extraction = extracted(
        "The sides signed an agreement “on the mutual protection of investments” in Minsk."
    )
    assert extraction.quotes == []


def test_quote_credited_in_the_next_paragraph():
    quotes = quotes_of(
        "Economist Aida Sultanova presented the outlook.",
        "“The harvest will be the largest in ten years.”",
        "This was stated by Agriculture Minister Aidarbek Saparov at a briefing in Astana.",
    )
    assert quotes == [("The harvest will be the largest in ten years", "Aidarbek Saparov")]
