import {
  to = awscc_iot_encryption_configuration.example
  identity = {
    account_id = "account_id"
  }
}
