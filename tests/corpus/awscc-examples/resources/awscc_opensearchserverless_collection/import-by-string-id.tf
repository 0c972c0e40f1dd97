import {
  to = awscc_opensearchserverless_collection.example
  id = "id"
}