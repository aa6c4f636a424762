"""What extraction returns: plain dataclasses, printed as they are by `extract --json`."""

from dataclasses import asdict, dataclass, field


@dataclass
class PersonFound:
    name: str  # nominative, "Имя Фамилия"
    role: str | None = None  # nominative role phrase, e.g. "посол Азербайджана в Казахстане"
    aliases: list[str] = field(default_factory=list)  # other forms seen in the text
    confidence: float = 1.0


@dataclass
class QuoteFound:
    text: str
    speaker: str | None  # the PersonFound.name it is attributed to
    kind: str = "direct"  # "direct" or "partial"
    confidence: float = 1.0
    paragraph: int = 0  # index into Seed.paragraphs (-1 for the headline)

    @property
    def partial(self):
        return self.kind == "partial"


@dataclass
class TopicFound:
    code: str  # "medtop:20000344"
    name: str  # English IPTC label
    confidence: float = 1.0


@dataclass
class Extraction:
    language: str
    people: list[PersonFound] = field(default_factory=list)
    quotes: list[QuoteFound] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    topics: list[TopicFound] = field(default_factory=list)

    def as_json(self, seed):
        """The `extract --json` contract read by ../shared/tools/score_extraction.py."""
        data = asdict(self)
        for quote, found in zip(data["quotes"], self.quotes, strict=True):
            quote["partial"] = found.partial
        return {
            "source_file": seed.source_file,
            "language": self.language,
            "date": seed.date.isoformat(),
            "headline": seed.headline,
            **data,
        }
