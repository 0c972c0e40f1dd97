import {
  to = awscc_qbusiness_index.example
  identity = {
    application_id = "application_id"
    index_id       = "index_id"
  }
}
