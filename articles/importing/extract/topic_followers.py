"""Narrow codes that follow from a chosen one with little evidence of their own.

- The charge of a court story: a story whose strongest code is a justice one (court, trial,
  investigation) names its crime once ("дело о
  мошенничестве", "charged with arson") and then speaks of judges, prosecutors and sentences, so
  one mention of a crime beside a chosen justice code files the story under that crime.
- The policy of a domain: a chosen domain (education, health, environment, culture)
  with a reform, a bill or new rules in the text is that domain's policy under
  government policy ("реформа экзаменов" → education policy), as IPTC files it.
- The transfer of a sport story: a story filed under a sport code that speaks of a player's contract,
  fee or transfer in two distinct words ("signed … on a four-year contract", "трансфер …
  контракт") is a sports transaction; the same words outside sport are a business deal.
"""

from collections import Counter

CRIMES = "medtop:20000082"  # crime: its children are the charges
JUSTICE_ROOT = "medtop:02000000"  # crime, law and justice
# policy code → the domain code whose story, with a reform in it, is that policy's
POLICY_DOMAINS = {
    "medtop:20001338": "medtop:05000000",  # education policy ← education
    "medtop:20000479": "medtop:07000000",  # healthcare policy ← health
    "medtop:20000423": "medtop:06000000",  # environmental policy ← environment
    "medtop:20001132": "medtop:20000038",  # cultural policy ← culture
}
REFORM_CUES = {
    "ru": (
        "реформа", "реформирование", "реформировать", "законопроект", "нововведение",
        "концепция_развитие", "стратегия_развитие", "новый_правило", "новый_стандарт",
    ),
    "en": (
        "reform", "overhaul", "legislation", "draft law", "new rules", "new rule",
        "new standard",
    ),
}  # fmt: skip
SPORT_ROOT = "medtop:15000000"
SPORTS_TRANSACTION = "medtop:20001148"
TRANSACTION_CUES = {
    "ru": (
        "трансфер", "трансферный", "контракт", "подписать", "перейти", "переход", "аренда",
        "арендовать", "отступной",
    ),
    "en": (
        "transfer", "transferred", "contract", "contracts", "fee", "signed", "sign", "loan",
        "loaned", "clause",
    ),
}  # fmt: skip
TRANSACTION_EVIDENCE = 2  # distinct words: "signed" alone may be a sponsor's


def followers(
    chosen: list[str],
    scores: dict[str, int],
    counts: Counter,
    language: str,
    ancestors,
) -> list[str]:
    """The charge of a chosen justice story, the policy of a chosen domain and the transfer of
    a sport story, not yet chosen."""
    lines = {code: set(ancestors(code)) for code in chosen}
    found = []
    lead = lines[chosen[0]] if chosen else set()  # the strongest code: what the story is about
    if JUSTICE_ROOT in lead and CRIMES not in lead:
        crimes = [
            code
            for code, value in scores.items()
            if value and CRIMES in ancestors(code)[1:] and code not in chosen
        ]
        best = max((scores[code] for code in crimes), default=0)
        found += [code for code in crimes if scores[code] == best]
    if (
        any(SPORT_ROOT in line for line in lines.values())
        and SPORTS_TRANSACTION not in chosen
        and sum(1 for cue in TRANSACTION_CUES[language] if counts[cue]) >= TRANSACTION_EVIDENCE
    ):
        found.append(SPORTS_TRANSACTION)
    if any(counts[cue] for cue in REFORM_CUES[language]):
        for policy, domain in POLICY_DOMAINS.items():
            if policy not in chosen and any(domain in line for line in lines.values()):
                found.append(policy)
    return found
