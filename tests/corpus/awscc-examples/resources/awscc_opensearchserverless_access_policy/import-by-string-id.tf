import {
  to = awscc_opensearchserverless_access_policy.example
  id = "type|name"
}