import {
  to = awscc_ses_dedicated_ip_pool.example
  identity = {
    pool_name = "pool_name"
  }
}
