"""Question-and-answer interviews: paragraphs led by a dash (or labelled "Вопрос:"/"Ответ:"),
questions from the agency and answers from the interviewee. The answers are the interviewee's
direct speech even though no quote mark or verb attributes them; the questions are nobody's
quotes. The interviewee is the person the intro says was interviewed, which is often not the
first person it names (an official whose decision the interview is about, the reporter)."""

import re

from .document import Article
from .people import Person, inverted_verb_gender
from .quotes import QuoteCandidate

# A dash, or the labels of a transcript ("Вопрос: …" / "Ответ: …").
LEADING_DASH = re.compile(r"(?:[-–—]|(?:Вопрос|Ответ|В|О)\s*:)\s+")
ANSWER_LABEL = re.compile(r"(?:Ответ|О)\s*:")
MIN_EXCHANGES = 2
SHORT_QUESTION_WORDS = 12
JOURNALISTS = frozenset(["корреспондент", "журналист", "обозреватель", "редактор", "ведущий"])
# Words of the paragraph that introduces the interviewee ("в интервью агентству", "ответила на
# вопросы", "прокомментировал решение").
INTERVIEW_CUES = frozenset(
    ["интервью", "беседа", "вопрос", "ответить", "рассказать", "прокомментировать", "собеседник"]
)


def dash_paragraphs(article: Article) -> list[tuple[int, int]]:
    bounds = []
    for index, start in enumerate(article.paragraph_starts[1:], start=1):
        if LEADING_DASH.match(article.text, start):
            stop = article.paragraph_bounds(start)[1]
            bounds.append((index, start, stop))
    return bounds


def question_flags(article: Article, paragraphs: list[tuple[int, int, int]]) -> list[bool]:
    """Questions end with "?"; one that does not ("– Расскажите о планах.") is recognised as a
    short dash paragraph that follows an answer (or opens the run) and is followed by another."""
    flags, previous_was_question = [], False
    for position, (index, start, stop) in enumerate(paragraphs):
        text = article.text[start:stop].rstrip()
        followed = position + 1 < len(paragraphs) and paragraphs[position + 1][0] == index + 1
        short = len(text.split()) <= SHORT_QUESTION_WORDS
        is_question = text.endswith("?") or (not previous_was_question and short and followed)
        is_question = is_question and not ANSWER_LABEL.match(text)
        flags.append(is_question)
        previous_was_question = is_question
    return flags


def find_interview_answers(article: Article) -> list[QuoteCandidate]:
    """Answers of an interview, or nothing when the article is not one."""
    paragraphs = dash_paragraphs(article)
    questions = [p for p in paragraphs if article.text[p[1] : p[2]].rstrip().endswith("?")]
    if not questions or (
        len(paragraphs) < 2 * MIN_EXCHANGES - 1 and not single_exchange(article, paragraphs)
    ):
        return []
    intro_end = article.paragraph_starts[paragraphs[0][0]]
    answers = []
    for (_index, start, stop), is_question in zip(
        paragraphs, question_flags(article, paragraphs), strict=True
    ):
        if is_question:
            continue
        body = article.text[start:stop]
        dash = LEADING_DASH.match(body)
        answers.append(
            QuoteCandidate(
                body[dash.end() :].strip(), start, stop, "direct", (0, intro_end), "interview"
            )
        )
    return answers


def single_exchange(article: Article, paragraphs: list[tuple[int, int, int]]) -> bool:
    """One question and its answer right after a paragraph that speaks of questions asked:
    "… ответил на вопросы журналистов." / "— Когда …?" / "— Уже к сентябрю …"."""
    if len(paragraphs) != 2 or paragraphs[1][0] != paragraphs[0][0] + 1:
        return False
    (index, start, stop), _ = paragraphs
    if not article.text[start:stop].rstrip().endswith("?"):
        return False
    intro = article.paragraph_starts[index - 1]
    return has_interview_cue(article, *article.paragraph_bounds(intro))


def interviewee(article: Article, people: list[Person], intro_end: int) -> Person | None:
    """The person answering: named in the intro paragraph that speaks of the interview (else the
    last paragraph before the questions that names anyone), the subject of its verb preferred to
    the others that paragraph names ("председатель ЦБ" quoted earlier is not the interviewee)."""
    paragraphs = [
        article.paragraph_bounds(start) for start in article.paragraph_starts if start < intro_end
    ]
    named = [(bounds, mentioned_in(people, *bounds)) for bounds in reversed(paragraphs)]
    named = [(bounds, found) for bounds, found in named if found]
    if not named:
        return None
    if headlined := named_in_headline(article, people):
        return headlined
    cued = [item for item in named if has_interview_cue(article, *item[0])]
    _, found = (cued or named)[0]
    found = [(m, p) for m, p in found if p.role_head not in JOURNALISTS] or found
    subjects = [person for mention, person in found if is_subject(article, mention)]
    return (subjects or [person for _, person in found])[0]


def named_in_headline(article: Article, people: list[Person]) -> Person | None:
    """ "Ержан Калиев: рост замедлится": the headline gives the interviewee before a colon."""
    headline_end = article.paragraph_bounds(0)[1]
    colon = article.text.find(":", 0, headline_end)
    found = mentioned_in(people, 0, colon) if colon > 0 else []
    return found[0][1] if len(found) == 1 else None


def mentioned_in(people: list[Person], start: int, stop: int) -> list:
    found = [(m, p) for p in people for m in p.mentions if start <= m.start < stop]
    return sorted(found, key=lambda item: item[0].start)


def has_interview_cue(article: Article, start: int, stop: int) -> bool:
    return any(article.lemmas[i] in INTERVIEW_CUES for i in article.tokens_between(start, stop))


def is_subject(article: Article, mention) -> bool:
    return mention.is_subject or inverted_verb_gender(article, mention) is not None
