"""dbt_daily: build the warehouse's dbt models every morning.

`dbt build` (run the models, then their tests) in the dbt project at
Variable dbt_project_dir, with the profile in profiles.yml beside this
file, as the dbt login of Airflow connection redshift_warehouse. The
connection and the variables come from Secrets Manager through Airflow's
secrets backend (airflow/connections/..., airflow/variables/...); the
password reaches dbt in its environment, never on the command line.
"""
import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

PROFILES_DIR = os.path.dirname(os.path.abspath(__file__))

default_args = {
    "owner": "analytics",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
}

with DAG(
    dag_id="dbt_daily",
    description="dbt build of the analytics models",
    schedule="0 5 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["dbt", "warehouse"],
) as dag:
    dbt_env = {
        "DBT_HOST": "{{ conn.redshift_warehouse.host }}",
        "DBT_PORT": "{{ conn.redshift_warehouse.port }}",
        "DBT_DATABASE": "{{ conn.redshift_warehouse.schema }}",
        "DBT_USER": "{{ conn.redshift_warehouse.login }}",
        "DBT_PASSWORD": "{{ conn.redshift_warehouse.password }}",
        "DBT_SCHEMA": "{{ var.value.dbt_schema }}",
        "DBT_PROFILES_DIR": PROFILES_DIR,
    }
    deps = BashOperator(
        task_id="dbt_deps",
        bash_command="cd {{ var.value.dbt_project_dir }} && dbt deps",
        env=dbt_env,
        append_env=True,
    )
    build = BashOperator(
        task_id="dbt_build",
        bash_command=(
            "cd {{ var.value.dbt_project_dir }} && "
            "dbt build --target {{ var.value.dbt_target }} --vars '{run_date: {{ ds }}}'"
        ),
        env=dbt_env,
        append_env=True,
    )
    deps >> build
