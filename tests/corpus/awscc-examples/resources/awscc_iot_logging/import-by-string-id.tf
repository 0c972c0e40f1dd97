import {
  to = awscc_iot_logging.example
  id = "account_id"
}