import {
  to = awscc_ses_dedicated_ip_pool.example
  id = "pool_name"
}