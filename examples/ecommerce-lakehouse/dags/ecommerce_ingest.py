"""ecommerce_ingest: the shop's nightly exports into the bronze bucket.

Every night at 01:00 UTC, copy yesterday's exports (orders, order items,
customers, products) from the shop's export folder into
s3://<prefix>-bronze/<table>/dt=<day>/, unchanged. Files that are not valid
CSV go to _rejected/ instead, so one bad export does not stop the others.
The connection "lake_s3" (an S3 connection to the MinIO server) and the
variable "export_dir" are set in Airflow.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

TABLES = ["orders", "order_items", "customers", "products"]


def upload_table(table, ds, **_):
    import csv
    import pathlib

    from airflow.providers.amazon.aws.hooks.s3 import S3Hook

    s3 = S3Hook(aws_conn_id="lake_s3")
    bucket = Variable.get("lake_prefix", default_var="shop") + "-bronze"
    export = pathlib.Path(Variable.get("export_dir")) / ds / f"{table}.csv"
    try:
        with export.open(newline="") as f:
            header = next(csv.reader(f))
        if not header:
            raise ValueError("no header")
        key = f"{table}/dt={ds}/{table}.csv"
    except (OSError, StopIteration, ValueError, csv.Error):
        key = f"_rejected/{table}/dt={ds}/{table}.csv"
    s3.load_file(str(export), key=key, bucket_name=bucket, replace=True)
    return key


with DAG(
    dag_id="ecommerce_ingest",
    schedule="0 1 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["ecommerce", "bronze"],
) as dag:
    for table in TABLES:
        PythonOperator(
            task_id=f"upload_{table}",
            python_callable=upload_table,
            op_kwargs={"table": table},
        )
