import {
  to = awscc_securitylake_data_lake.example
  identity = {
    arn = "arn"
  }
}
