#!/usr/bin/env python3
"""fault_proxy.py: a reverse proxy in front of moto (or any AWS-like server)
that injects the faults a real network and a real AWS produce, so tests can
check that terrace creates everything exactly once anyway.

terrace uses the proxy's address as its endpoint. Each request gets one
action, chosen from a seeded random generator (--seed, --rate, drawing from
--faults) or, for the
requests whose "METHOD PATH TARGET ACTION" line matches --match, the fault
given by --fault (--count times, then they pass; with --each, once for each
distinct matching line; with --pass-first N, the first N of them pass
before the fault begins: a server that goes away midway):

  pass         forward, answer what the server answered
  drop_before  close the connection without forwarding (nothing happened)
  drop_after   forward, then close without answering (it happened; the
               answer is lost)
  503 500 429  answer SlowDown / InternalError / Throttling in the request's
               protocol (query XML, json, rest-json, S3 XML) without forwarding
  silent       accept and never answer (until the proxy stops)
  silent_after forward, then never answer (it happened; the client waits)
  slow         forward, and answer --slow-seconds later (a call in flight
               when the user interrupts)
  strip        forward, and answer without the fields --strip names: every
               XML element of that name, every JSON member of that key (a
               server whose answer lacks a field)
  malformed    answer garbage without a status line (libcurl: "Received
               HTTP/0.9 when not allowed") without forwarding
  denied       answer access denied as the request's service does (S3 and
               the query APIs 403 AccessDenied, EC2 403
               UnauthorizedOperation, the JSON APIs 400
               AccessDeniedException, rest-json 403 AccessDeniedException):
               an IAM policy or a service control policy denying the call
  unknown_operation
               answer as an endpoint without the operation (the query
               APIs and EC2 400 InvalidAction, JSON 400
               UnknownOperationException, rest-json 404
               UnknownOperationException, S3 501 NotImplemented)
  error:STATUS:CODE[:MESSAGE]
               answer that error (HTTP status, AWS error code, message) in
               the request's protocol without forwarding (EC2's own query
               form for EC2): AWS refusing a call, or saying an id it just
               gave is not found (error:400:InvalidVpcID.NotFound)

With --bucket-region BUCKET=REGION (repeatable) the proxy also plays S3's
regions: a request for BUCKET (path-style /BUCKET/..., or BUCKET.host)
whose SigV4 credential scope names another region is not forwarded but
answered as S3 answers it (action "region-301" or "region-400", by
--region-answer):
  301  PermanentRedirect with x-amz-bucket-region (HEAD: no body);
  400  AuthorizationHeaderMalformed naming <Region> in the body; a HEAD
       gets 400 without a body, and only HeadBucket the header (so a
       HeadObject makes the client HEAD the bucket to learn the region).

With --rules FILE, each line "FAULT REGEX" gives every request whose line
REGEX matches (re.search) that fault, the first matching line winning, the
others passing (blank lines and "#" comments are skipped): a different
fault for each of many calls at once. The file is read again whenever it
changes, so one proxy (one endpoint) serves a test's rounds.

Every request is logged (--log) as "SEQ ACTION METHOD PATH TARGET/ACTION",
so a failing run can be read and replayed (--replay LOG gives each request
the logged request's action, by order).
"""
import argparse
import http.client
import os
import random
import re
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ["drop_before", "drop_after", "503", "500", "429", "silent", "silent_after",
          "malformed", "strip", "slow", "denied", "unknown_operation"]
