"""The newsroom's data: articles and what extraction finds in them, as editors see it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history import register
from simple_history.models import HistoricalRecords

from .querysets import (
    ArticleQuerySet,
    OrganisationQuerySet,
    PersonQuerySet,
    PlaceQuerySet,
    QuoteQuerySet,
    TopicQuerySet,
    meets,
    public_rule,
)


class Language(models.TextChoices):
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


class Topic(models.Model):
    """An IPTC Media Topic concept (https://cv.iptc.org/newscodes/mediatopic/)."""

    qcode = models.CharField(
        _("IPTC qcode"), max_length=32, unique=True, help_text="medtop:20000344"
    )
    name_en = models.CharField(_("English name"), max_length=200)
    name_ru = models.CharField(_("Russian name"), max_length=200, blank=True)
    definition = models.TextField(_("definition"), blank=True)
    level = models.PositiveSmallIntegerField(_("level"), default=1)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("broader topic"),
    )
    retired = models.DateField(
        _("retired on"),
        null=True,
        blank=True,
        help_text=_("Retired concepts are never offered for tagging."),
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["qcode"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name_ru or self.name_en

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"code": self.code})

    @property
    def code(self):
        """The number without the scheme: medtop:20000344 → 20000344."""
        return self.qcode.partition(":")[2]

    @property
    def uri(self):
        return f"http://cv.iptc.org/newscodes/mediatopic/{self.code}"


