"""The wire file format: a ` date YYYY-MM-DD ` header, the lead sentence (the headline), then
paragraphs separated by blank lines. Knows nothing of language or the database."""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

MAX_SEED_BYTES = 512 * 1024
MAX_HEADLINE_CHARS = 500
HEADER = re.compile(r"^\s*date\s+(?P<date>\S+)\s*(?P<rest>.*)$", re.DOTALL)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


class SeedError(ValueError):
    """A wire file that cannot be imported; the message names the file and what is wrong."""

    def __init__(self, source_file, problem):
        self.source_file = source_file
        self.problem = problem
        super().__init__(f"{source_file}: {problem}")


@dataclass(frozen=True)
class Seed:
    source_file: str
    date: dt.date
    headline: str
    paragraphs: list[str] = field(default_factory=list)
    checksum: str = ""

    @property
    def lead(self):
        return self.headline

    @property
    def body(self):
        return "\n\n".join(self.paragraphs)

    @property
    def text(self):
        """Headline and body as one text, paragraphs separated by blank lines."""
        return "\n\n".join([self.headline, *self.paragraphs])


def decode(raw: bytes, source_file: str, max_bytes: int = MAX_SEED_BYTES) -> str:
    if not raw.strip():
        raise SeedError(source_file, "the file is empty")
    if len(raw) > max_bytes:
        raise SeedError(
            source_file, f"the file is {len(raw):,} bytes, over the limit of {max_bytes:,}"
        )
    if b"\x00" in raw:
        raise SeedError(source_file, "the file is binary (it contains NUL bytes), not UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(
            source_file, f"not UTF-8 text (invalid byte at offset {error.start})"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise SeedError(source_file, "the file contains control characters; it is not a text file")
    return text


def parse_date(value: str, source_file: str) -> dt.date:
    if not ISO_DATE.match(value):
        raise SeedError(source_file, f"malformed date header: {value!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SeedError(
            source_file, f"malformed date header: {value!r} is not a real date"
        ) from None


def split_paragraphs(text: str) -> list[str]:
    paragraphs = (
        " ".join(line.strip() for line in chunk.split("\n"))
        for chunk in PARAGRAPH_BREAK.split(text)
    )
    return [p.strip() for p in paragraphs if p.strip()]


def parse_seed(raw: bytes, source_file: str, max_bytes: int = MAX_SEED_BYTES) -> Seed:
    """Parse one wire file; raise SeedError naming the file and the problem."""
    text = decode(raw, source_file, max_bytes)
    match = HEADER.match(text)
    if not match:
        raise SeedError(
            source_file, "no date header: the first line must start with 'date YYYY-MM-DD'"
        )
    date = parse_date(match["date"], source_file)
    paragraphs = split_paragraphs(match["rest"])
    if not paragraphs:
        raise SeedError(source_file, "no headline after the date header")
    headline, body = paragraphs[0], paragraphs[1:]
    if len(headline) > MAX_HEADLINE_CHARS:
        raise SeedError(
            source_file,
            f"the headline (lead sentence) is {len(headline):,} characters, over {MAX_HEADLINE_CHARS}",
        )
    if not body:
        raise SeedError(source_file, "no body: the headline is not followed by any paragraph")
    return Seed(
        source_file=source_file,
        date=date,
        headline=headline,
        paragraphs=body,
        checksum=hashlib.sha256(raw).hexdigest(),
    )
