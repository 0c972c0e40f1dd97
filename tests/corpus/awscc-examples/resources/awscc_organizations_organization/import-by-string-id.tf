import {
  to = awscc_organizations_organization.example
  id = "id"
}