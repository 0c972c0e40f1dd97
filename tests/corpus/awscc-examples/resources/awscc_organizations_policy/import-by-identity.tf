import {
  to = awscc_organizations_policy.example
  identity = {
    id = "id"
  }
}
