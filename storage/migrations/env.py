"""Alembic environment: runs on the connection handed in by `storage.migrate`.

Run by the `alembic` command itself (`alembic -c alembic.ini upgrade heads`,
`current`, …) there is no connection handed in: the database is then the
application's own, `REGISTRATURA_DATABASE_URL` (default: SQLite in
`REGISTRATURA_DATA_DIR`) as `registratura.settings` reads it, never a URL
written in alembic.ini, and the migration lock is taken as at start-up.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from storage.models import Base

connection = context.config.attributes.get("connection")


def _settings_url() -> str:
    from registratura.settings import Settings

    return Settings().resolved_database_url


def _run(**options: Any) -> None:
    context.configure(target_metadata=Base.metadata, render_as_batch=True, **options)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:  # storage.migrate (start-up, `registratura db upgrade`)
    _run(connection=connection)
else:  # the `alembic` command
    if context.config.config_file_name is not None:  # its log lines, as alembic.ini says
        from logging.config import fileConfig

        fileConfig(context.config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():  # `alembic upgrade --sql`: the SQL for the settings' database
        _run(url=_settings_url(), literal_binds=True)
    else:
        from storage.db import Database
        from storage.migrate import locked

        db = Database(_settings_url())
        try:
            with db.engine.begin() as conn:
                locked(conn)
                _run(connection=conn)
        finally:
            db.dispose()
