#!/usr/bin/env python3
"""credential_server.py: a loopback stand-in for the link-local credential
services terrace's chain reaches over HTTP: the ECS/EKS container endpoint
(GET /container, answering only the right Authorization header), the IAM
Identity Center portal (GET /federation/credentials, answering only the SSO
token "sso-access-token" in x-amz-sso_bearer_token) and EC2
instance metadata with IMDSv2 (PUT /latest/api/token, then the role name and
its credentials, answering only requests carrying that token; under
/forbidden/ it refuses the token with HTTP 403). Python stdlib
only. Prints "listening on PORT" once bound; every request is logged to
stderr as "METHOD PATH".

usage: credential_server.py ACCESS_KEY SECRET_KEY CONTAINER_TOKEN
"""
import http.server
import json
import sys
import urllib.parse

ACCESS, SECRET, CONTAINER_TOKEN = sys.argv[1:4]
IMDS_TOKEN = "imds-session-token"
SSO_TOKEN = "sso-access-token"
ROLE = "terrace-instance-role"
DOCUMENT = {"Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": ACCESS,
            "SecretAccessKey": SECRET, "Token": "",
            "Expiration": "2999-01-01T00:00:00Z"}


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body, content_type="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))

    def do_PUT(self):
        # /forbidden/: an instance metadata service that refuses its token, as
        # one answers off EC2 behind some proxies (HTTP 403).
        if self.path == "/forbidden/latest/api/token":
            self.answer(403, "Forbidden", "text/plain")
        elif self.path == "/latest/api/token" and \
                self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            self.answer(200, IMDS_TOKEN, "text/plain")
        else:
            self.answer(400, "missing X-aws-ec2-metadata-token-ttl-seconds", "text/plain")

    def do_GET(self):
        if self.path == "/container":
            given = self.headers.get("Authorization")
            if given != CONTAINER_TOKEN:
                # Echoes what it was given, as some servers do: terrace must
                # show the message and hide the token.
                self.answer(403, json.dumps({"message": "bad authorization token",
                                             "token": given}))
            else:
                self.answer(200, json.dumps(DOCUMENT))
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/federation/credentials":
            query = urllib.parse.parse_qs(url.query)
            if self.headers.get("x-amz-sso_bearer_token") != SSO_TOKEN:
                self.answer(401, '{"message": "Session token not found or invalid"}')
            elif not query.get("account_id") or not query.get("role_name"):
                self.answer(400, '{"message": "account_id and role_name are required"}')
            else:
                self.answer(200, json.dumps({"roleCredentials": {
                    "accessKeyId": ACCESS, "secretAccessKey": SECRET, "sessionToken": "",
                    "expiration": 32472144000000}}))
            return
        if self.path.startswith("/latest/meta-data/"):
            if self.headers.get("X-aws-ec2-metadata-token") != IMDS_TOKEN:
                self.answer(401, "", "text/plain")
            elif self.path == "/latest/meta-data/iam/security-credentials/":
                self.answer(200, ROLE, "text/plain")
            elif self.path == "/latest/meta-data/iam/security-credentials/" + ROLE:
                self.answer(200, json.dumps(DOCUMENT))
            else:
                self.answer(404, "", "text/plain")
            return
        self.answer(404, "", "text/plain")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("listening on %d" % server.server_address[1], flush=True)
server.serve_forever()
