"""Athena StartQueryExecution's ClientRequestToken, which moto 5.2.1 reads
from no request: a StartQueryExecution sent again with the same token
starts a second query execution.

From the Amazon Athena API reference (StartQueryExecution,
ClientRequestToken): the token makes the request idempotent: another
StartQueryExecution with it returns the same QueryExecutionId and starts no
query. Here the execution each token started is kept per account and
region, and a request with a known token answers its id.
"""
import json

from moto.athena.responses import AthenaResponse

_start = AthenaResponse.start_query_execution
_STARTED = {}


def start_query_execution(self):
    token = self._get_param("ClientRequestToken")
    key = (self.current_account, self.region, token)
    if token and key in _STARTED:
        return json.dumps({"QueryExecutionId": _STARTED[key]})
    answer = _start(self)
    if token and isinstance(answer, str):
        _STARTED[key] = json.loads(answer)["QueryExecutionId"]
    return answer


AthenaResponse.start_query_execution = start_query_execution
