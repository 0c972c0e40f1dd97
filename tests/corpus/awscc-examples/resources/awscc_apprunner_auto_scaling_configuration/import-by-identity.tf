import {
  to = awscc_apprunner_auto_scaling_configuration.example
  identity = {
    auto_scaling_configuration_arn = "auto_scaling_configuration_arn"
  }
}
