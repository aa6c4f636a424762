"""The charge of a court story, the policy of a reformed domain, and the children of branches
whose parent alone had words (concerts, development aid, training), in both languages."""

from tests.articles.importing.topic_words import english, russian

ARSON = "medtop:20000083"
KIDNAPPING = "medtop:20000100"
EDUCATION_POLICY = "medtop:20001338"
HEALTHCARE_POLICY = "medtop:20000479"
MUSICAL_PERFORMANCE = "medtop:20000020"
FOREIGN_AID = "medtop:20000643"
DIPLOMACY = "medtop:20000639"
VOCATIONAL = "medtop:20001216"


def test_a_trial_story_is_filed_under_the_crime_it_names_once():
    found = russian(
        "районный суд рассмотреть дело о поджог склад . прокурор и обвинитель просить срок ,"
        " адвокат подсудимый не согласиться . судья отложить заседание , приговор в май",
        headline="в казань начаться суд над владелец склад",
    )
    assert ARSON in found


def test_an_english_trial_names_its_charge_once_too():
    found = english(
        "the court heard that the two men are charged with kidnapping a businessman . the judge"
        " told the prosecutor and the defence lawyer that the trial would resume in june and the"
        " verdict is expected after the court hears the witnesses",
        headline="trial of two men opens in court",
    )
    assert KIDNAPPING in found


def test_a_crime_in_a_story_without_a_court_is_left_to_its_own_evidence():
    found = english(
        "the festival opened with a concert by an orchestra and a film about a kidnapping"
        " . music and more music , concerts and performers on every stage of the festival",
    )
    assert KIDNAPPING not in found


def test_a_reform_of_the_schools_is_education_policy():
    found = english(
        "the ministry presented a reform of school exams . pupils will sit three exams instead of"
        " five , and teachers say schools need time . the reform takes effect in september when"
        " the school year starts",
        headline="school exams to be cut under reform",
    )
    assert EDUCATION_POLICY in found


def test_a_reform_of_the_clinics_is_healthcare_policy():
    found = russian(
        "министерство здравоохранение представить реформа поликлиника . врач и пациент больница"
        " получить новый оборудование , медицинский помощь стать доступный , больница и врач",
        headline="в армения начаться реформа больница",
    )
    assert HEALTHCARE_POLICY in found


def test_a_school_story_without_a_reform_is_no_policy():
    found = english(
        "pupils of the village school won the regional chess cup . their teacher said the school"
        " had trained them for two years , and the pupils and teachers celebrated at school",
    )
    assert EDUCATION_POLICY not in found


def test_a_concert_story_is_a_musical_performance():
    found = english(
        "the chamber orchestra gave a concert in the old fortress , with performers from nine"
        " countries . the concert ended with a piece for choir and orchestra by a young composer",
        headline="orchestra plays in fortress",
    )
    assert MUSICAL_PERFORMANCE in found


def test_a_development_agency_grant_is_foreign_aid():
    found = english(
        "the international cooperation agency of norway will give development assistance to build"
        " water pipes in three provinces . the development agency said the grant covers pumps",
        headline="norway funds water pipes",
    )
    assert FOREIGN_AID in found


def test_russian_grants_and_humanitarian_aid_are_foreign_aid():
    found = russian(
        "правительство германия выделить грант на строительство водопровод . безвозмездный"
        " помощь получить три район , гуманитарный помощь доставить в село",
        headline="германия выделить грант на водопровод",
    )
    assert FOREIGN_AID in found


def test_an_english_phrase_cue_is_found_in_the_plural_the_text_is_read_in():
    found = english(
        "the ministers for foreign affairs of the two countries held talks and visited the"
        " embassy ; their ministries of foreign affairs will meet again",
        headline="foreign affairs ministers hold talks",
    )
    assert DIPLOMACY in found


def test_training_specialists_is_vocational_education():
    found = russian(
        "учебный центр при завод начать подготовка кадр для энергетика . повышение квалификация"
        " пройти сто инженер , стажировка пройти студент колледж",
        headline="в туркменистан начать подготовка кадр для энергетика",
    )
    assert VOCATIONAL in found
