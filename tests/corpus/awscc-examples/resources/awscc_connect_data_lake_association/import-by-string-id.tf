import {
  to = awscc_connect_data_lake_association.example
  id = "instance_id|data_set_id|target_account_id"
}