import {
  to = awscc_route53recoveryreadiness_resource_set.example
  identity = {
    resource_set_name = "resource_set_name"
  }
}
