"""Times shown to editors: always in Asia/Baku, always with the zone named."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

DESK_ZONE = ZoneInfo("Asia/Baku")


def baku(moment, with_date=True):
    """25.11.2026 09:00 (Баку, UTC+4); an empty string for no time."""
    if moment is None:
        return ""
    local = timezone.localtime(moment, DESK_ZONE)
    shown = local.strftime("%d.%m.%Y %H:%M" if with_date else "%H:%M")
    return _("%(time)s (Baku, UTC%(offset)s)") % {"time": shown, "offset": utc_offset(local)}


def utc_offset(local):
    minutes = int(local.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")
