import {
  to = awscc_apprunner_observability_configuration.example
  identity = {
    observability_configuration_arn = "observability_configuration_arn"
  }
}
