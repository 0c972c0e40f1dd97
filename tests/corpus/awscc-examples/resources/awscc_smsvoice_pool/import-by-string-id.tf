import {
  to = awscc_smsvoice_pool.example
  id = "pool_id"
}