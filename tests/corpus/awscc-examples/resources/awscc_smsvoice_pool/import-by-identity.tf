import {
  to = awscc_smsvoice_pool.example
  identity = {
    pool_id = "pool_id"
  }
}
