import {
  to = awscc_opensearchserverless_lifecycle_policy.example
  identity = {
    type = "type"
    name = "name"
  }
}
