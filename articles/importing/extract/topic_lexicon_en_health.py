"""English words of the children of disease and condition and of medical specialisation, which
had little more than their IPTC names: the illness a health story is about (cancer, heart
disease, injuries, mental health) and the specialty that treats it (eye care, dentistry;
oncologists and psychiatrists under the illness, as their own codes are retired), and the
medical staff. Reviewed against the IPTC definitions (articles/data/mediatopics.csv). Broad words of a hospital story (a children's hospital, an
ambulance, insurance) are left out: editors file such a story under the hospital.
Words lower case, as simple_lemma leaves them."""

# fmt: off
TOPIC_KEYWORDS_HEALTH = {
    # cancer
    "medtop:20000447": ["tumour", "tumor", "malignant", "chemotherapy", "breast cancer", "leukaemia", "leukemia", "oncologist", "oncology", "cancer centre", "cancer center"],
    # heart disease
    "medtop:20000454": ["heart attack", "cardiovascular", "cardiac", "cardiologist", "stroke", "heart surgery"],
    # injury
    "medtop:20000456": ["injured", "fracture", "burns", "head injury"],
    # mental health and disorder
    "medtop:20000458": ["mental health", "psychologist", "suicide", "psychological support", "psychiatrist", "psychiatric"],
    # eye care
    "medtop:20001225": ["ophthalmologist", "eyesight", "cataract", "eye clinic"],
    # dentistry
    "medtop:20000712": ["dentist", "dental"],
    # medical staff
    "medtop:20000492": ["nurse", "paramedic", "medical staff", "health worker", "doctor shortage", "shortage of doctors"],
}
# fmt: on
