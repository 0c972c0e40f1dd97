import {
  to = awscc_qbusiness_index.example
  id = "application_id|index_id"
}