import {
  to = awscc_b2bi_capability.example
  identity = {
    capability_id = "capability_id"
  }
}
