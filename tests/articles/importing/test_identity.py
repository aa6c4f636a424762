from articles.importing.identity import identity_key, surname_key


def test_cyrillic_latin_and_azerbaijani_spellings_share_a_key():
    assert (
        identity_key("Ильхам Алиев") == identity_key("Ilham Aliyev") == identity_key("İlham Əliyev")
    )


def test_kazakh_transliteration_variants_share_a_key():
    assert identity_key("Бауыржан Жумагалиев") == identity_key("Bauyrzhan Zhumagaliyev")
    assert identity_key("Ерлан Сапаров") == identity_key("Yerlan Saparov")
    assert identity_key("Мухтар Тлеуберди") == identity_key("Mukhtar Tleuberdi")


def test_feminine_surname_is_a_different_key():
    assert surname_key("Лейла Алиева") != surname_key("Ильхам Алиев")


def test_different_first_names_give_different_keys():
    assert identity_key("Ильхам Алиев") != identity_key("Рамиз Алиев")


def test_russian_g_for_azerbaijani_h():
    assert (
        identity_key("Рамиз Гасанов")
        == identity_key("Ramiz Hasanov")
        == identity_key("Ramiz Həsənov")
    )
