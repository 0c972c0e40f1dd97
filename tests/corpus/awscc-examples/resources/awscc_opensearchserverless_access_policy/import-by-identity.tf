import {
  to = awscc_opensearchserverless_access_policy.example
  identity = {
    type = "type"
    name = "name"
  }
}
