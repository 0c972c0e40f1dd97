"""DynamoDB ImportTable of CSV files (InputFormat CSV, InputFormatOptions.Csv).

moto 5.2.1's ImportTable read every file as DynamoDB JSON whatever the
InputFormat, so a CSV import ended FAILED and hashicorp/aws's aws_dynamodb_table
with `import_table { input_format = "CSV" }` failed (the Terraform corpus's
terraform-aws-dynamodb-table `s3-import`; tests/twins, issue 86). From the
DynamoDB API reference (ImportTable, CsvOptions) and the developer guide's
"DynamoDB data import from Amazon S3: formats": each CSV file's first line
names the columns unless Csv.HeaderList names them; Csv.Delimiter (one of
, ; : | tab or space; default comma) separates values; the table's key
attributes and its indexes' keys take the type AttributeDefinitions gives them
(a number as N, a binary as base64 B), every other column is a string (S); an
empty value leaves the attribute out. A row that lacks a key attribute, or
whose key does not read as its type, is an error counted in ErrorCount, and
the import ends FAILED, as moto ends a DynamoDB JSON import with errors.
InputFormat ION is refused (ValidationException), as moto reads none of it.
"""
import base64
import csv
import io

from moto.core.utils import gzip_decompress
from moto.dynamodb.exceptions import MockValidationException
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table_import import TableImport
from moto.dynamodb.responses import DynamoHandler

_moto_handler = DynamoHandler.import_table
_moto_process = TableImport._process_s3_files

# The request being answered (set by the handler, read by the backend): the
# backend's import_table is called with moto's parameters only.
_PENDING = {}


def import_table(self):
    fmt = self.body.get("InputFormat") or "DYNAMODB_JSON"
    if fmt not in ("DYNAMODB_JSON", "CSV"):
        raise MockValidationException(f"The test server reads no {fmt} import (DYNAMODB_JSON and CSV only)")
    _PENDING["format"] = fmt
    _PENDING["csv"] = (self.body.get("InputFormatOptions") or {}).get("Csv") or {}
    try:
        return _moto_handler(self)
    finally:
        _PENDING.clear()


def backend_import_table(self, s3_source, input_format, compression_type, table_name, billing_mode,
                         throughput, key_schema, global_indexes, attrs):
    """moto's DynamoDBBackend.import_table, the import told its format
    before its thread starts."""
    table_import = TableImport(
        account_id=self.account_id, s3_source=s3_source, region_name=self.region_name,
        table_name=table_name, billing_mode=billing_mode, throughput=throughput, key_schema=key_schema,
        global_indexes=global_indexes, attrs=attrs, compression_type=compression_type)
    table_import.terrace_format = _PENDING.get("format", input_format or "DYNAMODB_JSON")
    table_import.terrace_csv = _PENDING.get("csv", {})
    self.table_imports[table_import.arn] = table_import
    table_import.start()
    return table_import


def _typed(name, value, types):
    kind = types.get(name)
    if kind == "N":
        float(value)  # ValueError: not a number
        return {"N": value}
    if kind == "B":
        return {"B": base64.b64decode(value, validate=True)}
    return {"S": value}


def _process_s3_files(self, s3_backend, bucket):
    if getattr(self, "terrace_format", "DYNAMODB_JSON") != "CSV":
        return _moto_process(self, s3_backend, bucket)
    from moto.dynamodb.models import dynamodb_backends
    dynamo = dynamodb_backends[self.account_id][self.region_name]
    self.table = dynamo.create_table(
        name=self.table_name, billing_mode=self.billing_mode, throughput=self.throughput,
        schema=self.key_schema, global_indexes=self.global_indexes, indexes=None, attr=self.attrs,
        sse_specification=None, streams=None, tags=[], deletion_protection_enabled=False,
        warm_throughput=None)
    keys_needed = [k["AttributeName"] for k in self.key_schema]
    # key attributes of the table and its indexes take their defined types
    types = {a["AttributeName"]: a["AttributeType"] for a in self.attrs}
    delimiter = self.terrace_csv.get("Delimiter") or ","
    header = self.terrace_csv.get("HeaderList")
    objects, _, _, _ = s3_backend.list_objects(bucket, prefix=self.s3_source.get("S3KeyPrefix"),
                                                delimiter=None, marker=None, max_keys=None)
    for key in objects:
        content = gzip_decompress(key.value) if self.compression_type == "GZIP" else key.value
        rows = csv.reader(io.StringIO(content.decode("utf-8")), delimiter=delimiter)
        names = header
        for row in rows:
            if names is None:
                names = row
                continue
            if not row:
                continue
            self.processed_count += 1
            self.processed_bytes += len(delimiter.join(row)) + 1
            try:
                item = {n: _typed(n, v, types) for n, v in zip(names, row) if v != ""}
                if any(k not in item for k in keys_needed):
                    raise ValueError("a row without its key")
                self.table.put_item(item_attrs=item)
                self.imported_count += 1
            except Exception as e:  # a row DynamoDB would not take
                self.failure_message = str(e)
                self.error_count += 1
    self.status = "COMPLETED" if self.error_count == 0 else "FAILED"


DynamoHandler.import_table = import_table
DynamoDBBackend.import_table = backend_import_table
TableImport._process_s3_files = _process_s3_files
