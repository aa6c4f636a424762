"""Where one organisation's name lies in the text, with the abbreviations it was given."""

from dataclasses import dataclass, field


@dataclass
class OrganisationSpan:
    start: int
    stop: int
    aliases: list[str] = field(default_factory=list)
    supranational: bool = False
