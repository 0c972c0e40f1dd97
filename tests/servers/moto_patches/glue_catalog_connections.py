"""Glue connections: UpdateConnection and DeleteConnection, which moto 5.2.1
lacks, and two GetConnection(s) answers moto gets wrong.

From the AWS Glue API reference:
- UpdateConnection: request {CatalogId?, Name, ConnectionInput}; the
  connection named Name takes ConnectionInput whole (ConnectionInput.Name
  may rename it); response {}; EntityNotFoundException when there is no
  such connection.
- DeleteConnection: request {CatalogId?, ConnectionName}; response {};
  EntityNotFoundException when there is no such connection.
- GetConnection / GetConnections: each Connection carries its
  ConnectionType (moto leaves it out), and with HidePassword true the
  connection metadata comes "without returning the password" (moto ignores
  the flag and returns PASSWORD).
"""
from moto.core.responses import EmptyResult
from moto.core.utils import utcnow
from moto.glue.exceptions import EntityNotFoundException
from moto.glue.models import FakeConnection, GlueBackend
from moto.glue.responses import GlueResponse


def _update_connection(self, name, connection_input):
    connection = self.connections.get(name)
    if connection is None:
        raise EntityNotFoundException(f"Connection {name} not found")
    new_name = connection_input.get("Name") or name
    connection.connection_input = connection_input
    connection.name = new_name
    connection.description = connection_input.get("Description")
    connection.connection_properties = connection_input.get("ConnectionProperties", {})
    connection.spark_properties = connection_input.get("SparkProperties", {})
    connection.athena_properties = connection_input.get("AthenaProperties", {})
    connection.python_properties = connection_input.get("PythonProperties", {})
    connection.updated_time = utcnow()
    if new_name != name:
        del self.connections[name]
        self.connections[new_name] = connection


def _delete_connection(self, name):
    if name not in self.connections:
        raise EntityNotFoundException(f"Connection {name} not found")
    del self.connections[name]


def _update_connection_response(self):
    self.glue_backend.update_connection(
        self._get_param("Name"), self._get_param("ConnectionInput") or {}
    )
    return EmptyResult()


def _delete_connection_response(self):
    self.glue_backend.delete_connection(self._get_param("ConnectionName"))
    return EmptyResult()


_original_as_dict = FakeConnection.as_dict


def _as_dict(self):
    d = _original_as_dict(self)
    d["ConnectionType"] = self.connection_input.get("ConnectionType")
    return d


def _hiding_password(respond):
    def handler(self):
        result = respond(self)
        if not self._get_param("HidePassword"):
            return result
        body = getattr(result, "result", None)
        if isinstance(body, dict):
            connections = body.get("ConnectionList") or []
            if body.get("Connection"):
                connections = [body["Connection"]]
            for i, c in enumerate(connections):
                c = dict(c)
                props = {k: v for k, v in (c.get("ConnectionProperties") or {}).items()
                         if k not in ("PASSWORD", "ENCRYPTED_PASSWORD")}
                c["ConnectionProperties"] = props
                c.pop("Connection", None)
                connections[i] = c
            if body.get("Connection"):
                body["Connection"] = connections[0]
            elif "ConnectionList" in body:
                body["ConnectionList"] = connections
        return result
    return handler


FakeConnection.as_dict = _as_dict
GlueResponse.get_connection = _hiding_password(GlueResponse.get_connection)
GlueResponse.get_connections = _hiding_password(GlueResponse.get_connections)
GlueBackend.update_connection = _update_connection
GlueBackend.delete_connection = _delete_connection
GlueResponse.update_connection = _update_connection_response
GlueResponse.delete_connection = _delete_connection_response