# Faults the random mode draws from: silence is kept for the tests that
# want it (a silent server costs a whole read timeout).
RANDOM_FAULTS = ["drop_before", "drop_after", "503", "500", "429", "malformed"]
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection",
               "te", "trailer", "upgrade", "content-length"}


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.rng = random.Random(args.seed)
        self.rate = args.rate
        self.faults = args.faults.split(",") if args.faults else RANDOM_FAULTS
        self.match = re.compile(args.match) if args.match else None
        self.fault = args.fault
        self.slow_seconds = args.slow_seconds
        self.count = args.count
        self.each = args.each
        self.pass_first = args.pass_first
        self.seen = set()
        self.seq = 0
        self.replay = []
        if args.replay:
            with open(args.replay) as f:
                self.replay = [line.split()[1] for line in f if line.strip()]
        self.log = open(args.log, "a", buffering=1) if args.log else sys.stderr
        self.upstream = urllib.parse.urlsplit(args.upstream)
        self.stopping = threading.Event()
        self.bucket_regions = dict(b.split("=", 1) for b in args.bucket_region or [])
        self.region_answer = args.region_answer
        self.strip = args.strip or []
        self.rules_file = args.rules
        self.rules_stamp = None
        self.rules = []
        self.read_rules()

    def read_rules(self):
        """--rules FILE again when it changed since it was last read."""
        if not self.rules_file:
            return
        st = os.stat(self.rules_file)
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if stamp == self.rules_stamp:
            return
        rules = []
        with open(self.rules_file) as f:
            for text in f:
                text = text.strip()
                if text and not text.startswith("#"):
                    fault, regex = text.split(None, 1)
                    if not is_fault(fault):
                        raise SystemExit("fault_proxy: --rules: unknown fault %r" % fault)
                    rules.append((re.compile(regex), fault))
        self.rules, self.rules_stamp = rules, stamp

    def record(self, action, line):
        with self.lock:
            self.seq += 1
            self.log.write("%d %s %s\n" % (self.seq, action, line))

    def wrong_region(self, command, path, headers):
        """(bucket, its region, is the bucket itself) when the request names
        a bucket of --bucket-region and is signed for another region."""
        if not self.bucket_regions:
            return None
        host = (headers.get("Host") or "").split(":")[0]
        segments = urllib.parse.urlsplit(path).path.lstrip("/").split("/", 1)
        bucket, rest = segments[0], segments[1] if len(segments) > 1 else ""
        label = host.split(".", 1)[0]
        if label in self.bucket_regions and not re.match(r"^[0-9.]+$", host):
            bucket, rest = label, urllib.parse.urlsplit(path).path.lstrip("/")
        region = self.bucket_regions.get(bucket)
        m = re.search(r"Credential=[^/]+/[0-9]+/([^/]+)/", headers.get("Authorization") or "")
        if region is None or not m or m.group(1) == region:
            return None
        return bucket, region, rest == ""

    def choose(self, line):
        with self.lock:
            self.seq += 1
            seq = self.seq
            if self.replay:
                action = self.replay[seq - 1] if seq <= len(self.replay) else "pass"
            elif self.rules_file:
                self.read_rules()
                action = next((f for r, f in self.rules if r.search(line)), "pass")
            elif self.match is not None:
                action = "pass"
                if self.match.search(line) and self.each:
                    if line not in self.seen:
                        self.seen.add(line)
                        action = self.fault
                elif self.match.search(line) and self.pass_first > 0:
                    self.pass_first -= 1
                elif self.match.search(line) and self.count != 0:
                    self.count -= 1
                    action = self.fault
            elif self.rng.random() < self.rate:
                action = self.rng.choice(self.faults)
            else:
                action = "pass"
            self.log.write("%d %s %s\n" % (seq, action, line))
            return action


def protocol_of(headers, body, path):
    if headers.get("X-Amz-Target"):
        return "json"
    if b"Action=" in body and "x-www-form-urlencoded" in headers.get("Content-Type", ""):
        return "query"
    if path.startswith("/2015-03-31/") or path.startswith("/2018-10-31/") \
            or path.startswith("/schedules") or path.startswith("/schedule-groups"):
        return "rest-json"
    return "s3"


ERRORS = {  # status -> protocol -> code
    503: {"s3": "SlowDown", "query": "ServiceUnavailable", "json": "ServiceUnavailableException",
          "rest-json": "ServiceException"},
    500: {"s3": "InternalError", "query": "InternalFailure", "json": "InternalFailure",
          "rest-json": "ServiceException"},
    429: {"s3": "SlowDown", "query": "Throttling", "json": "ThrottlingException",
          "rest-json": "TooManyRequestsException"},
}


def error_response(status, protocol):
    code = ERRORS[status][protocol]
    message = "injected by fault_proxy"
    rid = "fault-proxy-%d" % random.randrange(1 << 30)
    if protocol == "s3":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>%s</Code>"
                "<Message>%s</Message><RequestId>%s</RequestId></Error>" % (code, message, rid))
        return body.encode(), "application/xml", {"x-amz-request-id": rid}
    if protocol == "query":
        body = ("<ErrorResponse><Error><Type>Receiver</Type><Code>%s</Code><Message>%s</Message>"
                "</Error><RequestId>%s</RequestId></ErrorResponse>" % (code, message, rid))
        return body.encode(), "text/xml", {"x-amzn-RequestId": rid}
    if protocol == "json":
        body = '{"__type":"%s","message":"%s"}' % (code, message)
        return body.encode(), "application/x-amz-json-1.1", {"x-amzn-RequestId": rid}
    body = '{"message":"%s"}' % message
    return body.encode(), "application/json", {"x-amzn-RequestId": rid, "x-amzn-ErrorType": code}


def is_fault(name):
    return name in FAULTS or re.match(r"^error:[0-9]{3}:[^:]+(:.*)?$", name) is not None


