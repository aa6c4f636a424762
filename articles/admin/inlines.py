"""Inlines of the article form: IPTC topics, people named, quotes with their review."""

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .. import permissions
from ..models import ArticleTopic, Mention, Quote, Topic


class RowAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete queries its selected option by value: one query per inline row.
    This one shows the row's own object (`row_object`, loaded with the row) while the value is
    still that object's, and asks the database only for a value the form was sent."""

    row_object = None

    def optgroups(self, name, value, attr=None):
        chosen = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        row = self.row_object
        if row is None or chosen != [str(row.pk)]:
            return super().optgroups(name, value, attr)
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        label = self.choices.field.label_from_instance(row)
        options.append(self.create_option(name, row.pk, label, True, len(options)))
        return [(None, options, 0)]


class RowAutocompleteMixin:
    """Inline rows load their autocomplete objects with `select_related` and hand each to its
    widget, so the article form costs the same queries for 2 quotes or 200."""

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.autocomplete_fields)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.autocomplete_fields and "widget" not in kwargs:
            kwargs["widget"] = RowAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (RowObjectsFormSet, formset), {})


class RowObjectsFormSet:
    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        for name, field in form.fields.items():
            widget = getattr(field.widget, "widget", field.widget)  # inside the admin's wrapper
            if isinstance(widget, RowAutocompleteSelect):
                model_field = form.instance._meta.get_field(name)
                if model_field.is_cached(form.instance):
                    widget.row_object = model_field.get_cached_value(form.instance)
        return form


class ArticleTopicInline(RowAutocompleteMixin, admin.TabularInline):
    model = ArticleTopic
    fields = ["topic", "confidence"]
    autocomplete_fields = ["topic"]
    extra = 0
    verbose_name = _("topic")
    verbose_name_plural = _("topics (IPTC)")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "topic":  # retired concepts are never offered; this story's stay
            match = request.resolver_match
            object_id = match.kwargs.get("object_id") if match else None
            current = ArticleTopic.objects.filter(article_id=object_id).values("topic")
            kwargs["queryset"] = Topic.objects.filter(
                Q(pk__in=Topic.objects.active().values("pk")) | Q(pk__in=current)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class MentionInline(RowAutocompleteMixin, admin.TabularInline):
    model = Mention
    fields = ["person", "role", "confidence"]
    readonly_fields = ["confidence"]
    autocomplete_fields = ["person"]
    extra = 0


class QuoteInline(RowAutocompleteMixin, admin.StackedInline):
    model = Quote
    fields = [("position", "kind", "status"), "text", ("speaker", "confidence", "review_flag")]
    readonly_fields = ["confidence", "review_flag"]
    autocomplete_fields = ["speaker"]
    ordering = ["position"]
    extra = 0
    classes = ["quotes"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not permissions.can_review_quotes(request.user):
            fields.append("status")  # confirming and rejecting is the editors'
        return fields

    @admin.display(description=_("needs review"))
    def review_flag(self, quote):
        if quote.pk and quote.needs_review:
            return format_html(
                '<strong class="flag-review">⚠ {}</strong>',
                _("Low confidence: check the speaker"),
            )
        return "—"
