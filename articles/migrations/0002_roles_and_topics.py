"""Create the desk's role groups and load the IPTC Media Topics vocabulary."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from articles.roles import sync_role_groups

    sync_role_groups(apps)


def load_topics(apps, schema_editor):
    from articles.vocabulary import sync_topics

    sync_topics(apps.get_model("articles", "Topic"))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(load_topics, migrations.RunPython.noop),
    ]
