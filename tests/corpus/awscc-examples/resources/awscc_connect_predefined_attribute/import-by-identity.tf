import {
  to = awscc_connect_predefined_attribute.example
  identity = {
    instance_arn = "instance_arn"
    name         = "name"
  }
}
