#cloud-config
# examples/airflow-dbt-ops/cloud-init.tpl: the Airflow host's first boot
# (cloud-init user data, a templatefile of host.yaml; Ubuntu 24.04). It
# makes the login terrace uses (the key pair's key, before sshd answers),
# installs PostgreSQL for the metadata database and Airflow, dbt and the aws
# CLI in a virtualenv, and runs the scheduler as a systemd unit. airflow.cfg
# and the DAGs come from terrace over SSH (airflow.yaml), and the login may
# restart the scheduler when airflow.cfg changes. No secret is in here:
# the metadata database's password is read from Secrets Manager with the
# instance profile.
users:
  - default
  - name: ${user}
    homedir: ${airflow_home}
    shell: /bin/bash
    ssh_authorized_keys: [ "${public_key}" ]
    sudo: "ALL=(root) NOPASSWD: /usr/bin/systemctl restart airflow-scheduler"

package_update: true
packages: [ python3-venv, postgresql, postgresql-client ]

write_files:
  - path: /etc/systemd/system/airflow-scheduler.service
    content: |
      [Unit]
      Description=Airflow scheduler
      After=network-online.target postgresql.service
      [Service]
      User=${user}
      Environment=AIRFLOW_HOME=${airflow_home}
      Environment=AWS_DEFAULT_REGION=${region}
      ExecStart=${airflow_home}/venv/bin/airflow scheduler
      Restart=always
      RestartSec=10
      [Install]
      WantedBy=multi-user.target

runcmd:
  - |
    set -e
    python3 -m venv ${airflow_home}/venv
    v=2.10.5; py=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    ${airflow_home}/venv/bin/pip install --quiet "apache-airflow[amazon,postgres]==$v" awscli \
      --constraint "https://raw.githubusercontent.com/apache/airflow/constraints-$v/constraints-$py.txt"
    ${airflow_home}/venv/bin/pip install --quiet dbt-redshift
    ln -sf ${airflow_home}/venv/bin/aws /usr/local/bin/aws
    chown -R ${user}: ${airflow_home}
    # The metadata database; its password is the airflow module's secret,
    # made in the same apply: wait for it.
    for i in $(seq 90); do
      pw=$(aws --region ${region} secretsmanager get-secret-value --secret-id '${metadata_db_secret}' \
        --query SecretString --output text | python3 -c 'import json, sys; print(json.load(sys.stdin)["password"])') && break
      sleep 10
    done
    test -n "$pw"
    sed -i "s/^#\?port = .*/port = ${metadata_db_port}/" /etc/postgresql/*/main/postgresql.conf
    systemctl restart postgresql
    sudo -u postgres psql -p ${metadata_db_port} -v ON_ERROR_STOP=1 -v pw="$pw" <<'SQL'
    CREATE ROLE "${user}" LOGIN PASSWORD :'pw';
    CREATE DATABASE airflow OWNER "${user}";
    SQL
    sudo -u ${user} env AIRFLOW_HOME=${airflow_home} \
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN='postgresql+psycopg2:///airflow?port=${metadata_db_port}' \
      ${airflow_home}/venv/bin/airflow db migrate
    systemctl enable --now airflow-scheduler
