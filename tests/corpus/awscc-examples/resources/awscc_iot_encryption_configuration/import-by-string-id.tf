import {
  to = awscc_iot_encryption_configuration.example
  id = "account_id"
}