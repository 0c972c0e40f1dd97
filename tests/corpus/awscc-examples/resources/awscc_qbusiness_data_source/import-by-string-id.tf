import {
  to = awscc_qbusiness_data_source.example
  id = "application_id|data_source_id|index_id"
}