"""The product's URLs plus /bench/hello/, the hello-world yardstick (never in the product)."""

from django.http import HttpResponse
from django.urls import path

from newsroom.urls import urlpatterns as product_urlpatterns


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello), *product_urlpatterns]
