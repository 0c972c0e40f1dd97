import {
  to = awscc_storagegateway_tape_pool.example
  identity = {
    pool_arn = "pool_arn"
  }
}
