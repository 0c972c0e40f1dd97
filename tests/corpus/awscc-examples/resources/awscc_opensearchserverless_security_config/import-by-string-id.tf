import {
  to = awscc_opensearchserverless_security_config.example
  id = "id"
}