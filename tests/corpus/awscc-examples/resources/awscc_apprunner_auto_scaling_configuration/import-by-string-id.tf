import {
  to = awscc_apprunner_auto_scaling_configuration.example
  id = "auto_scaling_configuration_arn"
}