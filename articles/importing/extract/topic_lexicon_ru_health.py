"""Russian words of the children of disease and condition and of medical specialisation, which
had little more than their IPTC names: the illness a health story is about (cancer, heart
disease, injuries, mental health) and the specialty that treats it (eye care, dentistry;
oncologists and psychiatrists under the illness, as their own codes are retired), and the
medical staff. Reviewed against the IPTC definitions (articles/data/mediatopics.csv). Broad
words of a hospital story (a children's hospital, an ambulance, insurance) are left out: editors
file such a story under the hospital.
Lemmas lower case, ё folded to е, phrases joined by "_"."""

# fmt: off
TOPIC_KEYWORDS_HEALTH = {
    # cancer
    "medtop:20000447": ["рак", "онкологический", "опухоль", "злокачественный", "химиотерапия", "онкобольной", "рак_молочный", "онколог", "онкология", "онкоцентр", "онкодиспансер"],
    # heart disease
    "medtop:20000454": ["инфаркт", "сердечно-сосудистый", "кардиологический", "кардиолог", "порок_сердце", "инсульт", "ишемический"],
    # injury
    "medtop:20000456": ["травмировать", "травматизм", "перелом", "ожог", "черепно-мозговой"],
    # mental health and disorder
    "medtop:20000458": ["психический", "психолог", "психологический_помощь", "суицид", "психиатрический", "психиатр", "психиатрический_больница"],
    # eye care
    "medtop:20001225": ["офтальмолог", "зрение", "катаракта", "глазной"],
    # dentistry
    "medtop:20000712": ["стоматолог", "стоматологический", "зубной"],
    # medical staff
    "medtop:20000492": ["медсестра", "фельдшер", "медперсонал", "медработник", "младший_медицинский", "нехватка_врач"],
}
# fmt: on
