import {
  to = awscc_rds_db_proxy.example
  identity = {
    db_proxy_name = "db_proxy_name"
  }
}
