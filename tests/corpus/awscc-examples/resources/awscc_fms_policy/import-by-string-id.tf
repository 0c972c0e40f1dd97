import {
  to = awscc_fms_policy.example
  id = "id"
}