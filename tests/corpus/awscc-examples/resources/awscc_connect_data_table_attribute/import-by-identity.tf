import {
  to = awscc_connect_data_table_attribute.example
  identity = {
    instance_arn   = "instance_arn"
    data_table_arn = "data_table_arn"
    attribute_id   = "attribute_id"
  }
}
