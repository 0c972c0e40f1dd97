import {
  to = awscc_kendra_data_source.example
  identity = {
    id       = "id"
    index_id = "index_id"
  }
}
