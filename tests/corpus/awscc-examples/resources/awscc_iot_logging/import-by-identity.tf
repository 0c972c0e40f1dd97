import {
  to = awscc_iot_logging.example
  identity = {
    account_id = "account_id"
  }
}
