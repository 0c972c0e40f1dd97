import {
  to = awscc_kendra_data_source.example
  id = "id|index_id"
}