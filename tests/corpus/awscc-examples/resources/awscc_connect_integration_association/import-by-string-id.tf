import {
  to = awscc_connect_integration_association.example
  id = "instance_id|integration_type|integration_arn"
}