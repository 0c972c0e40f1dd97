import {
  to = awscc_connect_data_table.example
  id = "instance_arn|arn"
}