import {
  to = awscc_securityhub_hub_v2.example
  identity = {
    hub_v2_arn = "hub_v2_arn"
  }
}
