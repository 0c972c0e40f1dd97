import {
  to = awscc_iotsitewise_access_policy.example
  identity = {
    access_policy_id = "access_policy_id"
  }
}
