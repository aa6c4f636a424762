"""What a page of stories mentions — topics, people, places, organisations, quotes — read as the
API's own rows: five queries of only the columns it shows, grouped by story.

This replaces `prefetch_related` for the API's reads. A page of 20 stories carries some 400
related rows; as model instances behind prefetch managers they cost more CPU than the rest of
the request together, and the API shows a handful of their columns. The rows built here are
exactly what the serializers emit (`ArticleSerializer` and `NinjsSerializer` read them); the
ordering: topics by qcode, places, organisations and people by name, quotes by position.
"""

from articles.models import Article, ArticleTopic, Mention, Organisation, Place, Quote, Topic

RELATIONS = ("topics", "people", "places", "organisations", "quotes")


def related_rows(article_ids, *, public, url_of):
    """`{article id: {"topics": [...], "people": [...], ...}}` for every id in `article_ids`.

    `public`: the caller is not the desk, so rejected quotes are left out (the articles are
    published ones: the caller could list no other). `url_of(model, slug)` is a page's address.
    """
    ids = list(article_ids)
    rows = {pk: {name: [] for name in RELATIONS} for pk in ids}
    if not ids:
        return rows
    for article_id, row in topics(ids):
        rows[article_id]["topics"].append(row)
    roles = {}
    for article_id, row in people(ids):
        rows[article_id]["people"].append(row)
        roles[article_id, row["id"]] = row["role"]
    for article_id, row in places(ids, url_of):
        rows[article_id]["places"].append(row)
    for article_id, row in organisations(ids, url_of):
        rows[article_id]["organisations"].append(row)
    for article_id, row in quotes(ids, public=public, roles=roles):
        rows[article_id]["quotes"].append(row)
    return rows


def topics(ids):
    links = ArticleTopic.objects.filter(article_id__in=ids).order_by("topic__qcode")
    for article_id, qcode, name_en, name_ru in links.values_list(
        "article_id", "topic__qcode", "topic__name_en", "topic__name_ru"
    ):
        uri = Topic(qcode=qcode).uri  # the one definition of a concept's URI
        yield article_id, {"qcode": qcode, "uri": uri, "name_en": name_en, "name_ru": name_ru}


def people(ids):
    mentions = Mention.objects.filter(article_id__in=ids).order_by("person__name")
    for article_id, pk, name, slug, role in mentions.values_list(
        "article_id", "person_id", "person__name", "person__slug", "role"
    ):
        yield article_id, {"id": pk, "name": name, "slug": slug, "role": role}


def places(ids, url_of):
    links = Article.places.through.objects.filter(article_id__in=ids).order_by("place__name")
    for article_id, pk, name, slug in links.values_list(
        "article_id", "place_id", "place__name", "place__slug"
    ):
        yield article_id, {"id": pk, "name": name, "slug": slug, "url": url_of(Place, slug)}


def organisations(ids, url_of):
    links = Article.organisations.through.objects.filter(article_id__in=ids)
    for article_id, pk, name, slug, abbreviation in links.order_by(
        "organisation__name"
    ).values_list(
        "article_id",
        "organisation_id",
        "organisation__name",
        "organisation__slug",
        "organisation__abbreviation",
    ):
        row = {"id": pk, "name": name, "slug": slug, "abbreviation": abbreviation}
        yield article_id, {**row, "url": url_of(Organisation, slug)}


def quotes(ids, *, public, roles):
    """`roles`: `{(article id, person id): role}` of the stories' mentions. A speaker's role is
    their mention's in that story, "" without one: `QuoteQuerySet.with_speaker_role()` read
    from the mentions already loaded (one per person and story, a database constraint)
    instead of a subquery per quote."""
    # `public(articles=ids)`: the ids are of published stories already, so PostgreSQL reads
    # their quotes by index instead of joining every published story first.
    chosen = (
        Quote.objects.public(articles=ids) if public else Quote.objects.filter(article_id__in=ids)
    )
    columns = ("article_id", "pk", "text", "kind", "position", "status", "speaker_id")
    for article_id, pk, text, kind, position, status, speaker_id, name, slug in chosen.order_by(
        "position"
    ).values_list(*columns, "speaker__name", "speaker__slug"):
        row = {"id": pk, "text": text, "kind": kind, "position": position, "status": status}
        row["speaker"] = (
            None
            if speaker_id is None
            else {
                "id": speaker_id,
                "name": name,
                "slug": slug,
                "role": roles.get((article_id, speaker_id), ""),
            }
        )
        yield article_id, row
