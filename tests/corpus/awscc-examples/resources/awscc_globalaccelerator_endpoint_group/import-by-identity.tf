import {
  to = awscc_globalaccelerator_endpoint_group.example
  identity = {
    endpoint_group_arn = "endpoint_group_arn"
  }
}
