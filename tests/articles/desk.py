"""Helpers for the desk's tests: submit an admin change form as a browser would."""

import datetime as dt

from django.urls import reverse


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def field_value(bound):
    value = bound.value()
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def form_data(response, **changes):
    """The POST data a browser sends for the admin form in `response`, with `changes` applied."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for name in form.fields:
            value = field_value(form[name])
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
