import {
  to = awscc_securityhub_delegated_admin.example
  identity = {
    delegated_admin_identifier = "delegated_admin_identifier"
  }
}
