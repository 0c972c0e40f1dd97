"""Paging through a JSON API with retries, standard library only.

The API answers TMDB-style pages: {"page": 1, "total_pages": 7,
"results": [...]}; page N is URL?page=N. A 429 or 5xx answer (or a dropped
connection) is retried with growing waits, honouring Retry-After.
"""
import json
import time
import urllib.error
import urllib.parse
import urllib.request

RETRIED_STATUSES = {429, 500, 502, 503, 504}


def page_url(url, page):
    """url with page=N set in its query string."""
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    query["page"] = str(page)
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def get_json(url, headers=None, attempts=5, timeout=20, sleep=time.sleep):
    """The decoded JSON answer of a GET, retrying throttling and server errors."""
    request = urllib.request.Request(url, headers={"Accept": "application/json", **(headers or {})})
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return json.load(answer)
        except urllib.error.HTTPError as e:
            if e.code not in RETRIED_STATUSES or attempt == attempts:
                raise
            wait = float(e.headers.get("Retry-After") or 2 ** attempt)
        except urllib.error.URLError:
            if attempt == attempts:
                raise
            wait = 2 ** attempt
        sleep(min(wait, 30))
    raise AssertionError("unreachable")


def fetch_pages(url, max_pages=20, headers=None):
    """Every record of every page (up to max_pages), in order."""
    page, total = 1, 1
    while page <= min(total, max_pages):
        answer = get_json(page_url(url, page), headers=headers)
        yield from answer.get("results", [])
        total = int(answer.get("total_pages", 1))
        page += 1
