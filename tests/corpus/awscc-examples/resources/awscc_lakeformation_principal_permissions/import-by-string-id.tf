import {
  to = awscc_lakeformation_principal_permissions.example
  id = "principal_identifier|resource_identifier"
}