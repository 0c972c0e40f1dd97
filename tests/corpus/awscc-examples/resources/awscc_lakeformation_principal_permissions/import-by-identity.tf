import {
  to = awscc_lakeformation_principal_permissions.example
  identity = {
    principal_identifier = "principal_identifier"
    resource_identifier  = "resource_identifier"
  }
}
