"""scribe: a self-hosted, offline AI scribe for mental-health practices."""

__version__ = "0.1.0"
