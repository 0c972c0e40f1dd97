import {
  to = awscc_opensearchserverless_collection_index.example
  id = "id|index_name"
}