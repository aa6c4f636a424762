"""The illness or the specialty a health story is about is its topic, in both languages."""

from tests.articles.importing.topic_words import english, russian

CANCER = "medtop:20000447"
HEART_DISEASE = "medtop:20000454"


def test_a_new_tumour_treatment_is_cancer():
    found = english(
        "doctors at the regional hospital began chemotherapy with a new drug for patients with a"
        " malignant tumour . the oncologist said the tumour shrank in half of the patients",
        headline="hospital starts new tumour treatment",
    )
    assert CANCER in found


def test_heart_attacks_and_cardiologists_are_heart_disease():
    found = russian(
        "кардиолог областной больница рассказать , что число инфаркт снизиться . сердечно-сосудистый"
        " заболевание остаться главный причина смерть , кардиологический центр открыть в район",
        headline="в область снизиться число инфаркт",
    )
    assert HEART_DISEASE in found


def test_an_oncology_centre_is_cancer():
    found = russian(
        "в онкоцентр поступить новый оборудование . онколог начать лечение опухоль по новый"
        " метод , онкология стать доступный для житель село",
        headline="онкоцентр получить новый оборудование",
    )
    assert CANCER in found
