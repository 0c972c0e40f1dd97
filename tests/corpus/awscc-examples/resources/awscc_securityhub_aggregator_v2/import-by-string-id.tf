import {
  to = awscc_securityhub_aggregator_v2.example
  id = "aggregator_v2_arn"
}