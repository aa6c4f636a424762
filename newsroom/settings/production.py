"""Production: secrets from the environment, nothing defaults to insecure."""

from .base import *  # noqa: F403
from .base import require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
