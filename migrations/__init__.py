"""Alembic migrations of the timeline schema (shipped as ``timeline._migrations``)."""
