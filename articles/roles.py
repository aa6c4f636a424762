"""The desk's roles as groups: what a Reporter and an Editor may do (codenames of Django permissions).

A migration creates the groups from this table; `permissions.py` decides with the resulting perms.
"""

REPORTER_PERMISSIONS = [
    "add_article", "change_article", "view_article",
    "add_quote", "change_quote", "view_quote",
    "add_person", "view_person",
    "view_topic", "add_articletopic", "change_articletopic", "delete_articletopic",
    "view_articletopic",
    "add_place", "view_place",
    "add_organisation", "view_organisation",
    "add_mention", "change_mention", "delete_mention", "view_mention", "view_personalias",
    "add_previewlink", "view_previewlink",
]  # fmt: skip

EDITOR_PERMISSIONS = REPORTER_PERMISSIONS + [
    "publish_article", "withdraw_article",
    "review_quote", "delete_quote",
    "change_person", "merge_person", "add_personalias", "change_personalias", "delete_personalias",
    "change_place", "change_organisation",
    "view_auditentry", "change_previewlink",
]  # fmt: skip

ROLES = {"Reporter": REPORTER_PERMISSIONS, "Editor": EDITOR_PERMISSIONS}


def sync_role_groups(apps):
    """Create or update the role groups with exactly their permissions (usable from migrations)."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; the groups need them now.
    create_permissions(global_apps.get_app_config("articles"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )
