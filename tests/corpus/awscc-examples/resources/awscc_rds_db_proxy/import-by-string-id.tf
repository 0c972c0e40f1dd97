import {
  to = awscc_rds_db_proxy.example
  id = "db_proxy_name"
}