import {
  to = awscc_organizations_organization.example
  identity = {
    id = "id"
  }
}
