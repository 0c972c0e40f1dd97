import {
  to = awscc_organizations_resource_policy.example
  id = "id"
}