import {
  to = awscc_greengrassv2_component_version.example
  identity = {
    arn = "arn"
  }
}
