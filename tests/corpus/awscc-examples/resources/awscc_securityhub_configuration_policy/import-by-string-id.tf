import {
  to = awscc_securityhub_configuration_policy.example
  id = "arn"
}