"""Registration numbers: REG-YYYY-NNNNNN, one sequence per year, no gaps.

Given out in the same transaction that stores the item, so a number exists
exactly when its item does (a rolled-back accept gives its number back).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.models import RegistrationCounter


def format_number(year: int, seq: int) -> str:
    return f"REG-{year:04d}-{seq:06d}"


def next_registration_number(session: Session, year: int) -> str:
    """Take the next number of `year` (the row lock serialises concurrent writers)."""
    seq = session.execute(
        update(RegistrationCounter)
        .where(RegistrationCounter.year == year)
        .values(last=RegistrationCounter.last + 1)
        .returning(RegistrationCounter.last)
    ).scalar_one_or_none()
    if seq is None:
        # First item of the year. A concurrent first insert makes this flush
        # fail with IntegrityError; the caller retries the whole accept.
        session.add(RegistrationCounter(year=year, last=1))
        session.flush()
        seq = 1
    return format_number(year, seq)


def last_number(session: Session, year: int) -> int:
    value = session.scalar(select(RegistrationCounter.last).where(RegistrationCounter.year == year))
    return int(value or 0)