def service_error(fault, protocol, body):
    """The named error a denied or unknown_operation fault answers with, in
    the request's protocol: error:STATUS:CODE:MESSAGE."""
    ec2 = protocol == "query" and b"Version=2016-11-15" in body
    if fault == "denied":
        if ec2:
            return "error:403:UnauthorizedOperation:You are not authorized to perform this operation."
        if protocol in ("s3", "query"):
            return "error:403:AccessDenied:explicit deny in a service control policy"
        if protocol == "json":
            return "error:400:AccessDeniedException:explicit deny in a service control policy"
        return "error:403:AccessDeniedException:explicit deny in a service control policy"
    if protocol == "s3":
        return "error:501:NotImplemented:A header you provided implies functionality that is not implemented"
    if protocol == "query":
        return "error:400:InvalidAction:The action or operation requested is invalid."
    if protocol == "json":
        return "error:400:UnknownOperationException:"
    return "error:404:UnknownOperationException:"


def named_error(action, protocol, body):
    """The answer of an error:STATUS:CODE[:MESSAGE] fault: (status,
    payload, content type, extra headers)."""
    _, status, rest = action.split(":", 2)
    code, _, message = rest.partition(":")
    message = message or "injected by fault_proxy"
    rid = "fault-proxy-%d" % random.randrange(1 << 30)
    if protocol == "query" and b"Version=2016-11-15" in body:
        text = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>%s"
                "</Code><Message>%s</Message></Error></Errors><RequestID>%s</RequestID>"
                "</Response>" % (code, message, rid))
        return int(status), text.encode(), "text/xml;charset=UTF-8", {}
    if protocol in ("s3", "query"):
        payload, ctype, extra = error_response(500, protocol)
        payload = payload.replace(ERRORS[500][protocol].encode(), code.encode(), 1) \
            .replace(b"injected by fault_proxy", message.encode(), 1)
        return int(status), payload, ctype, extra
    if protocol == "json":
        text = '{"__type":"%s","message":"%s"}' % (code, message)
        return int(status), text.encode(), "application/x-amz-json-1.1", {"x-amzn-RequestId": rid}
    text = '{"message":"%s"}' % message
    return int(status), text.encode(), "application/json", {"x-amzn-RequestId": rid,
                                                            "x-amzn-ErrorType": code}


