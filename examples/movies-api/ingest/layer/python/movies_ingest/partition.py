"""Keys of the raw zone: PREFIX + yyyy/mm/dd/ + NAME, the day in UTC.

Every source lands under raw/<source>/<yyyy>/<mm>/<dd>/ so that a job (or
Athena, with partition projection) reads exactly one day.
"""
import datetime


def day_prefix(raw_prefix, when):
    """raw/movies_api/ and a datetime -> raw/movies_api/2024/03/01/."""
    day = when.astimezone(datetime.timezone.utc) if when.tzinfo else when
    return f"{raw_prefix}{day:%Y}/{day:%m}/{day:%d}/"


def key(raw_prefix, when, source_name, extension="jsonl"):
    """The key of one run's file: the day's prefix, then SOURCE-HHMMSS.EXT."""
    day = when.astimezone(datetime.timezone.utc) if when.tzinfo else when
    return f"{day_prefix(raw_prefix, when)}{source_name}-{day:%H%M%S}.{extension}"
