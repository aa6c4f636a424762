"""Local development: DEBUG on, a fixed throwaway secret unless one is given."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "development-only-not-secret")  # noqa: S105
