import {
  to = awscc_rds_db_proxy_endpoint.example
  id = "db_proxy_endpoint_name"
}