import {
  to = awscc_opensearchserverless_collection_group.example
  id = "id"
}