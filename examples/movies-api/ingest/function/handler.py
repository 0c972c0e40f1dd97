"""The movies API ingest: one run pulls every page of the API and writes the
records, unchanged, as one JSON lines file under the raw zone's day folder:

    s3://BUCKET/RAW_PREFIX<yyyy>/<mm>/<dd>/<SOURCE_NAME>-<HHMMSS>.jsonl

BUCKET, RAW_PREFIX, SOURCE_NAME and API_URL come from the function's
environment (the scheduled-ingest module sets them), MAX_PAGES too. The day
is the run's UTC date, or the event's "run_date" (YYYY-MM-DD) to reload a
day by hand: aws lambda invoke --payload '{"run_date": "2024-03-01"}'.
"""
import datetime
import json
import os

import boto3

from movies_ingest import api, partition


def run_time(event):
    now = datetime.datetime.now(datetime.timezone.utc)
    day = (event or {}).get("run_date")
    if not day:
        return now
    date = datetime.date.fromisoformat(day)
    return now.replace(year=date.year, month=date.month, day=date.day)


def handler(event, context):
    env = os.environ
    when = run_time(event)
    records = list(api.fetch_pages(env["API_URL"], max_pages=int(env.get("MAX_PAGES", "20"))))
    key = partition.key(env["RAW_PREFIX"], when, env["SOURCE_NAME"])
    body = "".join(json.dumps(r, sort_keys=True) + "\n" for r in records)
    boto3.client("s3").put_object(Bucket=env["BUCKET"], Key=key, Body=body.encode(),
                                  ContentType="application/x-ndjson")
    print(json.dumps({"bucket": env["BUCKET"], "key": key, "records": len(records)}))
    return {"bucket": env["BUCKET"], "key": key, "records": len(records)}
