import {
  to = awscc_opensearchserverless_security_policy.example
  identity = {
    type = "type"
    name = "name"
  }
}
