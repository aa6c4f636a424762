"""gunicorn settings for Newsroom: `gunicorn newsroom.wsgi` reads this file from the repo root.

Every value can be overridden from the environment, so one file serves every machine.
"""

import multiprocessing
import os

# Behind a load balancer or reverse proxy on the same host or network.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: Django's ORM is blocking; (2 × cores) + 1 keeps the CPUs busy while
# some workers wait on PostgreSQL or Redis.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak can never take a machine down.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "500"))
# Load the app once in the master; workers fork from it (less memory, faster restarts).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
# The proxy in front sets X-Forwarded-*; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs to stdout/stderr for the process manager; "-" disables a log by setting it to None.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# One JSON object per request, like the application's own logs (newsroom/logging.py).
access_log_format = (
    '{"time":"%(t)s","remote":"%({x-forwarded-for}i)s","method":"%(m)s","path":"%(U)s",'
    '"query":"%(q)s","status":%(s)s,"bytes":"%(B)s","duration_us":%(D)s,'
    '"referer":"%(f)s","user_agent":"%(a)s"}'
)
