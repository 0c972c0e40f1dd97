import {
  to = awscc_opensearchserverless_security_config.example
  identity = {
    id = "id"
  }
}
