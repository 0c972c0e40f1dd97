import {
  to = awscc_opensearchserverless_collection_index.example
  identity = {
    id         = "id"
    index_name = "index_name"
  }
}