def strip_fields(payload, names):
    """The answer without the fields `names`: XML elements (with what they
    hold) or, for a JSON body, members at any depth."""
    text = payload.decode("utf-8", "replace")
    if text.lstrip().startswith(("{", "[")):
        import json

        def walk(v):
            if isinstance(v, dict):
                return {k: walk(x) for k, x in v.items() if k not in names}
            if isinstance(v, list):
                return [walk(x) for x in v]
            return v
        return json.dumps(walk(json.loads(text))).encode()
    for name in names:
        text = re.sub(r"<%s(\s[^>]*)?/>|<%s(\s[^>]*)?>.*?</%s>" % (name, name, name), "",
                      text, flags=re.S)
    return text.encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive, so libcurl reuses connections

    def log_message(self, fmt, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self.read_chunked()
        target = self.headers.get("X-Amz-Target", "")
        m = re.search(rb"(?:^|&)Action=([A-Za-z]+)", body)
        action_name = m.group(1).decode() if m else ""
        line = "%s %s %s%s" % (self.command, self.path.split("?")[0] + (
            "?" + self.path.split("?")[1] if "?" in self.path else ""), target, action_name)
        st = self.server.state
        wrong = st.wrong_region(self.command, self.path, self.headers)
        if wrong:
            self.answer_wrong_region(st, line, *wrong)
            return
        action = st.choose(line)
        if action == "drop_before":
            self.drop()
            return
        if action == "silent":
            self.never_answer(st)
            return
        if action == "malformed":
            self.wfile.write(b"garbage from a broken middlebox\r\n\r\n")
            self.wfile.flush()
            self.drop()
            return
        if action in ("503", "500", "429", "denied", "unknown_operation") \
                or action.startswith("error:"):
            protocol = protocol_of(self.headers, body, self.path)
            if action in ("denied", "unknown_operation"):
                action = service_error(action, protocol, body)
            if action.startswith("error:"):
                status, payload, ctype, extra = named_error(action, protocol, body)
            else:
                status = int(action)
                payload, ctype, extra = error_response(status, protocol)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for k, v in extra.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)
            return
        status, reason, headers, payload = self.forward(body)
        if action == "drop_after":
            self.drop()
            return
        if action == "silent_after":
            self.never_answer(st)
            return
        if action == "strip":
            payload = strip_fields(payload, st.strip)
        if action == "slow":  # carried out, answered --slow-seconds later
            time.sleep(st.slow_seconds)
        self.send_response(status, reason)
        for k, v in headers:
            if k.lower() not in HOP_HEADERS:
                self.send_header(k, v)
        # A HEAD answers the length of what a GET would send (an object's
        # size), not of its own empty body.
        upstream_length = next((v for k, v in headers if k.lower() == "content-length"), None)
        self.send_header("Content-Length", upstream_length if self.command == "HEAD"
                         and upstream_length is not None else str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def answer_wrong_region(self, st, line, bucket, region, bucket_itself):
        st.record("region-%s" % st.region_answer, line)
        rid = "fault-proxy-%d" % random.randrange(1 << 30)
        headers = {"x-amz-request-id": rid, "Content-Type": "application/xml"}
        head = self.command == "HEAD"
        if st.region_answer == "301":
            status = 301
            headers["x-amz-bucket-region"] = region
            body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect"
                    "</Code><Message>The bucket you are attempting to access must be addressed"
                    " using the specified endpoint. Please send all future requests to this"
                    " endpoint.</Message><Endpoint>%s.s3.%s.amazonaws.com</Endpoint>"
                    "<Bucket>%s</Bucket><RequestId>%s</RequestId></Error>"
                    % (bucket, region, bucket, rid))
        else:
            status = 400
            if head and bucket_itself:
                headers["x-amz-bucket-region"] = region
            body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                    "AuthorizationHeaderMalformed</Code><Message>The authorization header is"
                    " malformed; the region is wrong; expecting '%s'</Message><Region>%s"
                    "</Region><RequestId>%s</RequestId></Error>" % (region, region, rid))
        payload = b"" if head else body.encode()
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def read_chunked(self):
        out = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return out
            out += self.rfile.read(size)
            self.rfile.readline()

    def forward(self, body):
        up = self.server.state.upstream
        conn = http.client.HTTPConnection(up.hostname, up.port, timeout=600)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in HOP_HEADERS and k.lower() != "expect"}
        headers["Content-Length"] = str(len(body))
        conn.request(self.command, self.path, body=body, headers=headers)
        r = conn.getresponse()
        payload = r.read()
        result = (r.status, r.reason, r.getheaders(), payload)
        conn.close()
        return result

    def never_answer(self, st):
        """Hold the connection without a byte until the proxy stops."""
        while not st.stopping.wait(1):
            pass
        self.drop()

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = handle_any


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--upstream", required=True, help="http://127.0.0.1:PORT of the real server")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--port-file", help="write the port here once listening")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rate", type=float, default=0.0, help="share of requests given a fault")
    p.add_argument("--faults", help="with --rate: the faults drawn, comma-separated "
                   "(default: all but silent)")
    p.add_argument("--match", help="regex on 'METHOD PATH TARGET/ACTION': those get --fault")
    p.add_argument("--fault", default="drop_after",
                   help="one of %s, or error:STATUS:CODE[:MESSAGE]" % ", ".join(FAULTS))
    p.add_argument("--slow-seconds", type=float, default=4.0,
                   help="with --fault slow: how long the answer is held back")
    p.add_argument("--count", type=int, default=-1, help="with --match: how many (-1: all)")
    p.add_argument("--pass-first", type=int, default=0, metavar="N",
                   help="with --match: the first N matching requests pass, the fault "
                   "comes after them")
    p.add_argument("--each", action="store_true",
                   help="with --match: the fault once for each distinct matching line "
                   "(the first request of each operation), instead of --count")
    p.add_argument("--strip", action="append", metavar="FIELD",
                   help="with --fault strip: the XML element or JSON member left out "
                   "of the answers (repeatable)")
    p.add_argument("--rules", metavar="FILE",
                   help='lines "FAULT REGEX": each matching request gets that fault')
    p.add_argument("--replay", help="a --log of an earlier run: the same action per request")
    p.add_argument("--log", help="append one line per request here (default stderr)")
    p.add_argument("--bucket-region", action="append", metavar="BUCKET=REGION",
                   help="BUCKET lives in REGION: requests signed for another are refused")
    p.add_argument("--region-answer", choices=["301", "400"], default="301",
                   help="how a request signed for the wrong region is answered")
    args = p.parse_args()
    if not is_fault(args.fault):
        p.error("--fault: %r is not one of %s, nor error:STATUS:CODE[:MESSAGE]"
                % (args.fault, ", ".join(FAULTS)))
    for fault in (args.faults.split(",") if args.faults else []):
        if fault not in FAULTS:
            p.error("--faults: %r is not one of %s" % (fault, ", ".join(FAULTS)))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        import os
        os.rename(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    finally:
        server.state.stopping.set()
        time.sleep(0.1)


if __name__ == "__main__":
    main()
