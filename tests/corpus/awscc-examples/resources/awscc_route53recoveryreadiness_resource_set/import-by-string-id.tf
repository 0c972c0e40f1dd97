import {
  to = awscc_route53recoveryreadiness_resource_set.example
  id = "resource_set_name"
}