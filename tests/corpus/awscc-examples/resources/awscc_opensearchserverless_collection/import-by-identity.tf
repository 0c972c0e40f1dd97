import {
  to = awscc_opensearchserverless_collection.example
  identity = {
    id = "id"
  }
}
