import {
  to = awscc_iot_account_audit_configuration.example
  identity = {
    account_id = "account_id"
  }
}
