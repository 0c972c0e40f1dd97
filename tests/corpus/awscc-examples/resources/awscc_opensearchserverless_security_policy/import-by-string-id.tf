import {
  to = awscc_opensearchserverless_security_policy.example
  id = "type|name"
}