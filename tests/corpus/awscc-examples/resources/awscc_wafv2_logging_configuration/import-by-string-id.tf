import {
  to = awscc_wafv2_logging_configuration.example
  id = "resource_arn"
}