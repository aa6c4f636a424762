"""Every child of the crime and education branches has its words in both languages: the charge a
court story names, and teachers, examinations, pre-school and distance learning."""

from tests.articles.importing.topic_words import english, russian

ROBBERY = "medtop:20000104"
TERRORISM = "medtop:20000103"
RECKLESS_DRIVING = "medtop:20001196"
EARLY_CHILDHOOD = "medtop:20000409"
ONLINE_LEARNING = "medtop:20001337"
TEACHERS = "medtop:20000416"


def test_a_trial_for_theft_is_filed_under_robbery_and_theft():
    found = russian(
        "городской суд вынести приговор по дело о кража из музей . прокурор просить пять год ,"
        " адвокат подсудимый обжаловать приговор , судья отклонить ходатайство защита",
        headline="в бишкек суд вынести приговор похититель картина",
    )
    assert ROBBERY in found


def test_an_english_trial_for_a_terror_plot_is_terrorism():
    found = english(
        "the court heard that the defendants planned a terrorist attack on a railway station ."
        " the judge adjourned the trial after the prosecutor asked for more time , and the"
        " verdict is due next month",
        headline="trial of three men opens in court",
    )
    assert TERRORISM in found


def test_a_cause_named_in_a_road_story_is_no_charge():
    found = russian(
        "на трасса произойти авария , столкнуться автобус и грузовик . возбудить уголовный дело ."
        " по слово инспектор , частый причина авария на дорога превышение скорость и усталость"
        " водитель . автобус , грузовик , дорога , трасса , водитель , авария",
        headline="на трасса столкнуться автобус и грузовик",
    )
    assert RECKLESS_DRIVING not in found


def test_kindergartens_are_early_childhood_education():
    found = russian(
        "в область открыть пять детский сад на тысяча место . дошкольный образование охватить"
        " девяносто процент ребенок , воспитатель получить прибавка , детский сад строить",
        headline="в область открыть пять детский сад",
    )
    assert EARLY_CHILDHOOD in found


def test_distance_learning_and_teachers_in_english():
    found = english(
        "after the floods the schools moved to distance learning for two weeks . teachers"
        " recorded lessons , and teachers said remote learning worked for older pupils ."
        " teachers and pupils return to school on monday",
        headline="schools switch to distance learning",
    )
    assert ONLINE_LEARNING in found
    assert TEACHERS in found
