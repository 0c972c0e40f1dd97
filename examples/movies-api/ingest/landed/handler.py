"""Files landing in the raw zone start the day's raw -> trusted job.

The raw bucket tells the landed queue of every CSV export put under raw/
(landing.yaml); Lambda reads the queue in batches and calls this handler
with the queue's messages, each holding S3's event. For each day a batch
names (raw/<source>/<yyyy>/<mm>/<dd>/<file>.csv), it starts JOB_NAME with
--run_date set to that day. A message whose day could not be started (the
day's run still going: Glue's ConcurrentRunsExceededException, or any
error) is reported back as a batch item failure, so Lambda leaves it in the
queue to be tried again after the queue's visibility timeout; after
maxReceiveCount tries it goes to the dead-letter queue. A message that is
no S3 event (S3's s3:TestEvent) is dropped.
"""
import json
import os
import re
import urllib.parse

import boto3

DAY = re.compile(r"^raw/[^/]+/(\d{4})/(\d{2})/(\d{2})/[^/]+\.csv$")


def days_of(body):
    """The run dates ("YYYY-MM-DD") of the objects an S3 event names."""
    event = json.loads(body)
    days = set()
    for record in event.get("Records", []):
        key = urllib.parse.unquote_plus(record.get("s3", {}).get("object", {}).get("key", ""))
        m = DAY.match(key)
        if m:
            days.add("-".join(m.groups()))
    return days


def handler(event, context, glue=None):
    glue = glue or boto3.client("glue")
    job = os.environ["JOB_NAME"]
    started, failed, failures = {}, set(), []
    for message in event.get("Records", []):
        try:
            days = days_of(message["body"])
        except (ValueError, KeyError):
            continue
        for day in sorted(days - set(started)):
            try:
                run = glue.start_job_run(JobName=job, Arguments={"--run_date": day})
                started[day] = run["JobRunId"]
                print(json.dumps({"started": job, "run_date": day, "run_id": run["JobRunId"]}))
            except Exception as e:  # the day is tried again with its message
                failed.add(day)
                print(json.dumps({"not_started": job, "run_date": day, "error": str(e)}))
        if days & failed:
            failures.append({"itemIdentifier": message["messageId"]})
    return {"batchItemFailures": failures}
