import {
  to = awscc_cloudformation_hook_type_config.example
  identity = {
    configuration_arn = "configuration_arn"
  }
}
