#!/usr/bin/env python3
"""tls_proxy.py: HTTPS in front of a local HTTP server (moto), with a
certificate from a private CA, to test CA bundles (AWS_CA_BUNDLE,
ca_bundle). Python stdlib only. Forwards method, path, headers and body
unchanged (the SigV4 signature stays valid: the Host header is kept) and
answers with the upstream's status, headers and body. Prints
"listening on PORT" once bound.

usage: tls_proxy.py CERT_PEM KEY_PEM UPSTREAM_URL
"""
import http.client
import http.server
import ssl
import sys
import urllib.parse

CERT, KEY, UPSTREAM = sys.argv[1:4]
upstream = urllib.parse.urlsplit(UPSTREAM)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=120)
        conn.request(self.command, self.path, body=body, headers=dict(self.headers))
        resp = conn.getresponse()
        data = resp.read()
        self.send_response(resp.status)
        for name, value in resp.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        conn.close()

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = forward


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(CERT, KEY)
server.socket = context.wrap_socket(server.socket, server_side=True)
print("listening on %d" % server.server_address[1], flush=True)
server.serve_forever()
