"""Settings split by environment: base, development, test, production (read from the environment)."""
