import {
  to = awscc_qbusiness_retriever.example
  identity = {
    application_id = "application_id"
    retriever_id   = "retriever_id"
  }
}
