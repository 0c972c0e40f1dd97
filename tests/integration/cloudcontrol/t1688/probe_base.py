"""tests/integration/cloudcontrol/t1688/probe_base.py: what every probe of
the harness's moto patches shares (the t1688 files and the twins' files
after them): a botocore client of the patched moto at $ENDPOINT that never
retries, one "LABEL: VALUE" line per check, an error answer as "error CODE",
and Cloud Control's requests polled to their end. A probe imports it with
PYTHONPATH=$TEST_HERE/t1688."""
import os

import botocore.session
from botocore.config import Config

EP = os.environ["ENDPOINT"]
SESSION = botocore.session.get_session()


def client(name, region="us-east-1", s3_path_style=False):
    config = Config(retries={"total_max_attempts": 1},
                    s3={"addressing_style": "path"} if s3_path_style else None)
    return SESSION.create_client(name, region_name=region, endpoint_url=EP,
                                 aws_access_key_id="AKIAMOTOUNCHECKED000",
                                 aws_secret_access_key="moto-accepts-any-secret",
                                 config=config)


def show(label, value):
    print("%s: %s" % (label, value), flush=True)


def err(label, c, op, **kw):
    """c.op(**kw), its outcome shown as ok or the error's code; the answer or None."""
    try:
        answer = getattr(c, op)(**kw)
    except c.exceptions.ClientError as e:
        show(label, "error " + e.response["Error"]["Code"])
        return None
    show(label, "ok")
    return answer


cc = client("cloudcontrol")


def done(event):
    """The request's last ProgressEvent (polled to its end)."""
    while event["OperationStatus"] in ("PENDING", "IN_PROGRESS"):
        event = cc.get_resource_request_status(RequestToken=event["RequestToken"])["ProgressEvent"]
    return event


def outcome(event):
    event = done(event)
    return event["OperationStatus"] + (" " + event["ErrorCode"] if event.get("ErrorCode") else "")
