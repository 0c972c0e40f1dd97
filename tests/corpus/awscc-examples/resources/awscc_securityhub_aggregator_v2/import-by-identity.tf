import {
  to = awscc_securityhub_aggregator_v2.example
  identity = {
    aggregator_v2_arn = "aggregator_v2_arn"
  }
}
