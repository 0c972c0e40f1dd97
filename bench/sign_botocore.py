"""bench/sign_botocore.py: botocore's SigV4 signatures per second on one core,
for the same two S3 requests bench/sign.c signs (a GET with a query string,
a PUT whose body hash is given), through botocore's own S3SigV4Auth.add_auth.
Prints one line per shape: "NAME SIGNATURES_PER_SECOND".

    python3 bench/sign_botocore.py [SECONDS]     (default 2 per shape)
    python3 bench/sign_botocore.py -n COUNT      exactly COUNT per shape
"""
import sys
import time

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CRED = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
BODY = "9b4cd13c4e4f6ec3d3d1c7cb4c2dc1b0e5fa3e0a5ef4c0e5d6a7c4b3f1e2d3c4"


def get_request():
    return AWSRequest(
        method="GET",
        url="https://lake-raw.s3.eu-west-1.amazonaws.com/?list-type=2"
            "&prefix=data%2Fbronze%2F&max-keys=1000&encoding-type=url",
        headers={"x-amz-content-sha256": EMPTY})


def put_request():
    return AWSRequest(
        method="PUT",
        url="https://lake-raw.s3.eu-west-1.amazonaws.com/glue/script/clean_orders.py",
        headers={"Content-Type": "application/octet-stream",
                 "Content-Length": "1048576",
                 "x-amz-content-sha256": BODY})


def rate(make, seconds, count=0):
    auth = S3SigV4Auth(CRED, "s3", "eu-west-1")
    n = 0
    start = time.perf_counter()
    while True:
        for _ in range(200):
            auth.add_auth(make())
            n += 1
        elapsed = time.perf_counter() - start
        if (n >= count) if count else (elapsed >= seconds):
            return n / elapsed


def main():
    seconds, count = 2.0, 0
    if len(sys.argv) > 2 and sys.argv[1] == "-n":
        count = int(sys.argv[2])
    elif len(sys.argv) > 1:
        seconds = float(sys.argv[1])
    print("get_query %.0f" % rate(get_request, seconds, count))
    print("put_body_hash %.0f" % rate(put_request, seconds, count))


if __name__ == "__main__":
    main()
