import {
  to = awscc_organizations_resource_policy.example
  identity = {
    id = "id"
  }
}
