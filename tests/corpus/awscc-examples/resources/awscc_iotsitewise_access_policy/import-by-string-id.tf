import {
  to = awscc_iotsitewise_access_policy.example
  id = "access_policy_id"
}