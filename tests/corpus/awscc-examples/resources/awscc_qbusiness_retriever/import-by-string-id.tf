import {
  to = awscc_qbusiness_retriever.example
  id = "application_id|retriever_id"
}