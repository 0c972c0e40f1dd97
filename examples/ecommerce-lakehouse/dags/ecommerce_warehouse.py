"""ecommerce_warehouse: bronze to silver to gold, then into the warehouse.

Runs when ecommerce_ingest has finished for the day (an ExternalTaskSensor),
at 02:00 UTC: the Spark jobs clean and type the bronze files into silver
parquet and aggregate gold, and the last task loads the day's dimensions
and facts into the PostgreSQL warehouse (schemas dim and fact) through the
"warehouse" connection set in Airflow.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.postgres.operators.postgres import PostgresOperator
from airflow.sensors.external_task import ExternalTaskSensor

with DAG(
    dag_id="ecommerce_warehouse",
    schedule="0 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["ecommerce", "silver", "gold", "warehouse"],
) as dag:
    ingested = ExternalTaskSensor(
        task_id="ingest_finished",
        external_dag_id="ecommerce_ingest",
        execution_delta=timedelta(hours=1),
        timeout=3 * 3600,
        mode="reschedule",
    )
    silver = BashOperator(
        task_id="bronze_to_silver",
        bash_command="spark-submit /opt/jobs/bronze_to_silver.py --day {{ ds }}",
    )
    gold = BashOperator(
        task_id="silver_to_gold",
        bash_command="spark-submit /opt/jobs/silver_to_gold.py --day {{ ds }}",
    )
    load = PostgresOperator(
        task_id="load_warehouse",
        postgres_conn_id="warehouse",
        sql="""
            INSERT INTO fact.daily_sales (date_key, product_key, orders, units, revenue)
            SELECT to_char(d.day, 'YYYYMMDD')::int, p.product_key,
                   count(DISTINCT l.order_id), sum(l.quantity), sum(l.net_amount)
              FROM fact.order_line l
              JOIN dim.date d ON d.date_key = l.date_key
              JOIN dim.product p ON p.product_key = l.product_key
             WHERE d.day = '{{ ds }}'
             GROUP BY 1, 2
            ON CONFLICT (date_key, product_key) DO UPDATE
               SET orders = EXCLUDED.orders, units = EXCLUDED.units,
                   revenue = EXCLUDED.revenue;
        """,
    )
    ingested >> silver >> gold >> load
