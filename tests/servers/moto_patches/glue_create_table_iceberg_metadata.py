"""Glue CreateTable with OpenTableFormatInput.IcebergInput, as Glue does it.

From the AWS Glue API reference (CreateTable, OpenTableFormatInput,
IcebergInput): with MetadataOperation CREATE, Glue creates the Iceberg
table's first metadata file under the table's location and records it in
the table's parameters: table_type ICEBERG and metadata_location
(LOCATION/metadata/00000-UUID.metadata.json). moto 5.2.1 sets table_type
but writes no metadata_location, so a query engine could not open the
table. This gives the table the metadata_location (the file itself is not
written: nothing in the tests reads it).
"""
import uuid

from moto.glue.models import FakeTable

_moto_init = FakeTable.__init__


def _init(self, database_name, table_name, table_input, catalog_id,
          open_table_format_input=None):
    _moto_init(self, database_name, table_name, table_input, catalog_id,
               open_table_format_input=open_table_format_input)
    iceberg = (open_table_format_input or {}).get("IcebergInput") or {}
    if iceberg.get("MetadataOperation") == "CREATE":
        location = ((table_input.get("StorageDescriptor") or {}).get("Location") or "").rstrip("/")
        params = table_input.setdefault("Parameters", {})
        params["metadata_location"] = f"{location}/metadata/00000-{uuid.uuid4()}.metadata.json"


FakeTable.__init__ = _init
