import {
  to = awscc_connect_data_table.example
  identity = {
    instance_arn = "instance_arn"
    arn          = "arn"
  }
}
