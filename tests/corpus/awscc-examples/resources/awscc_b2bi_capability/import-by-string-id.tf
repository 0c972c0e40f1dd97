import {
  to = awscc_b2bi_capability.example
  id = "capability_id"
}