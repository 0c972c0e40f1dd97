import {
  to = awscc_inspector_resource_group.example
  identity = {
    arn = "arn"
  }
}
