import {
  to = awscc_securityhub_delegated_admin.example
  id = "delegated_admin_identifier"
}