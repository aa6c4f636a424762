"""factory_boy factories for the newsroom's models; exposed as fixtures in conftest.py."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Article, Mention, Organisation, Person, Place, Quote, Topic


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.test")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Персона Номер{n}")
    slug = factory.Sequence(lambda n: f"persona-{n}")
    role = "министр иностранных дел"


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Город{n}")
    slug = factory.Sequence(lambda n: f"gorod-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Организация {n}")
    slug = factory.Sequence(lambda n: f"organizatsiia-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Новость номер {n} о сотрудничестве")
    slug = factory.Sequence(lambda n: f"novost-{n}")
    lead = factory.LazyAttribute(lambda a: a.headline)
    body = "Первый абзац текста.\n\nВторой абзац текста."
    language = "ru"
    status = Article.Status.DRAFT
    source = "Report"
    dateline = factory.LazyFunction(lambda: timezone.localdate())

    class Params:
        published = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=1)),
        )
        scheduled = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=1)),
        )

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(
                *(Topic.objects.get(qcode=q) if isinstance(q, str) else q for q in extracted)
            )


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    article = factory.SubFactory(ArticleFactory)
    person = factory.SubFactory(PersonFactory)
    role = factory.LazyAttribute(lambda m: m.person.role)


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(PersonFactory)
    text = factory.Sequence(lambda n: f"Мы продолжим сотрудничество, это цитата номер {n}")
    position = factory.Sequence(lambda n: n + 1)
    kind = Quote.Kind.DIRECT
