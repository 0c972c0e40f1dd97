import {
  to = awscc_sso_instance_access_control_attribute_configuration.example
  identity = {
    instance_arn = "instance_arn"
  }
}
