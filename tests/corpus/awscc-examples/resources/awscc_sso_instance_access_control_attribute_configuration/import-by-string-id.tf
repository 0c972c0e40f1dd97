import {
  to = awscc_sso_instance_access_control_attribute_configuration.example
  id = "instance_arn"
}