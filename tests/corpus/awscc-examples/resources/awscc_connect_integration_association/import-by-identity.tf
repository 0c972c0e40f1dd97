import {
  to = awscc_connect_integration_association.example
  identity = {
    instance_id      = "instance_id"
    integration_type = "integration_type"
    integration_arn  = "integration_arn"
  }
}
