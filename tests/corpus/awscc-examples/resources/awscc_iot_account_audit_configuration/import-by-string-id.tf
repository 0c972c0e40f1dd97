import {
  to = awscc_iot_account_audit_configuration.example
  id = "account_id"
}