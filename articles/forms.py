"""Forms of the editorial desk: the article with its version token, uploads, merges, transitions."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import permissions
from .diffs import field_diffs, normalise
from .models import Article, Person
from .timefmt import DESK_ZONE, baku

DESK_DATETIME = "%Y-%m-%dT%H:%M"
DIFF_FIELDS = [("headline", _("headline")), ("lead", _("lead")), ("body", _("body"))]
BUTTON_TRANSITIONS = {
    "submit": "submit",
    "publish": "publish",
    "schedule": "publish",
    "withdraw": "withdraw",
    "return": "return",
}


def publication_time(button, scheduled_at=None):
    """Publishing means now, even for a story that kept an old or abandoned schedule."""
    if button == "schedule":
        return scheduled_at
    return timezone.now() if button == "publish" else None


class BakuDateTimeField(forms.DateTimeField):
    """A datetime-local input read in the desk's zone (the form says which)."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DESK_DATETIME)

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", [DESK_DATETIME, "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"])
        super().__init__(**kwargs)

    def to_python(self, value):
        with timezone.override(DESK_ZONE):  # whatever zone the request runs in
            return super().to_python(value)


class ArticleForm(forms.ModelForm):
    """The article as an editor edits it; status and publication time change only by transitions."""

    user = None  # set per request by the admin

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    transition_note = forms.CharField(
        label=_("Note for the audit log"),
        required=False,
        widget=forms.TextInput(attrs={"size": 60}),
    )
    publish_at = BakuDateTimeField(
        label=_("Publication time (Baku, UTC+4)"),
        required=False,
        help_text=_("For “Schedule”: the story goes live by itself at this time."),
    )

    class Meta:
        model = Article
        fields = [
            "headline", "slug", "lead", "body", "language", "source", "dateline",
            "source_file", "places", "organisations",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version

    def clean_lead(self):
        return normalise(self.cleaned_data["lead"])

    def clean_body(self):
        # Browsers send CRLF; paragraphs are split on a blank line ("\n\n").
        return normalise(self.cleaned_data["body"])

    @property
    def requested_transition(self):
        name = self.data.get("_transition", "")
        return name if name in BUTTON_TRANSITIONS else None

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self.check_version(cleaned.get("version"))
        name = self.requested_transition
        if name:
            self.check_transition(name, cleaned)
        return cleaned

    def check_version(self, submitted):
        """Refuse a save based on a stale version; keep the input and show the other changes."""
        current = Article.objects.select_for_update().get(pk=self.instance.pk)
        if submitted == current.version:
            return
        self.conflict = conflict_report(self.instance.pk, submitted, current, self.cleaned_data)
        data = self.data.copy()
        data["version"] = current.version  # a second save, after reading, is deliberate
        self.data = data
        raise forms.ValidationError(
            _(
                "Not saved: %(who)s saved this article at %(when)s (version %(version)s) while you "
                "were editing. Your text is still in the form below; compare it with their changes, "
                "then save again to keep yours."
            ),
            code="stale",
            params={
                "who": self.conflict["who"] or _("another editor"),
                "when": baku(self.conflict["when"]),
                "version": current.version,
            },
        )

    def check_transition(self, name, cleaned):
        if not permissions.can_transition(self.user, self.instance, BUTTON_TRANSITIONS[name]):
            raise forms.ValidationError(
                _("You may not do “%(action)s” to this article."),
                code="transition",
                params={"action": permissions.TRANSITIONS[BUTTON_TRANSITIONS[name]].label},
            )
        at = cleaned.get("publish_at")
        if name == "schedule" and (at is None or at <= timezone.now()):
            self.add_error("publish_at", _("To schedule, give a publication time in the future."))


def conflict_report(pk, submitted, current, cleaned):
    """What the other editor changed (their base → now) and what this editor would change."""
    base = (
        Article.history.filter(id=pk, version=submitted).order_by("-history_date").first()
        if submitted
        else None
    )
    latest = Article.history.filter(id=pk).order_by("-history_date").first()
    mine = type("Submitted", (), {name: cleaned.get(name, "") for name, _label in DIFF_FIELDS})
    return {
        "who": latest.history_user if latest else None,
        "when": latest.history_date if latest else current.updated_at,
        "version": current.version,
        "theirs": field_diffs(base or current, current, DIFF_FIELDS),
        "mine": field_diffs(current, mine, DIFF_FIELDS),
    }


class TransitionForm(forms.Form):
    note = forms.CharField(label=_("Note for the audit log"), required=False)
    at = BakuDateTimeField(label=_("Publication time (Baku, UTC+4)"), required=False)

    def is_valid(self, name=None):
        valid = super().is_valid()
        at = self.cleaned_data.get("at") if valid else None
        if valid and name == "schedule" and (at is None or at <= timezone.now()):
            self.add_error("at", _("To schedule, give a publication time in the future."))
            return False
        return valid


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files if item]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Wire files"), help_text=_("One or more .txt files in the wire format.")
    )
    publish = forms.BooleanField(
        label=_("Publish at once"),
        required=False,
        help_text=_("Only for editors; otherwise the stories arrive as drafts."),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"), required=False, help_text=_("Parse and extract, report, write nothing.")
    )


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        widget=forms.RadioSelect,
        label=_("Keep this person"),
        help_text=_(
            "The others' quotes, mentions and names move to this person; they are deleted."
        ),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = people
