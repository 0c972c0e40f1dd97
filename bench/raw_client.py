"""bench/raw_client.py: the baseline for bench/run.sh, a plain parallel S3
client. A pool of THREADS threads shares one botocore client (clients are
thread-safe; its connection pool has one connection per thread) and works
through BUCKETS buckets with OBJECTS small objects each, in three phases that
issue the kinds of request terrace's apply, refresh and destroy make:

    write    CreateBucket, PutBucketTagging, PutObject per object
    read     HeadBucket, GetBucketTagging, GetBucketVersioning, and
             HeadObject + GetObjectTagging per object
    delete   DeleteObject per object, DeleteBucket

    python3 bench/raw_client.py ENDPOINT [--threads 10] [--buckets 100] [--objects 4]
                                [--phases write,read,delete]

--phases runs only those phases, in that order (bench/run.sh runs each one
right next to terrace's matching phase, so both see the same machine load).

Prints one line per phase:
    write: N requests in S s = R requests/s (T threads)
"""
import argparse
import time
from concurrent.futures import ThreadPoolExecutor

import botocore.config
import botocore.session


def make_client(endpoint, threads):
    session = botocore.session.get_session()
    return session.create_client(
        "s3", region_name="us-east-1", endpoint_url=endpoint,
        aws_access_key_id="AKIABENCHMARK0000000", aws_secret_access_key="bench",
        config=botocore.config.Config(s3={"addressing_style": "path"},
                                      retries={"max_attempts": 1},
                                      max_pool_connections=threads))


def bucket_name(i):
    return f"raw-bench-{i:04d}"


def write(s3, i, objects):
    name = bucket_name(i)
    s3.create_bucket(Bucket=name)
    s3.put_bucket_tagging(Bucket=name, Tagging={"TagSet": [{"Key": "team", "Value": "bench"}]})
    for k in range(objects):
        s3.put_object(Bucket=name, Key=f"data/part-{k}.csv", Body=b"id,value\n1,2\n")
    return 2 + objects


def read(s3, i, objects):
    name = bucket_name(i)
    s3.head_bucket(Bucket=name)
    s3.get_bucket_tagging(Bucket=name)
    s3.get_bucket_versioning(Bucket=name)
    for k in range(objects):
        s3.head_object(Bucket=name, Key=f"data/part-{k}.csv")
        s3.get_object_tagging(Bucket=name, Key=f"data/part-{k}.csv")
    return 3 + 2 * objects


def delete(s3, i, objects):
    name = bucket_name(i)
    for k in range(objects):
        s3.delete_object(Bucket=name, Key=f"data/part-{k}.csv")
    s3.delete_bucket(Bucket=name)
    return 1 + objects


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("endpoint")
    ap.add_argument("--threads", type=int, default=10)
    ap.add_argument("--buckets", type=int, default=100)
    ap.add_argument("--objects", type=int, default=4)
    ap.add_argument("--phases", default="write,read,delete")
    args = ap.parse_args()
    known = {"write": write, "read": read, "delete": delete}
    phases = []
    for name in args.phases.split(","):
        if name not in known:
            ap.error(f"--phases: unknown phase {name!r} (write, read, delete)")
        phases.append(known[name])

    # The client is made before the clock starts: building one costs more
    # than a request.
    s3 = make_client(args.endpoint, args.threads)
    with ThreadPoolExecutor(args.threads) as pool:
        for phase in phases:
            start = time.monotonic()
            total = sum(pool.map(lambda i: phase(s3, i, args.objects), range(args.buckets)))
            elapsed = time.monotonic() - start
            print(f"{phase.__name__}: {total} requests in {elapsed:.2f} s = "
                  f"{total / elapsed:.1f} requests/s ({args.threads} threads)", flush=True)


if __name__ == "__main__":
    main()
