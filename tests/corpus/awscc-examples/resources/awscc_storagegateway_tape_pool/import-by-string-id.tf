import {
  to = awscc_storagegateway_tape_pool.example
  id = "pool_arn"
}