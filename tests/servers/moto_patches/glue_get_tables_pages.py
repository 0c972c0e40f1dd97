"""Glue GetTables and GetDatabases in pages, as AWS answers them (moto 5.2.1
returns every table or database in one answer and ignores MaxResults and
NextToken).

From the AWS Glue API reference: GetTables {CatalogId?, DatabaseName,
Expression?, NextToken?, MaxResults? (1-100)} -> {TableList, NextToken?};
GetDatabases {CatalogId?, NextToken?, MaxResults? (1-100), ...} ->
{DatabaseList, NextToken?}. "NextToken: a continuation token, present if the
current list segment is not the last." The page size when MaxResults is not
given is not documented; 100 here. The token is opaque to the caller: here
the position of the next entry.
"""
from moto.glue.responses import GlueResponse

PAGE = 100


def _paged(respond, list_key):
    def handler(self):
        result = respond(self)
        body = getattr(result, "result", None)
        if not isinstance(body, dict) or not isinstance(body.get(list_key), list):
            return result
        try:
            size = max(1, min(PAGE, int(self._get_param("MaxResults") or PAGE)))
            start = int(self._get_param("NextToken") or 0)
        except ValueError:
            start, size = 0, PAGE
        entries = body[list_key]
        body[list_key] = entries[start:start + size]
        if start + size < len(entries):
            body["NextToken"] = str(start + size)
        return result
    return handler


GlueResponse.get_tables = _paged(GlueResponse.get_tables, "TableList")
GlueResponse.get_databases = _paged(GlueResponse.get_databases, "DatabaseList")
