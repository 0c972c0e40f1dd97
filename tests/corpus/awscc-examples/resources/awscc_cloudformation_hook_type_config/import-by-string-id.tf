import {
  to = awscc_cloudformation_hook_type_config.example
  id = "configuration_arn"
}