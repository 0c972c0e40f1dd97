import {
  to = awscc_opensearchserverless_lifecycle_policy.example
  id = "type|name"
}