import {
  to = awscc_wafv2_logging_configuration.example
  identity = {
    resource_arn = "resource_arn"
  }
}
