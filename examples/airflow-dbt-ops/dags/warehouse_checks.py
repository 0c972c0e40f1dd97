"""warehouse_checks: fail loudly when the dbt schema loses its models.

Every hour after dbt_daily's time, checks on the redshift_warehouse
connection that the dbt schema (Variable dbt_schema) holds tables or views:
information_schema reads the same on Redshift and on PostgreSQL.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.common.sql.operators.sql import SQLCheckOperator

with DAG(
    dag_id="warehouse_checks",
    schedule="30 6-22 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["dbt", "warehouse", "checks"],
) as dag:
    SQLCheckOperator(
        task_id="models_exist",
        conn_id="redshift_warehouse",
        sql="""
            SELECT count(*) > 0
            FROM information_schema.tables
            WHERE table_schema = '{{ var.value.dbt_schema }}'
        """,
    )
