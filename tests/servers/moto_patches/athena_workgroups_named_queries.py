"""Athena workgroups and named queries as AWS has them, which moto 5.2.1 lacks.

From the Amazon Athena API reference:
- UpdateWorkGroup {WorkGroup, Description, State, ConfigurationUpdates}:
  each member of ConfigurationUpdates given replaces the setting;
  ResultConfigurationUpdates' RemoveOutputLocation / RemoveEncryptionConfiguration
  and RemoveBytesScannedCutoffPerQuery clear one. moto has no UpdateWorkGroup.
- GetWorkGroup of a missing workgroup: InvalidRequestException "WorkGroup NAME
  is not found." (moto answers {"WorkGroup": null}); DeleteWorkGroup of a
  workgroup that holds named queries fails unless RecursiveDeleteOption is
  true, which deletes them with it (moto ignores the option and deletes).
- CreateNamedQuery: ClientRequestToken is required of callers that are not
  an SDK, and a request repeating a token gets the same NamedQueryId without
  a second query (moto ignores the token and makes one per request).
- GetNamedQuery of a missing id: InvalidRequestException (moto fails with an
  internal error); UpdateNamedQuery {NamedQueryId, Name, Description,
  QueryString} and DeleteNamedQuery, which moto lacks.
- ListTagsForResource of a workgroup without tags: {"Tags": []} (moto answers
  an error).
"""
import json

from moto.athena.models import NamedQuery
from moto.athena.responses import AthenaResponse


def _error(msg):
    return json.dumps({"__type": "InvalidRequestException", "Message": msg}), {"status": 400}


def _update_work_group(self):
    name = self._get_param("WorkGroup")
    wg = self.athena_backend.work_groups.get(name)
    if wg is None:
        return _error(f"WorkGroup {name} is not found.")
    if self._get_param("Description") is not None:
        wg.description = self._get_param("Description")
    if self._get_param("State") is not None:
        wg.state = self._get_param("State")
    updates = self._get_param("ConfigurationUpdates") or {}
    conf = wg.configuration
    for key in ("EnforceWorkGroupConfiguration", "PublishCloudWatchMetricsEnabled",
                "BytesScannedCutoffPerQuery", "RequesterPaysEnabled"):
        if key in updates:
            conf[key] = updates[key]
    if updates.get("RemoveBytesScannedCutoffPerQuery"):
        conf.pop("BytesScannedCutoffPerQuery", None)
    result_updates = updates.get("ResultConfigurationUpdates") or {}
    result = conf.setdefault("ResultConfiguration", {})
    if "OutputLocation" in result_updates:
        result["OutputLocation"] = result_updates["OutputLocation"]
    if result_updates.get("RemoveOutputLocation"):
        result.pop("OutputLocation", None)
    if "EncryptionConfiguration" in result_updates:
        result["EncryptionConfiguration"] = result_updates["EncryptionConfiguration"]
    if result_updates.get("RemoveEncryptionConfiguration"):
        result.pop("EncryptionConfiguration", None)
    if not result:
        conf.pop("ResultConfiguration", None)
    return "{}"


_moto_get_work_group = AthenaResponse.get_work_group


def _get_work_group(self):
    name = self._get_param("WorkGroup")
    if name not in self.athena_backend.work_groups:
        return _error(f"WorkGroup {name} is not found.")
    return _moto_get_work_group(self)


def _delete_work_group(self):
    name = self._get_param("WorkGroup")
    backend = self.athena_backend
    if name not in backend.work_groups:
        return _error(f"WorkGroup {name} is not found.")
    held = [q.id for q in backend.named_queries.values() if q.workgroup.name == name]
    if held and not self._get_param("RecursiveDeleteOption"):
        return _error(f"WorkGroup {name} is not empty")
    for qid in held:
        backend.named_queries.pop(qid, None)
    backend.work_groups.pop(name, None)
    return "{}"


def _create_named_query(self):
    backend = self.athena_backend
    token = self._get_param("ClientRequestToken")
    if not token:
        return _error("ClientRequestToken is required (only the AWS SDKs make one for you)")
    fields = (self._get_param("Name"), self._get_param("Description"),
              self._get_param("Database"), self._get_param("QueryString"),
              self._get_param("WorkGroup") or "primary")
    tokens = backend.__dict__.setdefault("terrace_named_query_tokens", {})
    if token in tokens:
        qid, seen = tokens[token]
        if seen != fields:
            return _error("ClientRequestToken was used with different parameters")
        return json.dumps({"NamedQueryId": qid})
    if fields[4] not in backend.work_groups:
        return _error("WorkGroup does not exist")
    nq = NamedQuery(name=fields[0], description=fields[1], database=fields[2],
                    query_string=fields[3], workgroup=backend.work_groups[fields[4]])
    backend.named_queries[nq.id] = nq
    tokens[token] = (nq.id, fields)
    return json.dumps({"NamedQueryId": nq.id})


_moto_get_named_query = AthenaResponse.get_named_query


def _get_named_query(self):
    qid = self._get_param("NamedQueryId")
    if qid not in self.athena_backend.named_queries:
        return _error(f"NamedQuery {qid} was not found")
    return _moto_get_named_query(self)


def _update_named_query(self):
    qid = self._get_param("NamedQueryId")
    nq = self.athena_backend.named_queries.get(qid)
    if nq is None:
        return _error(f"NamedQuery {qid} was not found")
    nq.name = self._get_param("Name")
    nq.description = self._get_param("Description")
    nq.query_string = self._get_param("QueryString")
    return "{}"


def _delete_named_query(self):
    qid = self._get_param("NamedQueryId")
    if self.athena_backend.named_queries.pop(qid, None) is None:
        return _error(f"NamedQuery {qid} was not found")
    return "{}"


_moto_list_tags = AthenaResponse.list_tags_for_resource


def _list_tags_for_resource(self):
    arn = self._get_param("ResourceARN") or ""
    backend = self.athena_backend
    if not backend.tagger.has_tags(arn):
        kind, _, name = arn.rpartition(":")[2].partition("/")
        if kind == "workgroup" and name in backend.work_groups:
            return json.dumps({"Tags": []})
    return _moto_list_tags(self)


AthenaResponse.update_work_group = _update_work_group
AthenaResponse.get_work_group = _get_work_group
AthenaResponse.delete_work_group = _delete_work_group
AthenaResponse.create_named_query = _create_named_query
AthenaResponse.get_named_query = _get_named_query
AthenaResponse.update_named_query = _update_named_query
AthenaResponse.delete_named_query = _delete_named_query
AthenaResponse.list_tags_for_resource = _list_tags_for_resource
