import {
  to = awscc_securitylake_data_lake.example
  id = "arn"
}