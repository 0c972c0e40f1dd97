import {
  to = awscc_fms_policy.example
  identity = {
    id = "id"
  }
}
