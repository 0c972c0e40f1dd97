import {
  to = awscc_apprunner_observability_configuration.example
  id = "observability_configuration_arn"
}