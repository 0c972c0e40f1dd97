import {
  to = awscc_qbusiness_data_source.example
  identity = {
    application_id = "application_id"
    data_source_id = "data_source_id"
    index_id       = "index_id"
  }
}
