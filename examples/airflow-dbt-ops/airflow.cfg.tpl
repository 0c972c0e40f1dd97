# AIRFLOW_HOME/airflow.cfg, written by terrace from
# examples/airflow-dbt-ops/airflow.cfg.tpl: edit that file, not this one
# (the next apply puts it back). Options not here keep Airflow's defaults.
[core]
dags_folder = ${airflow_home}/dags
executor = LocalExecutor
load_examples = False

[database]
# The metadata database on this host, over its Unix socket as the login
# (peer authentication: no password here).
sql_alchemy_conn = postgresql+psycopg2:///${metadata_db_name}?port=${metadata_db_port}

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = ${secrets_backend_kwargs}

[logging]
remote_logging = True
remote_base_log_folder = cloudwatch://${task_log_group_arn}
remote_log_conn_id = aws_default
