import {
  to = awscc_connect_data_table_record.example
  identity = {
    instance_arn   = "instance_arn"
    data_table_arn = "data_table_arn"
    record_id      = "record_id"
  }
}
