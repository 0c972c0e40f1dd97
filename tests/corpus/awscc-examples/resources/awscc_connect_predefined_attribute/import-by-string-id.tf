import {
  to = awscc_connect_predefined_attribute.example
  id = "instance_arn|name"
}