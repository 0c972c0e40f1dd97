import {
  to = awscc_connect_data_table_attribute.example
  id = "instance_arn|data_table_arn|attribute_id"
}