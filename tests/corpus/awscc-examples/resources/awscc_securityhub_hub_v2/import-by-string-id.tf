import {
  to = awscc_securityhub_hub_v2.example
  id = "hub_v2_arn"
}