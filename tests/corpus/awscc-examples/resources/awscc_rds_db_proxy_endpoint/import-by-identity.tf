import {
  to = awscc_rds_db_proxy_endpoint.example
  identity = {
    db_proxy_endpoint_name = "db_proxy_endpoint_name"
  }
}
