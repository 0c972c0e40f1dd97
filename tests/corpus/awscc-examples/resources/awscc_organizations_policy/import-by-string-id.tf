import {
  to = awscc_organizations_policy.example
  id = "id"
}