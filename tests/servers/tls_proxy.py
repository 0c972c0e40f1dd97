"""tls_proxy.py: an HTTPS front for a local HTTP server, for the tests of
CA bundles and TLS verification. It makes its own private CA and a
certificate for 127.0.0.1 signed by it (with the openssl command), listens
on a port of its own choosing and prints "tls-proxy on port N, CA FILE";
every request is forwarded as it came (method, path, headers, body) to the
upstream, and the upstream's answer returned.

    python3 tls_proxy.py UPSTREAM_URL DIR
"""
import http.client
import http.server
import os
import ssl
import subprocess
import sys
import urllib.parse


def make_certs(d):
    ca_key, ca = os.path.join(d, "ca.key"), os.path.join(d, "ca.pem")
    key, csr, crt = (os.path.join(d, n) for n in ("server.key", "server.csr", "server.pem"))
    ext = os.path.join(d, "san.ext")
    run = lambda *a: subprocess.run(a, check=True, capture_output=True)
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key,
        "-out", ca, "-days", "2", "-subj", "/CN=terrace test CA")
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
        "-subj", "/CN=127.0.0.1")
    with open(ext, "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\n")
    run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key,
        "-CAcreateserial", "-out", crt, "-days", "2", "-extfile", ext)
    return ca, crt, key


def main():
    upstream = urllib.parse.urlsplit(sys.argv[1])
    ca, crt, key = make_certs(sys.argv[2])

    class Forward(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def forward(self):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else None
            conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=120)
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("connection", "transfer-encoding")}
            conn.request(self.command, self.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            self.send_response_only(r.status, r.reason)
            for k, v in r.getheaders():
                if k.lower() not in ("connection", "transfer-encoding", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            conn.close()

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = forward

        def log_message(self, fmt, *args):
            sys.stderr.write("%s\n" % (fmt % args))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    print("tls-proxy on port %d, CA %s" % (server.server_address[1], ca), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
