import {
  to = awscc_connect_data_table_record.example
  id = "instance_arn|data_table_arn|record_id"
}