"""Athena query executions that fail as Athena fails them: moto 5.2.1 runs no
query, and every execution ends SUCCEEDED.

From the Amazon Athena API reference (GetQueryExecution, QueryExecutionStatus):
State is QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED; a failed query has
a StateChangeReason, and AthenaError {ErrorCategory, ErrorType,
ErrorMessage}: a query that reads a table the catalog does not hold fails
with "TABLE_NOT_FOUND: line L:C: Table 'awsdatacatalog.DB.TABLE' does not
exist" (ErrorCategory 2, a user error).

A deterministic rule in place of running the query: when it would end
SUCCEEDED, the tables its FROM and JOIN clauses name (DB.TABLE, or TABLE in
the execution's database) are looked up in moto's Glue catalog, and a
missing one fails it so. Results still come from moto's own queue
(/moto-api/static/athena/query-results).
"""
import json
import re

from moto.athena.responses import AthenaResponse
from moto.glue.models import glue_backends

TABLE = re.compile(r'\b(?:from|join)\s+("?[\w-]+"?(?:\."?[\w-]+"?)?)', re.I)

_get_query_execution = AthenaResponse.get_query_execution


def _missing(account, region, query, database):
    catalog = glue_backends[account][region]
    for m in TABLE.finditer(query):
        parts = [p.strip('"') for p in m.group(1).split(".")]
        db, table = (parts[0], parts[1]) if len(parts) == 2 else (database, parts[0])
        found = catalog.databases.get(db)
        if found is None or table not in found.tables:
            line = query.count("\n", 0, m.start(1)) + 1
            col = m.start(1) - (query.rfind("\n", 0, m.start(1)) + 1) + 1
            return "TABLE_NOT_FOUND: line %d:%d: Table 'awsdatacatalog.%s.%s' does not exist" % (
                line, col, db, table)
    return None


def get_query_execution(self):
    result = json.loads(_get_query_execution(self))
    q = result["QueryExecution"]
    if q["Status"]["State"] == "SUCCEEDED":
        database = (q.get("QueryExecutionContext") or {}).get("Database", "default")
        why = _missing(self.current_account, self.region, q["Query"], database)
        if why:
            q["Status"]["State"] = "FAILED"
            q["Status"]["StateChangeReason"] = why
            q["Status"]["AthenaError"] = {"ErrorCategory": 2, "ErrorType": 1006,
                                          "Retryable": False, "ErrorMessage": why}
    return json.dumps(result)


AthenaResponse.get_query_execution = get_query_execution
