#!/usr/bin/env python3
"""tests/integration/lab/inventory.py: what a server holds of a test's labs,
read with botocore straight from the server (never through a proxy the test
put in front of it): one line "TYPE NAME" per object whose name holds WORD,
sorted, for the types named (aws.s3.bucket, aws.iam.role, aws.glue.database,
aws.sqs.queue, aws.sns.topic). For the teardown tests (t1640, t1641).

Usage: inventory.py ENDPOINT ACCESS_KEY SECRET_KEY WORD TYPE...
"""
import sys

import botocore.session


def main():
    endpoint, key, secret, word = sys.argv[1:5]
    session = botocore.session.get_session()

    def client(service):
        return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
                                     aws_access_key_id=key, aws_secret_access_key=secret)
    listings = {
        "aws.s3.bucket": lambda: [b["Name"] for b in client("s3").list_buckets()["Buckets"]],
        "aws.iam.role": lambda: [r["RoleName"] for r in client("iam").list_roles()["Roles"]],
        "aws.glue.database": lambda: [d["Name"] for d in
                                      client("glue").get_databases()["DatabaseList"]],
        "aws.sqs.queue": lambda: [u.rsplit("/", 1)[1] for u in
                                  client("sqs").list_queues().get("QueueUrls", [])],
        "aws.sns.topic": lambda: [t["TopicArn"].rsplit(":", 1)[1] for t in
                                  client("sns").list_topics()["Topics"]],
    }
    lines = [kind + " " + name for kind in sys.argv[5:] for name in listings[kind]()]
    print("\n".join(sorted(line for line in lines if word in line)))


if __name__ == "__main__":
    main()
