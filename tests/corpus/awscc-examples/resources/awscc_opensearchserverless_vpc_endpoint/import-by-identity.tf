import {
  to = awscc_opensearchserverless_vpc_endpoint.example
  identity = {
    id = "id"
  }
}
