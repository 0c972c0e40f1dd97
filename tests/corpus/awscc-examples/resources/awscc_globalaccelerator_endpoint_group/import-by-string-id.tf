import {
  to = awscc_globalaccelerator_endpoint_group.example
  id = "endpoint_group_arn"
}