"""Readable diffs for editors: words inserted and deleted, marked in text as well as in colour.

`<del>`/`<ins>` carry the meaning for assistive technology; the [−…−] and [+…+] markers keep
it when styles are off or colours cannot be told apart.
"""

import difflib
import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

TOKENS = re.compile(r"\s+|[^\s]+")


def html_diff(old, new):
    """Inline word diff of two texts as safe HTML; paragraphs (blank lines) are kept."""
    old, new = normalise(old), normalise(new)
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    parts = []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old_tokens[a1:a2])))
            continue
        if op in ("delete", "replace"):
            parts.append(marked("del", "".join(old_tokens[a1:a2]), _("deleted"), "[−", "−]"))
        if op in ("insert", "replace"):
            parts.append(marked("ins", "".join(new_tokens[b1:b2]), _("inserted"), "[+", "+]"))
    return mark_safe("".join(parts).replace("\n\n", "<br><br>").replace("\n", "<br>"))  # noqa: S308


def normalise(text):
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def visible(text):
    """Changed whitespace is shown as a sign, or the change would be invisible."""
    if text.strip():
        return text
    return "¶" * text.count("\n") or "␣"


def marked(tag, text, label, opening, closing):
    text = visible(text)
    return format_html(
        '<{tag} title="{label}"><span class="diff-marker" aria-hidden="true">{opening}</span>'
        "{text}"
        '<span class="diff-marker" aria-hidden="true">{closing}</span></{tag}>',
        tag=tag,
        label=label,
        opening=opening,
        closing=closing,
        text=text,
    )


def changed(old, new):
    return (old or "") != (new or "")


def field_diffs(old, new, names):
    """[(label, html, changed)] for the named fields of two objects with the same attributes."""
    rows = []
    for name, label in names:
        before, after = str(getattr(old, name, "") or ""), str(getattr(new, name, "") or "")
        rows.append({"label": label, "html": html_diff(before, after), "changed": before != after})
    return rows


def list_diff(old_items, new_items):
    """Lines removed and added between two lists of strings (topics, quotes)."""
    old_set, new_set = list(dict.fromkeys(old_items)), list(dict.fromkeys(new_items))
    return {
        "removed": [item for item in old_set if item not in new_set],
        "added": [item for item in new_set if item not in old_set],
        "kept": [item for item in new_set if item in old_set],
    }