class NamedEntity(models.Model):
    name = models.CharField(
        _("name"), max_length=255, unique=True, help_text=_("Normalised name, nominative case.")
    )
    slug = models.SlugField(_("slug"), max_length=255, unique=True, allow_unicode=False)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Place(NamedEntity):
    objects = PlaceQuerySet.as_manager()

    class Meta(NamedEntity.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def get_absolute_url(self):
        return reverse("articles:place", kwargs={"slug": self.slug})


class Organisation(NamedEntity):
    abbreviation = models.CharField(_("abbreviation"), max_length=64, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta(NamedEntity.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_absolute_url(self):
        return reverse("articles:organisation", kwargs={"slug": self.slug})


class Person(models.Model):
    name = models.CharField(
        _("full name"),
        max_length=255,
        db_index=True,
        help_text=_("First name and surname in the nominative: Агалар Атамогланов."),
    )
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    role = models.CharField(
        _("current role"),
        max_length=500,
        blank=True,
        help_text=_("As of the latest article: посол Азербайджана в Казахстане."),
    )
    identity = models.CharField(
        max_length=255,
        db_index=True,
        editable=False,
        help_text="Spelling-independent key of the name (Aliyev = Алиев = Əliyev).",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [("merge_person", _("Can merge people"))]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from .importing.identity import identity_key

        self.identity = identity_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:person", kwargs={"slug": self.slug})


class PersonAlias(models.Model):
    """Another form of a person's name seen in copy: surname alone, an oblique case, a Latin spelling."""

    person = models.ForeignKey(
        Person, models.CASCADE, related_name="aliases", verbose_name=_("person")
    )
    name = models.CharField(_("form"), max_length=255)

    class Meta:
        ordering = ["name"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="unique_alias_per_person")
        ]
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    headline = models.CharField(_("headline"), max_length=500)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        help_text=_("Latin letters; part of the public address."),
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("The opening sentence or paragraph.")
    )
    body = models.TextField(
        _("body"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.RUSSIAN
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("A future time schedules the story; it goes live by itself."),
    )
    source = models.CharField(_("source agency"), max_length=100, blank=True)
    dateline = models.DateField(_("dateline date"), null=True, blank=True)

    source_file = models.CharField(_("imported from"), max_length=255, blank=True)
    checksum = models.CharField(
        _("SHA-256 of the imported text"),
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        editable=False,
    )
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True, editable=False)
    imported_version = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text="The version the importer last wrote; a higher version means an editor changed it.",
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    topics = models.ManyToManyField(
        Topic, through="ArticleTopic", related_name="articles", blank=True, verbose_name=_("topics")
    )
    people = models.ManyToManyField(
        Person, through="Mention", related_name="articles", blank=True, verbose_name=_("people")
    )
    places = models.ManyToManyField(
        Place, related_name="articles", blank=True, verbose_name=_("places")
    )
    organisations = models.ManyToManyField(
        Organisation, related_name="articles", blank=True, verbose_name=_("organisations")
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at", "imported_version"])

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish and schedule articles")),
            ("withdraw_article", _("Can withdraw published articles")),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(fields=["language"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="published_article_has_time",
            )
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("articles:article", kwargs={"slug": self.slug})

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n\n") if p.strip()]

    @property
    def is_public(self):
        """This article, as loaded, meets the rule of `Article.objects.published()`."""
        return meets(self, public_rule())

    @property
    def edited_since_import(self):
        return self.imported_version is not None and self.version != self.imported_version


class ArticleTopic(models.Model):
    article = models.ForeignKey(Article, models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, models.PROTECT, related_name="article_links")
    confidence = models.FloatField(_("confidence"), default=1.0)

    # Revisions show and restore an article's topics as of any moment.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("topic of an article")
        verbose_name_plural = _("topics of the article")
        constraints = [
            models.UniqueConstraint(fields=["article", "topic"], name="unique_topic_per_article")
        ]
        # A topic's stories read from the index alone (the unique one leads with the article).
        indexes = [models.Index(fields=["topic", "article"])]

    def __str__(self):
        return str(self.topic)


# Revisions show and restore an article's places and organisations as of any moment. The links
# stay plain many-to-many rows (the admin's autocomplete, `.set()` in the API, the importer's bulk
# insert); `.add()`, `.remove()`, `.set()` and `.clear()` save no rows one by one, so
# `articles.revisions.record_link_changes` writes their history from `m2m_changed`.
register(
    Article.places.through,
    app="articles",
    custom_model_name="HistoricalArticlePlace",
    verbose_name=_("historical place of an article"),
    verbose_name_plural=_("historical places of articles"),
)
register(
    Article.organisations.through,
    app="articles",
    custom_model_name="HistoricalArticleOrganisation",
    verbose_name=_("historical organisation of an article"),
    verbose_name_plural=_("historical organisations of articles"),
)


class Mention(models.Model):
    """A person named in an article, with the role they held as of that article."""

    article = models.ForeignKey(Article, models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, models.CASCADE, related_name="mentions")
    role = models.CharField(_("role in this article"), max_length=500, blank=True)
    confidence = models.FloatField(_("confidence"), default=1.0)

    # Revisions show and restore who was named, with which role, as of any moment.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("people in the article")
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="unique_mention_per_article")
        ]
        # A person's stories from the index alone, newest ids first (`with_frequency`).
        indexes = [models.Index(fields=["person", "article"])]

    def __str__(self):
        return f"{self.person} — {self.role}" if self.role else str(self.person)


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", _("Direct")
        PARTIAL = "partial", _("Partial")

    class Review(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(
        Article, models.CASCADE, related_name="quotes", verbose_name=_("article")
    )
    speaker = models.ForeignKey(
        Person,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("speaker"),
    )
    text = models.TextField(_("text"))
    position = models.PositiveIntegerField(
        _("position"), help_text=_("Order of the quote in the article.")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.DIRECT)
    status = models.CharField(
        _("review"), max_length=16, choices=Review.choices, default=Review.SUGGESTED, db_index=True
    )
    confidence = models.FloatField(
        _("confidence"), default=1.0, help_text=_("How sure extraction was of the speaker (0–1).")
    )

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        permissions = [("review_quote", _("Can confirm and reject quotes"))]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_quote_position")
        ]
        # A speaker's quotes by story, newest ids first (`with_frequency`).
        indexes = [models.Index(fields=["speaker", "article"])]

    def __str__(self):
        return self.text[:80]

    @property
    def needs_review(self):
        return (
            self.status == self.Review.SUGGESTED
            and self.confidence < settings.NEWSROOM_REVIEW_CONFIDENCE
        )


class AuditEntry(models.Model):
    """Who did what to which story: workflow transitions, merges, reverts, imports."""

    class Action(models.TextChoices):
        TRANSITION = "transition", _("Status change")
        MERGE = "merge", _("Merge of people")
        REVERT = "revert", _("Revert")
        IMPORT = "import", _("Import")
        QUOTE = "quote", _("Quote review")

    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    article = models.ForeignKey(
        Article, models.CASCADE, null=True, blank=True, related_name="audit_entries"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, verbose_name=_("who")
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    from_status = models.CharField(_("from"), max_length=16, blank=True)
    to_status = models.CharField(_("to"), max_length=16, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.get_action_display()} {self.from_status}→{self.to_status}"


class PreviewLink(models.Model):
    """A signed, expiring, revocable link to an unpublished article for a reviewer without an account."""

    article = models.ForeignKey(
        Article, models.CASCADE, related_name="preview_links", verbose_name=_("article")
    )
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self):
        return f"{self.article} ({self.expires_at:%Y-%m-%d %H:%M})"

    @property
    def is_valid(self):
        return self.revoked_at is None and self.expires_at > timezone.now()


class EditLock(models.Model):
    """A soft lock: "being edited by X since HH:MM"; it expires by itself."""

    article = models.OneToOneField(Article, models.CASCADE, related_name="edit_lock")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="edit_locks")
    since = models.DateTimeField(_("since"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        verbose_name = _("edit lock")
        verbose_name_plural = _("edit locks")

    def __str__(self):
        return f"{self.article} — {self.user}"

    @property
    def is_active(self):
        return self.expires_at > timezone.now()


class ApiToken(models.Model):
    """A per-user API token; only its SHA-256 is stored, so a leaked database leaks no token."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("What the token is for, e.g. 'photo desk script'.")
    )
    prefix = models.CharField(
        _("prefix"),
        max_length=12,
        editable=False,
        help_text=_("First characters, to recognise the token."),
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"
