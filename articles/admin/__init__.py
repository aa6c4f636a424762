"""The editorial desk in Django's admin: articles with workflow, revisions, locks and previews;
curation of people, quotes and topics; the audit log, preview links and API tokens."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import articles, catalogue, records  # noqa: F401  (registers the model admins)

admin.site.site_header = _("Newsroom desk")
admin.site.site_title = _("Newsroom desk")
admin.site.index_title = _("Editorial desk")
