"""extract.py: the music lakehouse's extract job: source API to landing zone.

A Glue Python shell job (no Spark: the work is HTTP requests and S3 writes).

Pulls one day of data from the streaming platform's REST API and stores each
response in the landing zone exactly as received (JSON lines, one record per
line), so the transform step can always be replayed from the raw data:

    GET API_URL/users?page=N                               -> users
    GET API_URL/songs?page=N                               -> songs
    GET API_URL/sessions?start_date=D&end_date=D+1&page=N  -> sessions

    s3://LANDING_BUCKET/users/ingest_on=RUN_DATE/users.jsonl
    s3://LANDING_BUCKET/songs/ingest_on=RUN_DATE/songs.jsonl
    s3://LANDING_BUCKET/sessions/ingest_on=RUN_DATE/sessions.jsonl

Every endpoint answers {"items": [...], "next_page": N or null}.

Job arguments (the stack's default_arguments, overridable per run):
  --landing_bucket  the landing zone bucket
  --api_url         base URL of the source API, like https://api.example.com/v1
  --run_date        YYYY-MM-DD to extract, or "yesterday" (UTC; the default)
"""
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date, datetime, timedelta, timezone

import boto3
from awsglue.utils import getResolvedOptions

MAX_ATTEMPTS = 5


def resolve_run_date(value):
    if value in ("", "yesterday"):
        return datetime.now(timezone.utc).date() - timedelta(days=1)
    return date.fromisoformat(value)


def get_json(url):
    """GET url as JSON, retrying throttling and server errors with backoff."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with urllib.request.urlopen(url, timeout=60) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as e:
            if e.code not in (429, 500, 502, 503, 504) or attempt == MAX_ATTEMPTS:
                raise
        except urllib.error.URLError:
            if attempt == MAX_ATTEMPTS:
                raise
        time.sleep(2 ** attempt)
    raise AssertionError("unreachable")


def fetch_all(api_url, resource, params):
    """Every item of a paginated endpoint."""
    items, page = [], 1
    while page is not None:
        query = urllib.parse.urlencode({**params, "page": page})
        body = get_json(f"{api_url.rstrip('/')}/{resource}?{query}")
        items.extend(body["items"])
        page = body.get("next_page")
    return items


def main():
    args = getResolvedOptions(sys.argv, ["landing_bucket", "api_url", "run_date"])
    run_date = resolve_run_date(args["run_date"])
    s3 = boto3.client("s3")
    requests = {
        "users": {},
        "songs": {},
        "sessions": {"start_date": run_date.isoformat(),
                     "end_date": (run_date + timedelta(days=1)).isoformat()},
    }
    for resource, params in requests.items():
        items = fetch_all(args["api_url"], resource, params)
        body = "".join(json.dumps(item, separators=(",", ":")) + "\n" for item in items)
        key = f"{resource}/ingest_on={run_date.isoformat()}/{resource}.jsonl"
        s3.put_object(Bucket=args["landing_bucket"], Key=key, Body=body.encode("utf-8"),
                      ContentType="application/x-ndjson")
        print(f"{len(items)} {resource} written to s3://{args['landing_bucket']}/{key}")


if __name__ == "__main__":
    main()
