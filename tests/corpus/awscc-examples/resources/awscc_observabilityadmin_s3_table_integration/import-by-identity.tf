import {
  to = awscc_observabilityadmin_s3_table_integration.example
  identity = {
    arn = "arn"
  }
}
